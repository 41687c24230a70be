package org.entente.ui.present;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The teacher's notes in a small separate window (drag it to the laptop screen while the projector shows
 * the diagram), following the tour step. Toggled with N in presentation mode.
 */
final class NotesWindow {

    private final Stage stage = new Stage();

    NotesWindow(Window owner, TourPlayer player, List<String> stylesheets) {
        if (owner != null) stage.initOwner(owner);
        stage.setTitle("Presenter notes");
        Label title = new Label();
        title.getStyleClass().add("notes-title");
        title.textProperty().bind(player.positionProperty().concat("  ").concat(player.titleProperty()));
        Label notes = new Label();
        notes.setId("presenter-notes");
        notes.getStyleClass().add("notes-text");
        notes.setWrapText(true);
        notes.textProperty().bind(player.notesProperty());
        VBox box = new VBox(8, title, notes);
        box.getStyleClass().add("notes-window");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 460, 320);
        scene.getStylesheets().setAll(stylesheets);
        scene.getStylesheets().add(NotesWindow.class.getResource("present.css").toExternalForm());
        stage.setScene(scene);
    }

    boolean isShowing() { return stage.isShowing(); }

    Scene scene() { return stage.getScene(); }

    void toggle() {
        if (stage.isShowing()) stage.hide(); else stage.show();
    }

    void hide() { stage.hide(); }
}
