package org.entente.ui.edit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.entente.ui.state.AppState;

/**
 * The details panel with Edit, Delete and Add figure above it: whatever the panel shows can be changed
 * where it is read. The buttons appear only while something is selected.
 */
public final class DetailsEditBar {

    private DetailsEditBar() {
    }

    /** {@code details} under a bar of edit buttons for the selection. */
    public static Node around(Node details, AppState state, EditActions actions) {
        Button edit = new Button("Edit…");
        edit.setId("details-edit");
        edit.setOnAction(e -> actions.editSelected());
        Button figure = new Button("Add figure…");
        figure.setId("details-add-figure");
        figure.setOnAction(e -> actions.addFigure());
        Button delete = new Button("Delete");
        delete.setId("details-delete");
        delete.setOnAction(e -> actions.deleteSelected());
        HBox bar = new HBox(6, edit, figure, delete);
        bar.getStyleClass().add("details-edit-bar");
        // the bar takes the panel's width, never widens it: the graph keeps the room it had
        bar.setMinWidth(0);
        bar.setPrefWidth(0);
        Runnable show = () -> {
            boolean any = !state.getSelection().isNone();
            bar.setVisible(any);
            bar.setManaged(any);
        };
        state.selectionProperty().addListener(obs -> show.run());
        show.run();
        VBox box = new VBox(bar, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        box.getStyleClass().add("details-with-edit");
        return box;
    }
}
