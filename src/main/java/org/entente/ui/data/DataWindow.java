package org.entente.ui.data;

import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.entente.ui.edit.EditActions;
import org.entente.ui.state.AppState;

/** View → Data table (Ctrl+D): the {@link DataView} in its own window beside the main one, in the app's theme. */
public final class DataWindow {

    private final AppState state;
    private final EditActions actions;
    private final Supplier<Window> owner;
    private Stage stage;

    public DataWindow(AppState state, EditActions actions, Supplier<Window> owner) {
        this.state = state;
        this.actions = actions;
        this.owner = owner;
    }

    /** Adds View → Data table. */
    public void install(Menu view) {
        MenuItem item = new MenuItem("_Data table");
        item.setId("menu-data-table");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        item.setOnAction(e -> show());
        view.getItems().add(item);
    }

    /** Shows the window (made once, then brought to the front). */
    public Stage show() {
        if (stage == null) {
            stage = new Stage();
            if (owner.get() != null) stage.initOwner(owner.get());
            stage.setTitle("Data — Entente");
            DataView view = new DataView(state, actions);
            Scene scene = new Scene(view.root(), 1000, 600);
            scene.getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
            state.themeProperty().addListener((obs, o, n) -> scene.getStylesheets().setAll(n.stylesheetUrls()));
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
        return stage;
    }
}
