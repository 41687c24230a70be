package org.entente.ui.handout;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.entente.logic.quiz.Quiz;
import org.entente.logic.quiz.QuizGenerator;
import org.entente.ui.export.ExportController;
import org.entente.ui.export.ExportProgressDialog;
import org.entente.ui.export.FxCaller;
import org.entente.ui.export.PictureSources;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;

/**
 * File → Export handout…: a PDF or HTML handout of what the window shows (its date, filter and focus),
 * with or without a quiz and answer key, made in the background with progress and Cancel.
 */
public final class HandoutController {

    private final AppState state;
    private final PictureSources sources;
    private final BackgroundExecutor executor;
    private final Consumer<String> status;
    private Window owner;

    public HandoutController(AppState state, PictureSources sources, BackgroundExecutor executor, Consumer<String> status) {
        this.state = state;
        this.sources = sources;
        this.executor = executor;
        this.status = status;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public void install(Menu fileMenu) {
        MenuItem item = new MenuItem("Export _handout…");
        item.setId("menu-export-handout");
        item.setOnAction(e -> ask());
        fileMenu.getItems().add(ExportController.lastSeparator(fileMenu), item);
    }

    private void ask() {
        ButtonType with = new ButtonType("With a quiz", ButtonBar.ButtonData.YES);
        ButtonType without = new ButtonType("Without", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The handout shows the graph as of " + state.getAsOf()
                + ", the events of the five years before, the key actors and the sources.\n"
                + "Add ten quiz questions with the answer key on the last page?", with, without, ButtonType.CANCEL);
        if (owner != null) a.initOwner(owner);
        a.setHeaderText("Export a printable handout");
        a.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        a.showAndWait().filter(b -> b != ButtonType.CANCEL).ifPresent(b -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export handout");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf"),
                    new FileChooser.ExtensionFilter("Web page, self-contained (*.html)", "*.html"));
            chooser.setInitialFileName("handout-" + state.getAsOf() + ".pdf");
            File f = chooser.showSaveDialog(owner);
            if (f == null) return;
            Path file = f.toPath();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".pdf") && !name.endsWith(".html") && !name.endsWith(".htm")) file = file.resolveSibling(f.getName() + ".pdf");
            long seed = state.getAsOf().toEpochDay() % 10000;
            Quiz quiz = b == with ? new QuizGenerator().generate(state.getDataset(), state.getVisibleGraph(), state.getAsOf(), seed, 10,
                    "Quiz " + seed) : null;
            export(file, quiz);
        });
    }

    /** Writes the handout in the background with the export's progress window. */
    public void export(Path file, Quiz quiz) {
        ExportProgressDialog progress = new ExportProgressDialog(owner, executor, state.themeProperty().get().stylesheetUrls());
        var handle = executor.submit("Exporting handout " + file.getFileName(),
                sink -> new HandoutExporter(FxCaller.RUNNING, sources).write(state, state.getAsOf().minusYears(5), quiz, file, sink),
                done -> {
                    progress.close();
                    status.accept("Exported the handout to " + file);
                }, error -> {
                    progress.close();
                    if (error instanceof java.util.concurrent.CancellationException) {
                        status.accept("Handout cancelled");
                        return;
                    }
                    Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage() == null ? error.toString() : error.getMessage());
                    if (owner != null) alert.initOwner(owner);
                    alert.setHeaderText("The handout could not be exported");
                    alert.show();
                });
        progress.show(handle);
    }
}
