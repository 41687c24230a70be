package org.entente.ui.export;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.entente.ui.theme.Theme;

/**
 * File → Export…: which view, what size (1x, 2x, 4x, 4K or an exact size), current view or everything,
 * which theme, and a transparent background. Returns an {@link ExportRequest}; the file is chosen next.
 */
public final class ExportDialog extends Dialog<ExportRequest> {

    /** The size choices offered; an exact size when width and height are set. */
    record SizeChoice(String label, double scale, int width, int height) {
        @Override public String toString() { return label; }
    }

    static final SizeChoice[] SIZES = {
            new SizeChoice("1x (natural size)", 1, 0, 0),
            new SizeChoice("2x (sharp on slides)", 2, 0, 0),
            new SizeChoice("4x (print)", 4, 0, 0),
            new SizeChoice("1920 x 1080 (Full HD)", 1, 1920, 1080),
            new SizeChoice("3840 x 2160 (4K)", 1, 3840, 2160),
            new SizeChoice("Custom size…", 1, -1, -1),
    };

    final ChoiceBox<ExportView> view = new ChoiceBox<>();
    final ChoiceBox<SizeChoice> size = new ChoiceBox<>();
    final Spinner<Integer> width = new Spinner<>(16, ExportRequest.MAX_SIDE, 2400, 100);
    final Spinner<Integer> height = new Spinner<>(16, ExportRequest.MAX_SIDE, 1600, 100);
    final RadioButton current = new RadioButton("What the screen shows");
    final RadioButton whole = new RadioButton("The whole graph and time span");
    final ChoiceBox<Theme> theme = new ChoiceBox<>();
    final CheckBox transparent = new CheckBox("Transparent background");

    public ExportDialog(Window owner, Theme currentTheme) {
        initOwner(owner);
        setTitle("Export picture");
        setHeaderText("Export a picture for slides or handouts (PNG or SVG)");
        view.getItems().setAll(ExportView.values());
        view.setValue(ExportView.GRAPH);
        view.setId("export-view");
        size.getItems().setAll(SIZES);
        size.setValue(SIZES[1]);
        size.setId("export-size");
        width.setEditable(true);
        height.setEditable(true);
        HBox custom = new HBox(6, width, new Label("x"), height, new Label("px"));
        custom.disableProperty().bind(size.valueProperty().isNotEqualTo(SIZES[SIZES.length - 1]));
        ToggleGroup scope = new ToggleGroup();
        current.setToggleGroup(scope);
        whole.setToggleGroup(scope);
        current.setSelected(true);
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Theme t) { return t == null ? "" : t.label(); }
            @Override public Theme fromString(String s) { return Theme.parse(s); }
        });
        theme.setValue(currentTheme);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("View"), view);
        grid.addRow(1, new Label("Size"), size);
        grid.addRow(2, new Label(""), custom);
        grid.addRow(3, new Label("Show"), new HBox(12, current, whole));
        grid.addRow(4, new Label("Theme"), theme);
        grid.addRow(5, new Label(""), transparent);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(new ButtonType("Export…", ButtonType.OK.getButtonData()), ButtonType.CANCEL);
        setResultConverter(button -> button.getButtonData().isCancelButton() ? null : request());
    }

    /** The request the dialog's fields describe. */
    ExportRequest request() {
        SizeChoice s = size.getValue();
        int w = s.width() < 0 ? width.getValue() : s.width();
        int h = s.height() < 0 ? height.getValue() : s.height();
        return new ExportRequest(view.getValue(), s.scale(), w, h, whole.isSelected(), theme.getValue(), transparent.isSelected());
    }

    public Optional<ExportRequest> ask() {
        return showAndWait();
    }
}
