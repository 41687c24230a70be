package org.entente.logic.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JSON value together with where it was written (line and column, 1-based) and how to reach it
 * ({@code $.relations[3].from}). Gson's own tree forgets positions, and a curator fixing a 5,000-line
 * file needs them for every problem, not only for syntax errors.
 */
final class JsonNode {

    /** The JSON type of a value, named the way a curator would say it. */
    enum Type {
        OBJECT("an object"), ARRAY("a list"), STRING("a string"), NUMBER("a number"), BOOLEAN("true/false"), NULL("null");

        private final String article;

        Type(String article) {
            this.article = article;
        }

        /** "an object", "a list", ... for messages. */
        String describe() {
            return article;
        }
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Type type;
    private final JsonNode parent;
    private final String key;
    private final int index;
    private final int line;
    private final int column;
    private final int keyLine;
    private final int keyColumn;
    private final String text;
    private Map<String, JsonNode> members;
    private List<JsonNode> elements;

    JsonNode(Type type, JsonNode parent, String key, int index, int line, int column, int keyLine, int keyColumn, String text) {
        this.type = type;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.line = line;
        this.column = column;
        this.keyLine = keyLine;
        this.keyColumn = keyColumn;
        this.text = text;
        if (type == Type.OBJECT) members = new LinkedHashMap<>();
        if (type == Type.ARRAY) elements = new ArrayList<>();
    }

    Type type() { return type; }
    boolean is(Type t) { return type == t; }
    int line() { return line; }
    int column() { return column; }

    /** Where the member's name was written (for "unknown field"); the value's position for array elements. */
    int keyLine() { return key == null ? line : keyLine; }
    int keyColumn() { return key == null ? column : keyColumn; }

    /** The member name under which this value sits in its parent object, or null. */
    String key() { return key; }

    /** The raw text of a string, number or boolean value. */
    String text() { return text; }

    /** Members of an object, in file order; empty for other types. */
    Map<String, JsonNode> members() {
        return members == null ? Map.of() : Collections.unmodifiableMap(members);
    }

    /** Elements of a list; empty for other types. */
    List<JsonNode> elements() {
        return elements == null ? List.of() : Collections.unmodifiableList(elements);
    }

    JsonNode member(String name) {
        return members == null ? null : members.get(name);
    }

    void add(JsonNode child) {
        if (type == Type.OBJECT) members.putIfAbsent(child.key, child);
        else elements.add(child);
    }

    int size() {
        return type == Type.OBJECT ? members.size() : type == Type.ARRAY ? elements.size() : 0;
    }

    /** The JSON path, computed on demand so that large files do not pay for a string per value. */
    String path() {
        if (parent == null) return "$";
        String up = parent.path();
        if (key == null) return up + "[" + index + "]";
        return PLAIN_NAME.matcher(key).matches() ? up + "." + key : up + "['" + key.replace("'", "\\'") + "']";
    }

    /** The type and, for short scalars, the value itself: {@code a number (42)}, {@code an object}. */
    String describe() {
        if (type == Type.STRING) return "a string (" + Quoted.of(text, 40) + ")";
        if (type == Type.NUMBER || type == Type.BOOLEAN) return type.describe() + " (" + Texts.shorten(text, 40) + ")";
        return type.describe();
    }
}
