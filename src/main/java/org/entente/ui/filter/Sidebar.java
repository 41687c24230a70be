package org.entente.ui.filter;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The left column of the window: the filter panel above, the questions (focus, path, importance,
 * compare) below, with a divider the user can drag. Both halves scroll on their own.
 */
public final class Sidebar extends SplitPane {

    public Sidebar(Node filters, Node questions) {
        super(filters, questions);
        setId("sidebar");
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.45);
        getStyleClass().add("sidebar");
    }
}
