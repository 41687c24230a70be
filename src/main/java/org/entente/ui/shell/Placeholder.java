package org.entente.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** A labelled empty area standing in for a view that is not built yet. */
public final class Placeholder {

    private Placeholder() {
    }

    public static Node of(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder-text");
        StackPane pane = new StackPane(label);
        pane.getStyleClass().add("side-panel");
        return pane;
    }
}
