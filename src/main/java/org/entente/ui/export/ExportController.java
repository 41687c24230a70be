package org.entente.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.ProgressSink;

/**
 * The export commands of the window: File → Export… (dialog, file chooser, background export with
 * progress and Cancel) and Copy diagram (Ctrl+Shift+C). Pictures come from the injected sources, so
 * they are exactly what the views draw.
 */
public final class ExportController {

    private final AppState state;
    private final PictureSources sources;
    private final BackgroundExecutor executor;
    private final Consumer<String> status;
    private Window owner;

    public ExportController(AppState state, PictureSources sources, BackgroundExecutor executor, Consumer<String> status) {
        this.state = state;
        this.sources = sources;
        this.executor = executor;
        this.status = status;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Adds Export… and Copy diagram to {@code fileMenu}, before its last separator (Quit). */
    public void install(Menu fileMenu) {
        MenuItem export = new MenuItem("_Export picture…");
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> exportWithDialog());
        MenuItem copy = new MenuItem("_Copy diagram");
        copy.setId("menu-copy-diagram");
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copy.setOnAction(e -> copyToClipboard(ExportView.GRAPH));
        int at = lastSeparator(fileMenu);
        fileMenu.getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), export, copy));
    }

    /** Index of the last separator of {@code menu} (the one before Quit), or its size. */
    public static int lastSeparator(Menu menu) {
        for (int i = menu.getItems().size() - 1; i >= 0; i--) {
            if (menu.getItems().get(i) instanceof SeparatorMenuItem) return i;
        }
        return menu.getItems().size();
    }

    private void exportWithDialog() {
        ExportDialog dialog = new ExportDialog(owner, state.themeProperty().get());
        dialog.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        dialog.ask().ifPresent(request -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export picture");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("PNG picture (*.png)", "*.png"),
                    new FileChooser.ExtensionFilter("SVG drawing (*.svg)", "*.svg"));
            chooser.setInitialFileName("entente-" + request.view().name().toLowerCase(java.util.Locale.ROOT) + "-" + state.getAsOf() + ".png");
            File file = chooser.showSaveDialog(owner);
            if (file != null) export(request, withExtension(file.toPath(), chooser.getSelectedExtensionFilter()));
        });
    }

    private static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".svg")) return file;
        boolean svg = filter != null && filter.getExtensions().contains("*.svg");
        return file.resolveSibling(file.getFileName() + (svg ? ".svg" : ".png"));
    }

    /** Exports in the background with a progress window; reports the result in the status line. */
    public void export(ExportRequest request, Path file) {
        ComposedPicture picture;
        try {
            picture = sources.compose(state, request.view());
            PictureSize.of(picture, request);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        ExportProgressDialog progress = new ExportProgressDialog(owner, executor, state.themeProperty().get().stylesheetUrls());
        var handle = executor.submit("Exporting " + file.getFileName(), sink -> {
            new Exporter(FxCaller.RUNNING).write(picture, request, file, FxCaller.RUNNING, sink);
            return file;
        }, done -> {
            progress.close();
            status.accept("Exported " + done);
        }, error -> {
            progress.close();
            fail(error);
        });
        progress.show(handle);
    }

    /** Copies {@code view}, as the screen shows it, to the clipboard as an image. */
    public void copyToClipboard(ExportView view) {
        try {
            ComposedPicture picture = sources.compose(state, view);
            ExportRequest request = new ExportRequest(view, 1, 0, 0, false, state.themeProperty().get(), false);
            PictureSize size = PictureSize.of(picture, request);
            var image = new TiledRenderer(FxCaller.RUNNING).render(picture, size, Exporter.options(request, size), ProgressSink.NONE);
            ClipboardContent content = new ClipboardContent();
            content.putImage(javafx.embed.swing.SwingFXUtils.toFXImage(image, null));
            content.putString(picture.text().title() + " — " + picture.text().subtitle());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            status.accept("Copied the " + view.label().toLowerCase(java.util.Locale.ROOT) + " to the clipboard");
        } catch (Exception e) {
            fail(e);
        }
    }

    private void fail(Throwable e) {
        if (e instanceof java.util.concurrent.CancellationException) {
            status.accept("Export cancelled");
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
        alert.initOwner(owner);
        alert.setHeaderText("The picture could not be exported");
        alert.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        alert.show();
    }
}
