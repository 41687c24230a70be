package org.entente.ui.animate;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.entente.ui.export.ExportController;
import org.entente.ui.export.ExportProgressDialog;
import org.entente.ui.export.FxCaller;
import org.entente.ui.export.Sources;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;

/**
 * File → Export animation…: asks for the range and picture, then makes the animation of what the window
 * shows (data, filter, focus, theme) in the background, with progress and Cancel, and reports the file in
 * the status line. The window stays usable while frames are drawn.
 */
public final class AnimationController {

    private final AppState state;
    private final BackgroundExecutor executor;
    private final Consumer<String> status;
    private Window owner;

    public AnimationController(AppState state, BackgroundExecutor executor, Consumer<String> status) {
        this.state = state;
        this.executor = executor;
        this.status = status;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Adds Export animation… to {@code fileMenu}, before its last separator (Quit). */
    public void install(Menu fileMenu) {
        MenuItem item = new MenuItem("Export _animation…");
        item.setId("menu-export-animation");
        item.setOnAction(e -> ask());
        fileMenu.getItems().add(ExportController.lastSeparator(fileMenu), item);
    }

    private void ask() {
        LocalDate end = state.getAsOf();
        LocalDate start = end.minusYears(5).withDayOfMonth(1);
        AnimationDialog dialog = new AnimationDialog(owner, start, end);
        dialog.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        dialog.showAndWait().ifPresent(choice -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export animation");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Animated GIF (*.gif)", "*.gif"),
                    new FileChooser.ExtensionFilter("PNG sequence for a video tool (*.png)", "*.png"));
            chooser.setInitialFileName("entente-" + choice.from() + "-to-" + choice.to() + ".gif");
            File file = chooser.showSaveDialog(owner);
            if (file == null) return;
            Path path = file.toPath();
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".gif") && !name.endsWith(".png")) path = path.resolveSibling(path.getFileName() + ".gif");
            export(request(choice), path);
        });
    }

    /** The request for {@code choice} and what the window shows now. */
    AnimationRequest request(AnimationDialog.Choice choice) {
        return new AnimationRequest(state.getDataset(), state.filterProperty().get(), state.timeWindowProperty().get(),
                state.focusActorProperty().get(), state.focusDepthProperty().get(), choice.from(), choice.to(), choice.step(),
                choice.view(), choice.width(), choice.height(), choice.fps(), state.themeProperty().get());
    }

    /** Makes the animation in the background with a progress window; reports the result in the status line. */
    public void export(AnimationRequest request, Path file) {
        ExportProgressDialog progress = new ExportProgressDialog(owner, executor, state.themeProperty().get().stylesheetUrls());
        var handle = executor.submit("Exporting animation " + file.getFileName(),
                sink -> new AnimationExporter(FxCaller.RUNNING, Sources.headless().timeline()).write(request, file, sink),
                done -> {
                    progress.close();
                    status.accept(String.format(Locale.ROOT, "Exported %d frames to %s (%.1f MB)", done.dates().size(),
                            file.getFileName(), done.bytes() / 1e6));
                }, error -> {
                    progress.close();
                    if (error instanceof java.util.concurrent.CancellationException) {
                        status.accept("Animation cancelled");
                        return;
                    }
                    Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage() == null ? error.toString() : error.getMessage());
                    alert.initOwner(owner);
                    alert.setHeaderText("The animation could not be exported");
                    alert.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
                    alert.show();
                });
        progress.show(handle);
    }
}
