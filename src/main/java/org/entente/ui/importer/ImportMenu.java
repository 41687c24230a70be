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
 * Puts importing into the File menu (Import…, and the datasets built with the importer from public data in the
 * bundled-datasets submenu) and onto the window: a file
 * that is not an entente/1 {@code .json} dropped on the window opens the import preview.
 */
public final class ImportMenu {

    /** Where the second bundled dataset, built with the importer from public EU membership data, lives. */
    public static final String EU_RESOURCE = "/org/entente/seeds/eu-membership.json";
    /** Where the third bundled dataset, world alliances since 1945 built from ATOP v4 and the COW state list, lives. */
    public static final String ATOP_RESOURCE = "/org/entente/seeds/atop-alliances.json";

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

    /**
     * Adds File → Import… after the first item, the EU membership and world-alliances datasets to the
     * bundled-datasets submenu (or after the first item when the File menu has none), and the drop handler.
     */
    public void install(Menu fileMenu, Parent root) {
        MenuItem importItem = new MenuItem("_Import…");
        importItem.setId("menu-import");
        importItem.setOnAction(e -> chooseAndImport());
        MenuItem eu = new MenuItem("_EU membership, 1952 to today (EUMS)");
        eu.setId("menu-open-eu");
        eu.setOnAction(e -> openBundled("the EU membership dataset", EU_RESOURCE));
        MenuItem atop = new MenuItem("World _alliances since 1945 (ATOP v4)");
        atop.setId("menu-open-atop");
        atop.setOnAction(e -> openBundled("the world alliances dataset", ATOP_RESOURCE));
        int at = Math.min(1, fileMenu.getItems().size());
        fileMenu.getItems().add(at, importItem);
        fileMenu.getItems().stream().filter(i -> i instanceof Menu && "menu-bundled-datasets".equals(i.getId()))
                .map(i -> (Menu) i).findFirst()
                .ifPresentOrElse(m -> m.getItems().addAll(eu, atop), () -> fileMenu.getItems().addAll(at + 1, List.of(eu, atop)));
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

    private void openBundled(String what, String resource) {
        executor.submit("Loading " + what, p -> {
            try (InputStream in = ImportMenu.class.getResourceAsStream(resource)) {
                if (in == null) throw new IOException(what + " is missing from the application");
                String name = "seeds/" + resource.substring(resource.lastIndexOf('/') + 1);
                return new DatasetLoader().load(name, new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }, (LoadResult r) -> r.dataset().ifPresent(d -> state.batch(() -> {
            state.datasetFileProperty().set(null);
            state.datasetProperty().set(d);
        })), t -> { });
    }
}
