package org.entente.ui.importer;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.entente.logic.io.importer.DayOrder;
import org.entente.logic.io.importer.Field;
import org.entente.logic.io.importer.ImportProblem;
import org.entente.logic.io.importer.ImportResult;
import org.entente.logic.io.importer.TableMapping;

/**
 * The import preview: the detected format, what each spreadsheet column was taken to mean (editable), the
 * counts and the first problems, and a day-first/month-first choice for ambiguous dates. Import opens the
 * result; Cancel stops a running read and keeps what was open.
 */
public final class ImportDialog extends Dialog<ButtonType> {

    static final int SHOWN_PROBLEMS = 30;

    private final ImportViewModel viewModel;
    private final Label format = new Label();
    private final Label summary = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final GridPane mapping = new GridPane();
    private final ListView<String> problems = new ListView<>();
    private final ChoiceBox<DayOrder> dayOrder = new ChoiceBox<>(FXCollections.observableArrayList(DayOrder.values()));
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    public ImportDialog(Window owner, ImportViewModel viewModel) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle("Import " + viewModel.files().get(0).getFileName());
        setResizable(true);
        getDialogPane().setId("import-dialog");
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        format.setId("import-format");
        summary.setId("import-summary");
        summary.setWrapText(true);
        problems.setId("import-problems");
        problems.setPrefHeight(160);
        mapping.setId("import-mapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        dayOrder.setId("import-day-order");
        dayOrder.setValue(viewModel.dayOrder());
        dayOrder.setConverter(new StringConverter<>() {
            @Override public String toString(DayOrder o) {
                return o == null ? "" : switch (o) {
                    case UNSET -> "Not chosen (ambiguous dates are reported)";
                    case DAY_FIRST -> "Day first: 03/04/2025 is 3 April";
                    case MONTH_FIRST -> "Month first: 03/04/2025 is March 4";
                };
            }
            @Override public DayOrder fromString(String s) { return null; }
        });
        dayOrder.valueProperty().addListener((obs, old, now) -> { if (now != null && now != viewModel.dayOrder()) viewModel.setDayOrder(now); });
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setPrefSize(24, 24);
        summary.textProperty().bind(viewModel.messageProperty());
        javafx.scene.control.ScrollPane mappingScroll = new javafx.scene.control.ScrollPane(mapping);
        mappingScroll.setFitToWidth(true);
        mappingScroll.setPrefViewportHeight(220);
        VBox content = new VBox(8, new HBox(8, format, progress), summary, new Label("Columns (change what a column means):"), mappingScroll,
                new HBox(8, new Label("Numeric dates:"), dayOrder), new Label("First problems:"), problems);
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(680, 640);
        getDialogPane().setMinSize(480, 420);
        getDialogPane().lookupButton(IMPORT).disableProperty().bind(viewModel.runningProperty()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !viewModel.canImport(), viewModel.resultProperty())));
        viewModel.resultProperty().addListener((obs, old, now) -> show(now));
        setOnCloseRequest(e -> { if (getResult() != IMPORT) viewModel.cancel(); });
        setResultConverter(b -> {
            if (b == IMPORT) viewModel.accept();
            else viewModel.cancel();
            return b;
        });
    }

    private void show(ImportResult r) {
        mapping.getChildren().clear();
        problems.getItems().clear();
        if (r == null) {
            format.setText("Format: not read");
            return;
        }
        format.setText("Format: " + (r.format().isEmpty() ? "not recognised" : r.format()));
        int row = 0;
        for (TableMapping t : r.mappings()) {
            mapping.add(new Label((t.sheet() != null ? "Sheet " + t.sheet() : java.nio.file.Path.of(t.file()).getFileName().toString())
                    + " — " + t.role().name().toLowerCase() + ", " + t.rows() + " rows"), 0, row++, 2, 1);
            for (String header : t.headers()) {
                if (header.isBlank()) continue;
                ComboBox<Field> box = new ComboBox<>(FXCollections.observableArrayList(Field.values()));
                box.setId("import-column-" + header);
                box.setValue(t.fields().getOrDefault(header, Field.IGNORE));
                box.setConverter(new StringConverter<>() {
                    @Override public String toString(Field f) { return f == null ? "" : f == Field.IGNORE ? "(kept in the note / ignored)" : f.label(); }
                    @Override public Field fromString(String s) { return null; }
                });
                box.valueProperty().addListener((obs, old, now) -> { if (now != null && now != old) viewModel.mapColumn(header, now); });
                Label name = new Label(header);
                name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                mapping.add(name, 0, row);
                mapping.add(box, 1, row++);
            }
        }
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : r.report().problems()) {
            if (lines.size() >= SHOWN_PROBLEMS) break;
            lines.add(p.format());
        }
        if (r.report().problems().size() > SHOWN_PROBLEMS) lines.add("… and " + (r.report().problems().size() - SHOWN_PROBLEMS) + " more");
        problems.getItems().setAll(lines);
    }
}
