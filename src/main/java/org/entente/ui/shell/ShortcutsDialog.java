package org.entente.ui.shell;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts: every key the app answers to, grouped by where it works, so a teacher at
 * the front of a class can find the key without hunting through menus.
 */
public final class ShortcutsDialog {

    /** One key (or key combination) and what it does. */
    public record Shortcut(String keys, String action) {
    }

    /** A group of shortcuts that work in one place. */
    public record Group(String where, List<Shortcut> shortcuts) {
    }

    /** The keys, as the issues of each view define them. */
    public static final List<Group> GROUPS = List.of(
            new Group("Anywhere", List.of(
                    new Shortcut("Ctrl+O", "Open a dataset"),
                    new Shortcut("Ctrl+R", "Reload the dataset from its file"),
                    new Shortcut("Ctrl+F", "Search actors and events"),
                    new Shortcut("F5", "Start presentation mode"),
                    new Shortcut("F1", "Show these shortcuts"),
                    new Shortcut("Ctrl+Q", "Quit"))),
            new Group("Graph", List.of(
                    new Shortcut("Tab / arrow keys", "Move between nodes"),
                    new Shortcut("Enter", "Select the node"),
                    new Shortcut("+ / -", "Zoom in / out"),
                    new Shortcut("0", "Fit the whole graph"),
                    new Shortcut("Wheel, drag", "Zoom around the pointer, pan"),
                    new Shortcut("Double-click a node", "Unpin a node you dragged"))),
            new Group("Timeline", List.of(
                    new Shortcut("← / →", "Step the as-of date to the previous / next event"),
                    new Shortcut("Wheel, drag", "Zoom around the pointer, pan"))),
            new Group("Search", List.of(
                    new Shortcut("Enter", "Select the match and bring it into view"))),
            new Group("Presentation mode", List.of(
                    new Shortcut("→ / Page Down", "Next step"),
                    new Shortcut("← / Page Up", "Previous step"),
                    new Shortcut("Esc", "Leave presentation mode"))));

    private ShortcutsDialog() {
    }

    public static Alert create(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.getStyleClass().add("shortcuts-grid");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(keys, actions);
        int row = 0;
        for (Group group : GROUPS) {
            Label where = new Label(group.where());
            where.getStyleClass().add("shortcuts-group");
            grid.add(where, 0, row++, 2, 1);
            for (Shortcut s : group.shortcuts()) {
                Label key = new Label(s.keys());
                key.getStyleClass().add("shortcut-keys");
                grid.add(key, 0, row);
                grid.add(new Label(s.action()), 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Width follows the content (no truncated keys at projector size); height stays on small screens.
        scroll.setPrefViewportHeight(Math.min(640, Screen.getPrimary().getVisualBounds().getHeight() * 0.6));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        if (owner != null) alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setGraphic(null);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.setResizable(true);
        return alert;
    }
}
