package org.entente.ui.analysis;

import java.util.List;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.entente.logic.search.SearchHit;

/** The Path tab: two actor pickers, swap and clear, and the sentences explaining the shortest paths. */
final class PathPane extends VBox {

    PathPane(PathViewModel vm, Function<String, List<SearchHit>> actors) {
        getStyleClass().add("question-pane");
        ActorPicker from = new ActorPicker("path-from", "From (e.g. Japan)", actors, vm.fromProperty(), vm::nameOf);
        ActorPicker to = new ActorPicker("path-to", "To (e.g. Mark Rutte)", actors, vm.toProperty(), vm::nameOf);
        Button swap = new Button("Swap");
        swap.setId("path-swap");
        swap.setOnAction(e -> vm.swap());
        Button clear = new Button("Clear");
        clear.setId("path-clear");
        clear.setOnAction(e -> vm.clear());
        HBox buttons = new HBox(swap, clear);
        buttons.getStyleClass().add("question-row");

        Label summary = new Label();
        summary.setId("path-summary");
        summary.getStyleClass().add("question-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        VBox sentences = new VBox();
        sentences.setId("path-sentences");
        sentences.getStyleClass().add("question-list");
        Runnable fill = () -> {
            sentences.getChildren().clear();
            for (String s : vm.sentences()) {
                Label l = new Label(s);
                l.getStyleClass().addAll("question-answer", "path-sentence");
                l.setWrapText(true);
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                sentences.getChildren().add(l);
            }
        };
        vm.sentences().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        getChildren().addAll(FocusPane.hint("How are two actors connected, as of the current date and filter?"),
                from, to, buttons, summary, sentences);
    }
}
