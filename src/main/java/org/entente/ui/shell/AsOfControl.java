package org.entente.ui.shell;

import org.entente.ui.controls.IsoDateConverter;
import org.entente.ui.state.AppState;

import java.time.Clock;
import java.time.LocalDate;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.entente.ui.controls.LazyTooltip;


/**
 * The toolbar's "As of" date: a date picker showing and setting {@link AppState#asOfProperty()}, and a
 * Today button. The as-of date decides what the graph shows, so it must be visible and editable even
 * when the timeline is hidden (presentation mode, a small window).
 * <p>
 * Dates are typed as {@code YYYY-MM-DD}; {@code YYYY} or {@code YYYY-MM} mean its first day. Text that
 * is not a date is ignored and the field shows the current date again.
 */
public final class AsOfControl extends HBox {

    private final DatePicker picker = new DatePicker();
    private boolean updating;

    public AsOfControl(AppState state, Clock clock) {
        getStyleClass().add("as-of-control");
        setId("as-of-control");
        Label label = new Label("As of");
        label.setLabelFor(picker);
        label.getStyleClass().add("as-of-label");
        picker.setId("as-of-picker");
        picker.setConverter(new IsoConverter());
        picker.setPromptText("YYYY-MM-DD");
        LazyTooltip.set(picker, "The graph shows the ties that hold on this day. Type YYYY-MM-DD, or pick a day.");
        picker.setValue(state.getAsOf());
        picker.valueProperty().addListener((obs, old, now) -> {
            if (updating) return;
            if (now == null) {
                show(state.getAsOf());
            } else {
                state.asOfProperty().set(now);
            }
        });
        state.asOfProperty().addListener((obs, old, now) -> show(now));
        Button today = new Button("Today");
        today.setId("as-of-today");
        LazyTooltip.set(today, "Show how things stand today");
        today.setOnAction(e -> state.asOfProperty().set(LocalDate.now(clock)));
        getChildren().addAll(label, picker, today);
    }

    private void show(LocalDate date) {
        updating = true;
        try {
            picker.setValue(date);
        } finally {
            updating = false;
        }
    }

    public DatePicker picker() {
        return picker;
    }

    /** ISO dates both ways, as every date field reads them (see {@link IsoDateConverter}). */
    static final class IsoConverter extends IsoDateConverter {
    }
}
