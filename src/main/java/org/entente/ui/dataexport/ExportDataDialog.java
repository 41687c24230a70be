package org.entente.ui.dataexport;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks which format to write the open dataset in; the file or folder is chosen next. Words, not
 * extensions, so a teacher knows which one Gephi or a spreadsheet program opens.
 */
public final class ExportDataDialog extends Dialog<DataFormat> {

    public static final ButtonType CHOOSE = new ButtonType("Choose where…", ButtonBar.ButtonData.OK_DONE);
    private final ChoiceBox<DataFormat> formats = new ChoiceBox<>(FXCollections.observableArrayList(DataFormat.ALL));

    public ExportDataDialog(Window owner, DataFormat initial) {
        initOwner(owner);
        setTitle("Export data");
        getDialogPane().setId("export-data-dialog");
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        getDialogPane().getButtonTypes().addAll(CHOOSE, ButtonType.CANCEL);
        formats.setId("export-data-format");
        formats.setValue(initial);
        Label intro = new Label("Write the whole open dataset for another tool. Entente's Import reads every one of these back.");
        intro.setWrapText(true);
        Label note = new Label("Spreadsheet programs (Excel, LibreOffice, Google Sheets) open the CSV tables; XLSX and ODS are not written.");
        note.setWrapText(true);
        VBox box = new VBox(8, intro, formats, note);
        box.setPrefWidth(520);
        getDialogPane().setContent(box);
        setResultConverter(b -> b == CHOOSE ? formats.getValue() : null);
    }
}
