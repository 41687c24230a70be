package org.entente.ui.controls;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import org.entente.model.PartialDate;

/**
 * The one way every date field in the app reads and shows dates: ISO both ways; a year ("2022") or a
 * month ("2022-02") reads as its first day; nonsense reads as null. A {@link DatePicker}'s default
 * follows the computer's locale (1/1/2022), which the rest of the app never shows.
 */
public class IsoDateConverter extends StringConverter<LocalDate> {

    /** Makes {@code picker} read and show dates like every other date field. */
    public static DatePicker iso(DatePicker picker) {
        picker.setConverter(new IsoDateConverter());
        picker.setPromptText("YYYY-MM-DD");
        return picker;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return PartialDate.parse(text.trim()).earliest();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
