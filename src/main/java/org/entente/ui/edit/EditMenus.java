package org.entente.ui.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The editing commands in the menus: File → New dataset, Save (Ctrl+S), Save As (Ctrl+Shift+S); Edit →
 * Add actor, tie, event, source, dispute, figure, Edit and Delete the selection (after Undo / Redo, in the
 * same history). Also asks "Save changes to …?" before Import, Quit and closing the window replace or end
 * an edited dataset (Open and Reload ask through the shell).
 */
public final class EditMenus {

    private final EditActions actions;
    private final SaveFlow save;
    private final Supplier<Window> owner;

    public EditMenus(EditActions actions, SaveFlow save, Supplier<Window> owner) {
        this.actions = actions;
        this.save = save;
        this.owner = owner;
    }

    /** Adds the items to {@code file} and {@code edit}, and the question before closing to the window of {@code root}. */
    public void install(Menu file, Menu edit, Node root) {
        MenuItem newDataset = item("_New dataset…", "menu-new-dataset", "Shortcut+N", this::newDataset);
        MenuItem saveItem = item("_Save", "menu-save", "Shortcut+S", save::save);
        MenuItem saveAs = item("Save _As…", "menu-save-as", null, save::saveAs);
        file.getItems().add(0, newDataset);
        int afterOpen = Math.max(1, indexOf(file, "menu-open") + 1);
        file.getItems().addAll(afterOpen, List.of(saveItem, saveAs));
        // Import and Quit replace or end the dataset too: ask first
        guard(file, "menu-import");
        guard(file, "menu-open-eu");
        file.getItems().stream().filter(i -> "_Quit".equals(i.getText())).findFirst().ifPresent(this::guard);

        edit.getItems().addAll(new SeparatorMenuItem(),
                item("Add _actor…", "menu-add-actor", "Shortcut+Shift+A", actions::addActor),
                item("Add _tie…", "menu-add-tie", "Shortcut+Shift+T", () -> actions.addTie(selectedActor(), null)),
                item("Add _event…", "menu-add-event", null,
                        () -> actions.addEvent(actions.session().state().getAsOf().toString(), selectedActor() == null ? List.of() : List.of(selectedActor()))),
                item("Add _source…", "menu-add-source", null, actions::addSource),
                item("Add _dispute…", "menu-add-dispute", null, actions::addDispute),
                item("Add _figure to the selection…", "menu-add-figure", null, actions::addFigure),
                new SeparatorMenuItem(),
                item("Ed_it the selection…", "menu-edit-selected", "F2", actions::editSelected),
                item("_Delete the selection", "menu-delete-selected", "Delete", actions::deleteSelected));
        root.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) scene.windowProperty().addListener((w, ow, window) -> guardClose(window));
        });
        if (root.getScene() != null) guardClose(root.getScene().getWindow());
    }

    /**
     * "New event on DATE" in the timeline's context menu, DATE being the date under the click, as precise as
     * the axis shows it ({@code dateAt} maps a scene point to it); from the keyboard's menu key, or off the
     * time area, the as-of day.
     */
    public void installTimeline(Node timeline, BiFunction<Double, Double, Optional<String>> dateAt) {
        MenuItem newEvent = new MenuItem();
        newEvent.setId("timeline-new-event");
        ContextMenu menu = new ContextMenu(newEvent);
        String[] date = new String[1];
        newEvent.setOnAction(e -> actions.addEvent(date[0], selectedActor() == null ? List.of() : List.of(selectedActor())));
        timeline.setOnContextMenuRequested(e -> {
            Optional<String> clicked = e.isKeyboardTrigger() ? Optional.empty() : dateAt.apply(e.getSceneX(), e.getSceneY());
            date[0] = clicked.orElseGet(() -> actions.session().state().getAsOf().toString());
            newEvent.setText("New event on " + date[0] + "…");
            menu.show(timeline, e.getScreenX(), e.getScreenY());
        });
    }

    /** The status line of editing: what a delete also removed, how a save went. */
    public Label messageLabel() {
        Label l = new Label();
        l.setId("edit-message");
        l.getStyleClass().add("edit-message");
        l.textProperty().bind(actions.session().messageProperty());
        return l;
    }

    /** Asked before the open dataset is replaced or closed. */
    public BooleanSupplier mayReplace() {
        return save::mayDiscard;
    }

    private void newDataset() {
        if (!save.mayDiscard()) return;
        NewDatasetForm form = new NewDatasetForm();
        actions.ask(NewDatasetDialog.create(owner.get(), form, actions.session().state().themeProperty().get().stylesheetUrls()))
                .ifPresent(f -> f.create(actions.session()));
    }

    private String selectedActor() {
        var s = actions.session().state().getSelection();
        return s.kind() == org.entente.ui.state.Selection.Kind.ACTOR ? s.id() : null;
    }

    private void guard(Menu file, String id) {
        file.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().ifPresent(this::guard);
    }

    private void guard(MenuItem item) {
        EventHandler<ActionEvent> original = item.getOnAction();
        if (original == null) return;
        item.setOnAction(e -> {
            if (save.mayDiscard()) original.handle(e);
        });
    }

    private void guardClose(Window window) {
        if (window == null) return;
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!save.mayDiscard()) e.consume();
        });
    }

    private static int indexOf(Menu menu, String id) {
        for (int i = 0; i < menu.getItems().size(); i++) {
            if (id.equals(menu.getItems().get(i).getId())) return i;
        }
        return -1;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem item(String text, String id, String accelerator, BooleanSupplier action) {
        return item(text, id, accelerator, (Runnable) action::getAsBoolean);
    }
}
