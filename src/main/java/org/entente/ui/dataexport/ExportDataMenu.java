package org.entente.ui.dataexport;

import java.io.File;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Puts File → Export data… after Import…: pick a format, then a file (or a folder for loose CSVs); the
 * writing runs in the background and its outcome is shown when it ends.
 */
public final class ExportDataMenu {

    private final ExportDataViewModel viewModel;
    private final Supplier<Window> owner;
    private DataFormat last = DataFormat.ALL.get(0);

    public ExportDataMenu(ExportDataViewModel viewModel, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
        viewModel.runningProperty().addListener((obs, was, now) -> {
            if (was && !now) tell();
        });
    }

    /** Adds the item after File → Import… (or after the first item). */
    public void install(Menu fileMenu) {
        MenuItem item = new MenuItem("Export _data…");
        item.setId("menu-export-data");
        item.setOnAction(e -> chooseAndExport());
        int at = fileMenu.getItems().stream().map(MenuItem::getId).toList().indexOf("menu-import");
        fileMenu.getItems().add(at >= 0 ? at + 1 : Math.min(1, fileMenu.getItems().size()), item);
    }

    private void chooseAndExport() {
        new ExportDataDialog(owner.get(), last).showAndWait().ifPresent(format -> {
            last = format;
            String refused = viewModel.refusal(format);
            if (refused != null) {
                show(true, refused);
                return;
            }
            File target;
            if (format.folder()) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Folder for the CSV tables");
                target = chooser.showDialog(owner.get());
            } else {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export data as " + format.format());
                chooser.setInitialFileName(viewModel.suggestedName(format));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
                target = chooser.showSaveDialog(owner.get());
            }
            if (target != null) viewModel.export(format, target.toPath());
        });
    }

    private void tell() {
        show(viewModel.failedProperty().get(), viewModel.messageProperty().get());
    }

    private void show(boolean failed, String text) {
        Alert alert = new Alert(failed ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner.get());
        alert.setHeaderText(failed ? "Export failed" : "Exported");
        alert.getDialogPane().setId("export-data-result");
        if (owner.get() != null && owner.get().getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        alert.show();
    }
}
