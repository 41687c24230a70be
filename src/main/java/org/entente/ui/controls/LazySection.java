package org.entente.ui.controls;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.TitledPane;

/**
 * A collapsible section whose content is built the first time it is opened. Closed sections cost nothing
 * before the window first appears (no controls, no styling, no layout), which is most of what a window
 * full of closed sections spends on opening; the few milliseconds move to the first click on the title.
 */
public final class LazySection {

    private LazySection() {
    }

    /**
     * A section titled {@code title}, open or closed, that gets {@code content} when it is first open (at
     * once when it starts open).
     */
    public static TitledPane of(String title, boolean expanded, Supplier<Node> content) {
        TitledPane pane = new TitledPane();
        pane.setText(title);
        pane.setExpanded(expanded);
        if (expanded) {
            pane.setContent(content.get());
        } else {
            pane.expandedProperty().addListener((obs, was, open) -> {
                if (open && pane.getContent() == null) pane.setContent(content.get());
            });
        }
        return pane;
    }
}
