package org.entente.logic.io.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** Gson helpers the JSON importers share: parsing with a located message, and null-safe field access. */
final class JsonInput {

    private JsonInput() {
    }

    /** The parsed file, or null after reporting why it is not JSON. */
    static JsonElement parse(ImportInput input, ImportContext context, String what) {
        try {
            return JsonParser.parseString(input.text());
        } catch (RuntimeException e) {
            String m = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            context.report().error(input.name(), "", "not readable " + what + " JSON: " + Quote.of(m));
            return null;
        }
    }

    /** The first of {@code keys} that is a string or number in {@code o}, as trimmed text. */
    static String str(JsonObject o, String... keys) {
        if (o == null) return null;
        for (String k : keys) {
            JsonElement e = o.get(k);
            if (e instanceof JsonPrimitive p) {
                String s = Texts.clean(p.getAsString());
                if (s != null) return s;
            }
        }
        return null;
    }

    static JsonObject obj(JsonObject o, String key) {
        return o != null && o.get(key) instanceof JsonObject j ? j : null;
    }

    static JsonArray arr(JsonElement o, String key) {
        return o instanceof JsonObject j && j.get(key) instanceof JsonArray a ? a : null;
    }

    /** The first few hundred characters without white space, for detection. */
    static String squeezedHead(ImportInput input) {
        return input.head(2048).replaceAll("\\s+", "");
    }
}
