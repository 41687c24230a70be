package org.entente.ui.data;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One column of a data table: its heading, how a row shows the value, and (when editable in place) how a
 * typed value makes the changed item; the setter throws {@link IllegalArgumentException} with a message
 * for a value it cannot take ("'2025-13' is not a date").
 */
public record DataColumn<T>(String heading, Function<T, String> value, BiFunction<T, String, T> set) {

    public boolean editable() {
        return set != null;
    }
}
