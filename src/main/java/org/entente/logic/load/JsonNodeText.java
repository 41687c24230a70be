package org.entente.logic.load;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a positioned JSON value back as compact JSON text: how the loader keeps the fields it does not
 * know ({@link org.entente.model.Dataset#extras()}) so that saving writes them back unchanged.
 */
final class JsonNodeText {

    private JsonNodeText() {
    }

    static String of(JsonNode node) {
        StringWriter out = new StringWriter();
        try {
            JsonWriter w = new JsonWriter(out);
            w.setSerializeNulls(true);
            write(node, w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonWriter w) throws IOException {
        switch (node.type()) {
            case OBJECT -> {
                w.beginObject();
                for (var e : node.members().entrySet()) {
                    w.name(e.getKey());
                    write(e.getValue(), w);
                }
                w.endObject();
            }
            case ARRAY -> {
                w.beginArray();
                for (JsonNode e : node.elements()) write(e, w);
                w.endArray();
            }
            case STRING -> w.value(node.text());
            case NUMBER, BOOLEAN -> w.jsonValue(node.text());
            case NULL -> w.nullValue();
        }
    }
}
