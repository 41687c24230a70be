package org.entente.logic.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads JSON text into a {@link JsonNode} tree that remembers the line and column of every value, using
 * Gson's strict streaming {@link JsonReader}. Syntax errors become one problem with a plain-language
 * message (JSON cannot be read past its first syntax error), and nesting is capped so that a hostile
 * or broken file cannot exhaust the stack.
 */
final class JsonTreeReader {

    /** Deepest nesting accepted; an entente file needs six levels. */
    static final int MAX_DEPTH = 64;

    private final String text;
    private final ProblemSink sink;
    private JsonReader reader;
    private boolean rootDone;

    private JsonTreeReader(String text, ProblemSink sink) {
        this.text = text;
        this.sink = sink;
    }

    /** The tree, or null after reporting why the text is not readable JSON. */
    static JsonNode read(String text, ProblemSink sink) {
        return new JsonTreeReader(text, sink).read();
    }

    private JsonNode read() {
        reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonNode root = value(null, null, 0, 0, 0, 1);
            rootDone = true;
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedTextException("more");
            }
            return root;
        } catch (TooDeepException e) {
            sink.error(e.line, e.column, e.path, "the data is nested more than " + MAX_DEPTH
                    + " levels deep; an entente file needs at most 6 (lists of items holding figures), so the file is not read further");
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            int[] at = position();
            sink.error(at[0], at[1], reader.getPath(), explain(e, at));
        }
        return null;
    }

    private JsonNode value(JsonNode parent, String key, int index, int keyLine, int keyColumn, int depth) throws IOException {
        JsonToken token = reader.peek();
        int[] at = position();
        int line = at[0];
        switch (token) {
            case BEGIN_OBJECT -> {
                JsonNode node = new JsonNode(JsonNode.Type.OBJECT, parent, key, index, line, at[1] - 1, keyLine, keyColumn, null);
                checkDepth(node, depth);
                reader.beginObject();
                while (reader.hasNext()) {
                    reader.peek();
                    int[] k = position();
                    String name = reader.nextName();
                    JsonNode child = value(node, name, 0, k[0], k[1] - 1, depth + 1);
                    JsonNode first = node.member(name);
                    if (first != null) {
                        sink.error(child.keyLine(), child.keyColumn(), node.path(), "the field '" + name
                                + "' appears twice in this object (first at line " + first.keyLine() + "); only the first is read");
                    }
                    node.add(child);
                }
                reader.endObject();
                return node;
            }
            case BEGIN_ARRAY -> {
                JsonNode node = new JsonNode(JsonNode.Type.ARRAY, parent, key, index, line, at[1] - 1, keyLine, keyColumn, null);
                checkDepth(node, depth);
                reader.beginArray();
                int i = 0;
                while (reader.hasNext()) {
                    node.add(value(node, null, i++, 0, 0, depth + 1));
                }
                reader.endArray();
                return node;
            }
            case STRING -> {
                JsonNode node = new JsonNode(JsonNode.Type.STRING, parent, key, index, line, at[1] - 1, keyLine, keyColumn, reader.nextString());
                int lone = Quoted.firstLoneSurrogate(node.text());
                if (lone >= 0) {
                    sink.error(node, "the text " + Quoted.of(node.text(), 40) + " holds a lone surrogate (\\u"
                            + String.format("%04X", (int) node.text().charAt(lone)) + ") at character " + (lone + 1)
                            + ": half of a character, which cannot be saved or exported; remove it or write the whole pair");
                }
                return node;
            }
            case NUMBER, BOOLEAN, NULL -> {
                // Gson's peek() leaves the position before or after a literal depending on its kind, so
                // take it after consuming the literal (never multi-line) and step back over its text.
                String literal = token == JsonToken.NUMBER ? reader.nextString()
                        : token == JsonToken.BOOLEAN ? Boolean.toString(reader.nextBoolean()) : nullLiteral();
                int[] end = position();
                JsonNode.Type type = token == JsonToken.NUMBER ? JsonNode.Type.NUMBER
                        : token == JsonToken.BOOLEAN ? JsonNode.Type.BOOLEAN : JsonNode.Type.NULL;
                return new JsonNode(type, parent, key, index, end[0], end[1] - literal.length(), keyLine, keyColumn, literal);
            }
            default -> throw new MalformedTextException("unexpected " + token);
        }
    }

    private String nullLiteral() throws IOException {
        reader.nextNull();
        return "null";
    }

    private static void checkDepth(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TooDeepException(node.line(), node.column(), node.path());
        }
    }

    /** The reader's current line and column (1-based), see {@link ReaderPosition}. */
    private int[] position() {
        return ReaderPosition.of(reader);
    }

    /** Gson's message turned into one a curator understands, naming the text found at the place. */
    private String explain(Exception e, int[] at) {
        return JsonSyntax.explain(e, text, at[0], at[1], rootDone, "the dataset",
                "the file is empty: expected a JSON object { \"schema\": \"entente/1\", ... }");
    }

    /** The text is not JSON where the reader stands. */
    private static final class MalformedTextException extends IOException {
        MalformedTextException(String message) {
            super(message);
        }
    }

    /** Nesting went past {@link #MAX_DEPTH}. */
    private static final class TooDeepException extends RuntimeException {
        final int line;
        final int column;
        final String path;

        TooDeepException(int line, int column, String path) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
            this.path = path;
        }
    }
}
