package org.entente.logic.io;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.entente.logic.load.JsonSyntax;
import org.entente.logic.load.Quoted;

/**
 * Reads the text of a small JSON file (a tour, a saved view) as strictly as the dataset loader does: no
 * comments, single quotes, unquoted names or other leniencies, no field written twice, no half
 * characters (lone surrogates), at most {@value #MAX_DEPTH} levels of nesting. It remembers where every
 * value was written, by JSON path, so that every later problem can name its line and column too.
 */
final class StrictJson {

    /** Deepest nesting accepted; a tour needs four levels. */
    static final int MAX_DEPTH = 32;

    /** What went wrong, with its place; the message is in words. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final String path;

        Failure(int line, int column, String path, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
            this.path = path;
        }
    }

    private final String text;
    private final String what;
    private final Map<String, int[]> positions = new HashMap<>();
    private JsonReader reader;
    private boolean rootDone;

    private StrictJson(String text, String what) {
        this.text = text;
        this.what = what;
    }

    /** The parsed value and where each path was written. */
    record Parsed(JsonElement root, Map<String, int[]> positions) {
    }

    /** Parses {@code text}; {@code what} names the file's kind in messages ("the tour"). */
    static Parsed parse(String text, String what) throws Failure {
        return new StrictJson(text, what).read();
    }

    private Parsed read() throws Failure {
        reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = value("$", 1);
            rootDone = true;
            if (reader.peek() != JsonToken.END_DOCUMENT) throw new IOException("more");
            return new Parsed(root, positions);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            int[] at = JsonSyntax.position(reader);
            throw new Failure(at[0], at[1], "", JsonSyntax.explain(e, text, at[0], at[1], rootDone, what,
                    "the file is empty: expected a JSON object { \"format\": ... }"));
        }
    }

    private JsonElement value(String path, int depth) throws IOException, Failure {
        JsonToken token = reader.peek();
        int[] at = JsonSyntax.position(reader);
        if (depth > MAX_DEPTH) {
            throw new Failure(at[0], at[1], path, "the data is nested more than " + MAX_DEPTH + " levels deep");
        }
        switch (token) {
            case BEGIN_OBJECT -> {
                positions.put(path, new int[] {at[0], Math.max(1, at[1] - 1)});
                JsonObject o = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    reader.peek();
                    int[] k = JsonSyntax.position(reader);
                    String name = reader.nextName();
                    String childPath = path + "." + name;
                    if (o.has(name)) {
                        int[] first = positions.get(childPath);
                        throw new Failure(k[0], Math.max(1, k[1] - 1), path, "the field " + Quoted.of(name)
                                + " appears twice in this object (first at line " + (first == null ? 0 : first[0]) + ")");
                    }
                    lone(name, k, childPath);
                    o.add(name, value(childPath, depth + 1));
                }
                reader.endObject();
                return o;
            }
            case BEGIN_ARRAY -> {
                positions.put(path, new int[] {at[0], Math.max(1, at[1] - 1)});
                JsonArray a = new JsonArray();
                reader.beginArray();
                for (int i = 0; reader.hasNext(); i++) {
                    a.add(value(path + "[" + i + "]", depth + 1));
                }
                reader.endArray();
                return a;
            }
            case STRING -> {
                positions.put(path, new int[] {at[0], Math.max(1, at[1] - 1)});
                String s = reader.nextString();
                lone(s, at, path);
                return new JsonPrimitive(s);
            }
            case NUMBER -> {
                String literal = reader.nextString();
                positions.put(path, literalStart(literal));
                return new JsonPrimitive(new BigDecimal(literal));
            }
            case BOOLEAN -> {
                boolean b = reader.nextBoolean();
                positions.put(path, literalStart(Boolean.toString(b)));
                return new JsonPrimitive(b);
            }
            case NULL -> {
                reader.nextNull();
                positions.put(path, literalStart("null"));
                return JsonNull.INSTANCE;
            }
            default -> throw new IOException("unexpected " + token);
        }
    }

    /** Gson stands after a literal once it is read; step back over its text (literals never span lines). */
    private int[] literalStart(String literal) {
        int[] end = JsonSyntax.position(reader);
        return new int[] {end[0], Math.max(1, end[1] - literal.length())};
    }

    private static void lone(String s, int[] at, String path) throws Failure {
        int i = Quoted.firstLoneSurrogate(s);
        if (i >= 0) {
            throw new Failure(at[0], at[1], path, "the text " + Quoted.of(s, 40) + " holds a lone surrogate (\\u"
                    + String.format("%04X", (int) s.charAt(i)) + ") at character " + (i + 1)
                    + ": half of a character, which cannot be saved; remove it or write the whole pair");
        }
    }
}
