package org.entente.ui.animate;

import java.time.LocalDate;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.entente.logic.animate.FrameStep;
import org.entente.ui.export.ExportView;

/**
 * File → Export animation…: the range and step of the frames, the view, the frame size and speed. The
 * data, filter, focus and theme come from what the window shows, so the animation plays what the class
 * has been looking at.
 */
final class AnimationDialog extends Dialog<AnimationDialog.Choice> {

    /** What the user chose; the rest of the request comes from the window's state. */
    record Choice(LocalDate from, LocalDate to, FrameStep step, ExportView view, int width, int height, double fps) {
    }

    /** Frame sizes offered: a projector, a video, a small one for the web. */
    record Size(String label, int width, int height) {
        @Override public String toString() { return label; }
    }

    static final Size[] SIZES = {
            new Size("1280 x 720 (HD video)", 1280, 720),
            new Size("1024 x 768 (projector)", 1024, 768),
            new Size("1920 x 1080 (Full HD)", 1920, 1080),
            new Size("800 x 450 (web page)", 800, 450),
    };

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ChoiceBox<FrameStep> step = new ChoiceBox<>();
    final ChoiceBox<ExportView> view = new ChoiceBox<>();
    final ChoiceBox<Size> size = new ChoiceBox<>();
    final Spinner<Integer> fps = new Spinner<>(1, 25, 4);

    AnimationDialog(Window owner, LocalDate start, LocalDate end) {
        if (owner != null) initOwner(owner);
        setTitle("Export animation");
        setHeaderText("Play a time range into an animated GIF (or a PNG sequence for a video tool)");
        from.setValue(start);
        from.setId("animate-from");
        to.setValue(end);
        to.setId("animate-to");
        step.getItems().setAll(FrameStep.values());
        step.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(FrameStep s) {
                return s == null ? "" : switch (s) {
                    case MONTH -> "A frame a month";
                    case YEAR -> "A frame a year";
                    case EVENTS -> "A frame per event or change";
                };
            }
            @Override public FrameStep fromString(String s) { return null; }
        });
        step.setValue(FrameStep.MONTH);
        view.getItems().setAll(ExportView.values());
        view.setValue(ExportView.GRAPH);
        size.getItems().setAll(SIZES);
        size.setValue(SIZES[0]);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        grid.addRow(2, new Label("Frames"), step);
        grid.addRow(3, new Label("View"), view);
        grid.addRow(4, new Label("Size"), size);
        grid.addRow(5, new Label("Frames per second"), fps);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(new ButtonType("Export…", ButtonType.OK.getButtonData()), ButtonType.CANCEL);
        getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).disableProperty().bind(
                from.valueProperty().isNull().or(to.valueProperty().isNull()));
        setResultConverter(b -> b.getButtonData().isCancelButton() ? null : choice());
    }

    Choice choice() {
        Size s = size.getValue();
        return new Choice(from.getValue(), to.getValue(), step.getValue(), view.getValue(), s.width(), s.height(), fps.getValue());
    }
}
