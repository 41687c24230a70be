package org.entente.logic.load;

import java.util.regex.Pattern;

/**
 * Where a value was written (line and column, 1-based) and how to reach it ({@code $.relations[3].from}).
 * The loader streams the file and keeps one small place per value instead of a JSON tree, so a curator
 * still gets a position for every problem while a 200 MB file fits in a few bytes of memory per byte.
 * The path is spelt out only when a problem is reported.
 */
class Place {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Place parent;
    private final String key;
    private final int index;
    private final int line;
    private final int column;

    /**
     * @param parent the object or list holding this value, null for the file's top value
     * @param key    the member name under which the value sits in an object, or null for a list element
     * @param index  the element's index in its list (unused for members)
     */
    Place(Place parent, String key, int index, int line, int column) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.line = line;
        this.column = column;
    }

    final int line() {
        return line;
    }

    final int column() {
        return column;
    }

    /** True for an element of a list ({@code $.actors[2]}), false for a member or the top value. */
    final boolean isElement() {
        return key == null && parent != null;
    }

    /** The 0-based index of a list element. */
    final int index() {
        return index;
    }

    /** The JSON path, computed on demand so that large files do not pay for a string per value. */
    final String path() {
        if (parent == null) return "$";
        String up = parent.path();
        if (key == null) return up + "[" + index + "]";
        return PLAIN_NAME.matcher(key).matches() ? up + "." + key : up + "['" + key.replace("'", "\\'") + "']";
    }

    /** The id (or, for figures, the label) that names an object in messages; null when it has none. */
    String label() {
        return null;
    }

    /** An object of the file (the dataset, an item, a figure, a position), named by its id once read. */
    static final class Item extends Place {
        private String label;
        /** The object's fields this version does not know, as JSON text, kept for saving; null when none. */
        private java.util.Map<String, String> extras;

        Item(Place parent, String key, int index, int line, int column) {
            super(parent, key, index, line, column);
        }

        void label(String label) {
            this.label = label;
        }

        void extra(String name, String json) {
            if (extras == null) extras = new java.util.LinkedHashMap<>();
            extras.putIfAbsent(name, json);
        }

        /** Unknown fields of this object (name to JSON text, in file order); empty when none. */
        java.util.Map<String, String> extras() {
            return extras == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(extras);
        }

        @Override
        String label() {
            return label;
        }
    }
}
