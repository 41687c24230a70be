package org.entente.ui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of an item form: its label, its text, whether it is a list (comma separated ids or words),
 * and where its suggestions come from (known kinds, types, regions, actors, sources).
 */
public final class FormField {

    /** How the dialog offers values. */
    public enum Shape { TEXT, LONG_TEXT, CHOICE, LIST }

    private final String key;
    private final String label;
    private final Shape shape;
    private final Supplier<List<String>> suggestions;
    private final StringProperty text = new SimpleStringProperty();

    public FormField(String key, String label, Shape shape, Supplier<List<String>> suggestions, String initial) {
        this.key = key;
        this.label = label;
        this.shape = shape;
        this.suggestions = suggestions == null ? List::of : suggestions;
        this.text.set(initial == null ? "" : initial);
    }

    public String key() { return key; }
    public String label() { return label; }
    public Shape shape() { return shape; }
    public List<String> suggestions() { return suggestions.get(); }
    public StringProperty textProperty() { return text; }
    public String text() { return text.get() == null ? "" : text.get(); }
    public void setText(String value) { text.set(value); }

    /** The text trimmed, or null when blank (an optional field left empty). */
    public String value() {
        String t = text().strip();
        return t.isEmpty() ? null : t;
    }

    /** The text as a list: comma-separated values, trimmed, blanks dropped. */
    public List<String> values() {
        List<String> out = new ArrayList<>();
        for (String s : Arrays.asList(text().split(","))) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    /** Adds a suggestion to a list field (after a comma), or sets a single field. */
    public void pick(String suggestion) {
        if (shape != Shape.LIST || text().isBlank()) {
            setText(suggestion);
        } else if (!values().contains(suggestion)) {
            setText(text().strip().replaceAll(",\\s*$", "") + ", " + suggestion);
        }
    }
}
