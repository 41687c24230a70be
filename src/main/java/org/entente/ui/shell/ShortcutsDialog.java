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

    /** The keys, as each view implements them (kept in step with their key handlers and menus). */
    public static final List<Group> GROUPS = List.of(
            new Group("Anywhere", List.of(
                    new Shortcut("Ctrl+O", "Open a dataset (or drop a .json file on the window)"),
                    new Shortcut("Ctrl+R", "Reload the dataset from its file"),
                    new Shortcut("Ctrl+Z", "Undo the last change to the view (filter, date, focus, drag…)"),
                    new Shortcut("Ctrl+Shift+Z", "Redo what was undone"),
                    new Shortcut("Ctrl+Y", "Redo, as in other programs"),
                    new Shortcut("Ctrl+F", "Search actors and events"),
                    new Shortcut("Ctrl+E", "Export a picture (PNG or SVG)"),
                    new Shortcut("Ctrl+Shift+C", "Copy the diagram"),
                    new Shortcut("Ctrl+Shift+S", "Save the view (date, filter, focus, framing)"),
                    new Shortcut("Ctrl+Shift+O", "Open a saved view"),
                    new Shortcut("F5", "Start presentation mode"),
                    new Shortcut("Ctrl+T", "Open the lesson tour editor"),
                    new Shortcut("F1", "Show these shortcuts"),
                    new Shortcut("Ctrl+N", "Make a new dataset"),
                    new Shortcut("Ctrl+S", "Save the dataset (Save As when it has no file yet)"),
                    new Shortcut("Ctrl+Shift+A", "Add an actor"),
                    new Shortcut("Ctrl+Shift+T", "Add a tie (from the selected actor)"),
                    new Shortcut("F2", "Edit the selection"),
                    new Shortcut("Delete", "Delete the selection (says first what goes with it)"),
                    new Shortcut("Ctrl+D", "Open the data table"),
                    new Shortcut("Ctrl+Q", "Quit"))),
            new Group("Graph (click it first)", List.of(
                    new Shortcut("Tab / Shift+Tab", "Move to the next / previous node"),
                    new Shortcut("Arrow keys", "Move to the nearest node in that direction"),
                    new Shortcut("Enter", "Select the node"),
                    new Shortcut("Esc", "Clear the selection and the highlights"),
                    new Shortcut("+ / -", "Zoom in / out"),
                    new Shortcut("0", "Fit the whole graph"),
                    new Shortcut("L / H", "Show or hide the legend / the group outlines"),
                    new Shortcut("Wheel, drag", "Zoom around the pointer, pan"),
                    new Shortcut("Drag a node", "Move and pin it; double-click unpins"))),
            new Group("Timeline (click it first)", List.of(
                    new Shortcut("← / →", "Move the as-of date to the previous / next event"),
                    new Shortcut("Space", "Play or pause"),
                    new Shortcut("+ / -", "Zoom in / out"),
                    new Shortcut("0 or Home", "Fit all"),
                    new Shortcut("Wheel, drag", "Zoom around the pointer, pan"))),
            new Group("Search", List.of(
                    new Shortcut("↑ / ↓", "Move through the suggestions"),
                    new Shortcut("Enter", "Select the match and bring it into view"))),
            new Group("Presentation mode", List.of(
                    new Shortcut("→ / Page Down / Space", "Next step"),
                    new Shortcut("← / Page Up", "Previous step"),
                    new Shortcut("Home / End", "First / last step"),
                    new Shortcut("Esc", "Leave presentation mode"))),
            new Group("Details panel", List.of(
                    new Shortcut("Tab, Enter", "Reach a link and follow it"))));

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
