package org.entente.logic.load;

import java.io.EOFException;

import com.google.gson.stream.JsonReader;

/**
 * Shared by every JSON file Entente reads (datasets, tours, saved views): where a strict Gson reader
 * stands, and its syntax errors said in words with the text found at the place, never Gson's own hints.
 */
public final class JsonSyntax {

    private JsonSyntax() {
    }

    /** The reader's current line and column (1-based). */
    public static int[] position(JsonReader reader) {
        return ReaderPosition.of(reader);
    }

    /**
     * Gson's message turned into one a user understands, naming the text found at the place.
     *
     * @param afterRoot true when the one top-level value was read completely and more text followed
     * @param what      what the file holds, for "unexpected text after the end of {@code what}"
     * @param whenEmpty the message for a file holding nothing but blanks
     */
    public static String explain(Exception e, String text, int line, int column, boolean afterRoot, String what, String whenEmpty) {
        return explain(e, text.isBlank(), near(text, line, column), afterRoot, what, whenEmpty);
    }

    /**
     * The same for text that is read as a stream and not kept whole.
     *
     * @param blank true when the text held nothing but blanks
     * @param near  " near 'xyz'" quoting the text at the place, or ""
     */
    static String explain(Exception e, boolean blank, String near, boolean afterRoot, String what, String whenEmpty) {
        String raw = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof EOFException || raw.startsWith("End of input")) {
            return blank ? whenEmpty
                    : "the file ends too early (is it truncated?): a closing '}', ']' or '\"' is missing";
        }
        if (afterRoot) {
            return "unexpected text after the end of " + what + near + ": the file must hold exactly one JSON object";
        }
        if (raw.startsWith("Unterminated string")) return "a string is not closed: a '\"' is missing";
        if (raw.startsWith("Unterminated object")) return "expected ',' or '}' after a field" + near;
        if (raw.startsWith("Unterminated array")) return "expected ',' or ']' after a list element" + near;
        if (raw.startsWith("Expected ':'")) return "expected ':' after a field name" + near;
        if (raw.startsWith("Expected name")) return "expected a field name in double quotes" + near;
        if (raw.startsWith("Expected value")) return "expected a value (a string, number, object or list)" + near;
        if (raw.startsWith("Unescaped control characters")) {
            return "a control character inside a string" + near + " (binary data, or a line break that should be written \\n)";
        }
        if (raw.contains("escape sequence")) return "a string has an invalid escape sequence" + near + " (write \\\\ for a backslash)";
        if (raw.contains("JSON forbids NaN")) return "NaN and Infinity are not numbers in JSON" + near;
        return "not valid JSON here" + near + " (look for a missing comma or quote, a trailing comma, single quotes or a comment)";
    }

    /** " near 'xyz'" quoting the text around the place, or "" when there is none. */
    static String near(String text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start);
            if (start >= 0) start++;
        }
        if (start < 0) return "";
        int end = text.indexOf('\n', start);
        String lineText = end < 0 ? text.substring(start) : text.substring(start, end);
        int from = Math.max(0, Math.min(lineText.length(), column - 2));
        String snippet = lineText.substring(from).strip();
        return snippet.isEmpty() ? "" : " near '" + Texts.shorten(snippet, 20) + "'";
    }

}
