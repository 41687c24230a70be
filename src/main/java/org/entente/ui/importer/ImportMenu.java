package org.entente.ui.importer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.entente.logic.io.importer.Importers;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;

/**
 * Puts importing into the File menu (Import…, and the second bundled dataset) and onto the window: a file
 * that is not an entente/1 {@code .json} dropped on the window opens the import preview.
 */
public final class ImportMenu {

    /** Where the second bundled dataset, built with the importer from public EU membership data, lives. */
    public static final String EU_RESOURCE = "/org/entente/seeds/eu-membership.json";

    private final AppState state;
    private final BackgroundExecutor executor;
    private final Importers importers;
    private final Supplier<Window> owner;

    public ImportMenu(AppState state, BackgroundExecutor executor, Importers importers, Supplier<Window> owner) {
        this.state = state;
        this.executor = executor;
        this.importers = importers;
        this.owner = owner;
    }

    /** Adds File → Import… and File → Open the EU membership dataset after the first item, and the drop handler. */
    public void install(Menu fileMenu, Parent root) {
        MenuItem importItem = new MenuItem("_Import…");
        importItem.setId("menu-import");
        importItem.setOnAction(e -> chooseAndImport());
        MenuItem eu = new MenuItem("Open the _EU membership dataset");
        eu.setId("menu-open-eu");
        eu.setOnAction(e -> openEu());
        int at = Math.min(1, fileMenu.getItems().size());
        fileMenu.getItems().add(at, importItem);
        int bundled = fileMenu.getItems().stream().map(MenuItem::getId).toList().indexOf("menu-open-bundled");
        fileMenu.getItems().add(bundled >= 0 ? bundled + 1 : at + 1, eu);
        root.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !allJson(e.getDragboard().getFiles())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles() && !allJson(e.getDragboard().getFiles())) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                e.setDropCompleted(true);
                e.consume();
                preview(files);
            }
        });
    }

    private static boolean allJson(List<File> files) {
        return files.stream().allMatch(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".json") && looksLikeEntente(f));
    }

    private static boolean looksLikeEntente(File f) {
        try (InputStream in = java.nio.file.Files.newInputStream(f.toPath())) {
            String head = new String(in.readNBytes(512), StandardCharsets.UTF_8);
            return head.contains("\"entente/");
        } catch (IOException e) {
            return true;
        }
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import spreadsheets or other tools' files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data Entente imports", "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.gexf", "*.graphml",
                        "*.cyjs", "*.json", "*.timeline"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen != null && !chosen.isEmpty()) {
            preview(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Opens the preview for {@code files}; returns the dialog (shown, not waited for). */
    public ImportDialog preview(List<Path> files) {
        ImportViewModel vm = new ImportViewModel(state, importers, executor, files);
        ImportDialog dialog = new ImportDialog(owner.get(), vm);
        vm.preview();
        dialog.show();
        dialog.setWidth(Math.max(dialog.getWidth(), 700));
        dialog.setHeight(Math.max(dialog.getHeight(), 660));
        return dialog;
    }

    private void openEu() {
        executor.submit("Loading the EU membership dataset", p -> {
            try (InputStream in = ImportMenu.class.getResourceAsStream(EU_RESOURCE)) {
                if (in == null) throw new IOException("the EU membership dataset is missing from the application");
                return new DatasetLoader().load("seeds/eu-membership.json", new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }, (LoadResult r) -> r.dataset().ifPresent(d -> state.batch(() -> {
            state.datasetFileProperty().set(null);
            state.datasetProperty().set(d);
        })), t -> { });
    }
}
