package org.entente.ui.present;

import java.io.File;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.entente.logic.io.TourJson;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;

/**
 * The tour editor window: a teacher sets up the screen, clicks "Add current view", writes a title, a
 * caption for students and notes for themself, reorders or deletes steps, then saves the tour or presents it.
 * Choosing or deleting steps never touches the main window; only "Show on screen" does. It is an ordinary
 * window (not kept above the graph), and its buttons wrap on a narrow (1024 px) screen.
 */
public final class TourEditor {

    private final Stage stage = new Stage();
    private final TourEditorModel model;
    private final ListView<TourStep> list = new ListView<>();
    private final TextField stepTitle = new TextField();
    private final TextArea caption = new TextArea();
    private final TextArea notes = new TextArea();
    private boolean updating;
    private final Window owner;

    public TourEditor(Window owner, TourEditorModel model, Consumer<Tour> present, Consumer<String> status,
                      java.util.List<String> stylesheets) {
        this.model = model;
        this.owner = owner;
        stage.setTitle("Tour editor");
        TextField tourTitle = new TextField();
        tourTitle.setId("tour-title");
        tourTitle.textProperty().bindBidirectional(model.titleProperty());
        TextArea description = new TextArea();
        description.setId("tour-description");
        description.setWrapText(true);
        description.setPrefRowCount(2);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        list.setId("tour-steps");
        list.setItems(model.steps());
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(TourStep s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.title() + "  (" + s.asOf() + ")");
            }
        });
        list.setPrefWidth(320);
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> showFields(i.intValue()));
        stepTitle.setId("step-title");
        caption.setId("step-caption");
        notes.setId("step-notes");
        caption.setWrapText(true);
        notes.setWrapText(true);
        caption.setPrefRowCount(4);
        notes.setPrefRowCount(5);
        stepTitle.textProperty().addListener(o -> pushTexts());
        caption.textProperty().addListener(o -> pushTexts());
        notes.textProperty().addListener(o -> pushTexts());

        Button add = button("Add current view", "tour-add", () -> select(model.addCurrentView(selected())));
        Button update = button("Use current view", "tour-update", () -> { int i = selected(); if (i >= 0) { model.updateView(i); select(i); } });
        Button up = button("Move up", "tour-up", () -> select(model.moveUp(selected())));
        Button down = button("Move down", "tour-down", () -> select(model.moveDown(selected())));
        Button delete = button("Delete", "tour-delete", () -> {
            int i = selected();
            model.delete(i);
            select(Math.min(i, model.steps().size() - 1));
        });
        Button show = button("Show on screen", "tour-show", () -> model.show(selected()));
        show.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        Button newTour = button("New tour", "tour-new", () -> { model.newTour(); select(-1); });
        Button open = button("Open tour…", "tour-open", () -> open(status));
        Button save = button("Save tour…", "tour-save", () -> save(status));
        Button play = button("Present (F5)", "tour-present", () -> present.accept(model.toTour()));

        VBox fields = new VBox(6, label("Tour title"), tourTitle, label("Description"), description, label("Step title"), stepTitle,
                label("Caption for students"), caption, label("Presenter notes (only you see these)"), notes);
        stepTitle.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        caption.disableProperty().bind(stepTitle.disableProperty());
        notes.disableProperty().bind(stepTitle.disableProperty());
        VBox.setVgrow(notes, Priority.ALWAYS);
        FlowPane buttons = new FlowPane(8, 8, add, update, show, up, down, delete, newTour, open, save, play);
        BorderPane root = new BorderPane(fields, null, null, buttons, list);
        BorderPane.setMargin(fields, new Insets(0, 0, 0, 12));
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.getStyleClass().add("tour-editor");
        Scene scene = new Scene(root, 900, 600);
        scene.getStylesheets().setAll(stylesheets);
        scene.getStylesheets().add(TourEditor.class.getResource("present.css").toExternalForm());
        stage.setScene(scene);
        if (!model.steps().isEmpty()) select(0);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private void select(int i) {
        if (i < 0) {
            list.getSelectionModel().clearSelection();
            return;
        }
        list.getSelectionModel().select(i);
        list.scrollTo(i);
        showFields(i);
    }

    private void showFields(int i) {
        updating = true;
        if (i >= 0 && i < model.steps().size()) {
            TourStep s = model.steps().get(i);
            stepTitle.setText(s.title());
            caption.setText(s.caption());
            notes.setText(s.notes());
        } else {
            stepTitle.clear();
            caption.clear();
            notes.clear();
        }
        updating = false;
    }

    private void pushTexts() {
        if (updating) return;
        int i = selected();
        if (i < 0) return;
        model.setTexts(i, stepTitle.getText(), caption.getText(), notes.getText());
        list.getSelectionModel().select(i);
    }

    private void open(Consumer<String> status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a tour to edit");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Entente tours (*.json)", "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) open(file.toPath(), status);
    }

    /** Loads the tour in {@code file} into the editor; on a bad file says so and keeps what is there. */
    void open(java.nio.file.Path file, Consumer<String> status) {
        var read = TourJson.read(file);
        read.value().ifPresentOrElse(t -> {
            model.load(t);
            select(model.steps().isEmpty() ? -1 : 0);
        }, () -> status.accept("Cannot open the tour " + file.getFileName() + ": " + read.describe()));
    }

    private void save(Consumer<String> status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save tour");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Entente tours (*.json)", "*.json"));
        chooser.setInitialFileName(model.titleProperty().get().replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase() + ".json");
        for (int i = 0; i < model.steps().size(); i++) {
            TourStep s = model.steps().get(i);
            if (s.title().isBlank() || s.caption().isBlank()) {
                status.accept("Step " + (i + 1) + " needs a title and a caption before the tour can be saved");
                return;
            }
        }
        File file = chooser.showSaveDialog(stage);
        if (file == null) return;
        try {
            TourJson.write(model.toTour(), file.toPath());
            status.accept("Saved the tour to " + file);
        } catch (java.io.IOException e) {
            status.accept(e.getMessage());
        }
    }

    /** The editor's window (tests check it is an ordinary window that fits a small screen). */
    Stage stage() {
        return stage;
    }

    public void show() {
        if (owner != null && !stage.isShowing()) {
            stage.setX(owner.getX() + 40);
            stage.setY(owner.getY() + 40);
        }
        stage.show();
        stage.toFront();
    }
}
