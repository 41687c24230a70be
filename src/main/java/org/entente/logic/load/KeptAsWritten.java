package org.entente.logic.load;

import java.util.Optional;

import org.entente.model.Dataset;

/**
 * The text a file opened to fix had for a field the model could not hold (an unreadable date, an end
 * before the start), kept as written among the item's unknown fields: forms show it, so the user corrects
 * what was typed instead of facing an empty field.
 */
public final class KeptAsWritten {

    private KeptAsWritten() {
    }

    /** The text kept for {@code field} of the item with extras key {@code key}; empty when none or not a text. */
    public static Optional<String> text(Dataset d, String key, String field) {
        String json = d.extrasOf(key).get(field);
        if (json == null) return Optional.empty();
        try {
            var value = com.google.gson.JsonParser.parseString(json);
            return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? Optional.of(value.getAsString()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
