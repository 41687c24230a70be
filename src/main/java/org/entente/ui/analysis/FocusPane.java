package org.entente.ui.analysis;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.entente.logic.search.SearchHit;

/** The Focus tab: pick an actor (or use the selection), 1, 2 or 3 steps, and clear. */
final class FocusPane extends VBox {

    FocusPane(FocusViewModel vm, Function<String, List<SearchHit>> actors) {
        getStyleClass().add("question-pane");
        SimpleObjectProperty<String> chosen = new SimpleObjectProperty<>();
        chosen.bindBidirectional(vm.state().focusActorProperty());
        ActorPicker picker = new ActorPicker("focus-actor", "Actor to focus on", actors, chosen,
                id -> id == null ? "" : vm.state().getDataset().actor(id).map(a -> a.name()).orElse(id));
        Button useSelection = new Button("Use selection");
        useSelection.setId("focus-use-selection");
        useSelection.setOnAction(e -> vm.focusOnSelection());
        Button clear = new Button("Show all");
        clear.setId("focus-clear");
        clear.setOnAction(e -> vm.clear());

        ToggleGroup steps = new ToggleGroup();
        HBox stepRow = new HBox(new Label("Steps"));
        stepRow.getStyleClass().add("question-row");
        stepRow.setAlignment(Pos.CENTER_LEFT);
        for (int depth = 1; depth <= 3; depth++) {
            ToggleButton b = new ToggleButton(String.valueOf(depth));
            b.setId("focus-depth-" + depth);
            b.setToggleGroup(steps);
            b.setUserData(depth);
            b.setSelected(vm.depth() == depth);
            int d = depth;
            b.setOnAction(e -> { vm.setDepth(d); b.setSelected(true); });
            stepRow.getChildren().add(b);
        }
        vm.state().focusDepthProperty().addListener((obs, o, n) -> steps.getToggles().forEach(
                t -> t.setSelected(((Integer) t.getUserData()) == n.intValue())));

        Label description = new Label();
        description.setId("focus-description");
        description.getStyleClass().add("question-answer");
        description.setWrapText(true);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        description.textProperty().bind(vm.descriptionBinding());
        HBox buttons = new HBox(useSelection, clear);
        buttons.getStyleClass().add("question-row");
        getChildren().addAll(hint("Show one actor's neighbourhood and hide the rest."), picker, stepRow, buttons, description);
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("question-hint");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
