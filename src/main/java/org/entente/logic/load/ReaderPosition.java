package org.entente.logic.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.stream.JsonReader;

/**
 * Where a Gson {@link JsonReader} stands, as a 1-based line and column. Gson publishes the position only
 * in {@code toString()} ("JsonReader at line 3 column 9 path $.a"), whose path part costs a string per
 * call and made large files several times slower to load; so the private counters are read directly
 * when the runtime allows it, and the published text is parsed otherwise. Both give the same numbers
 * (a test checks this).
 */
final class ReaderPosition {

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");
    private static final VarHandle POS;
    private static final VarHandle LINE_NUMBER;
    private static final VarHandle LINE_START;

    static {
        VarHandle pos = null;
        VarHandle lineNumber = null;
        VarHandle lineStart = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(JsonReader.class, MethodHandles.lookup());
            pos = lookup.findVarHandle(JsonReader.class, "pos", int.class);
            lineNumber = lookup.findVarHandle(JsonReader.class, "lineNumber", int.class);
            lineStart = lookup.findVarHandle(JsonReader.class, "lineStart", int.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            pos = null;
        }
        POS = pos;
        LINE_NUMBER = lineNumber;
        LINE_START = lineStart;
    }

    private ReaderPosition() {
    }

    static int[] of(JsonReader reader) {
        if (POS != null) {
            return fast(reader);
        }
        return published(reader);
    }

    /** From the private counters, computed exactly as Gson's {@code locationString()} does. */
    static int[] fast(JsonReader reader) {
        int pos = (int) POS.get(reader);
        return new int[] {(int) LINE_NUMBER.get(reader) + 1, pos - (int) LINE_START.get(reader) + 1};
    }

    /** From {@code toString()}: slower, but uses only what Gson publishes. */
    static int[] published(JsonReader reader) {
        Matcher m = LOCATION.matcher(reader.toString());
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
    }

    static boolean usesPrivateCounters() {
        return POS != null;
    }
}
