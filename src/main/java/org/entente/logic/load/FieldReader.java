package org.entente.logic.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.entente.logic.load.Dto.Str;
import org.entente.logic.load.Dto.StrList;

/**
 * Reads the fields of one JSON object with their expected types, reporting wrong types, missing required
 * fields and unknown (probably misspelt) fields. One instance per object; {@code what} names the object
 * in messages ("actor 'japan'", "relation #4").
 */
final class FieldReader {

    private final JsonNode object;
    private final String what;
    private final ProblemSink sink;

    private FieldReader(JsonNode object, String what, ProblemSink sink) {
        this.object = object;
        this.what = what;
        this.sink = sink;
    }

    /**
     * A reader for {@code object}, or null (after reporting) when the value is not an object. Unknown
     * fields are reported here once, against the list of fields this kind of object may have.
     */
    static FieldReader of(JsonNode object, String noun, Set<String> knownFields, ProblemSink sink) {
        if (!object.is(JsonNode.Type.OBJECT)) {
            sink.error(object, "expected " + noun + " as an object { ... } but found " + object.describe());
            return null;
        }
        String what = describe(object, noun);
        for (String name : object.members().keySet()) {
            if (!knownFields.contains(name)) {
                sink.warningAtKey(object.member(name), what + " has an unknown field '" + name + "'"
                        + Texts.didYouMean(name, knownFields) + "; it is ignored");
            }
        }
        return new FieldReader(object, what, sink);
    }

    /**
     * "actor 'japan'" when the object has a usable id (or a label, for figures), else "actor #3" (1-based,
     * as people count).
     */
    static String describe(JsonNode object, String noun) {
        for (String name : new String[] {"id", "label"}) {
            JsonNode id = object.member(name);
            if (id != null && id.is(JsonNode.Type.STRING) && !id.text().isBlank()) {
                return noun + " '" + Texts.shorten(id.text(), 60) + "'";
            }
        }
        return object.key() == null && object.path().endsWith("]") ? noun + " #" + (index(object) + 1) : noun;
    }

    private static int index(JsonNode node) {
        String p = node.path();
        return Integer.parseInt(p.substring(p.lastIndexOf('[') + 1, p.length() - 1));
    }

    JsonNode object() {
        return object;
    }

    String what() {
        return what;
    }

    Str optionalString(String name) {
        JsonNode v = present(name);
        if (v == null) return null;
        if (!v.is(JsonNode.Type.STRING)) {
            sink.error(v, what + ": '" + name + "' must be a string but is " + v.describe());
            return null;
        }
        return new Str(v.text(), v);
    }

    /** A required string that must not be blank (except ids, whose emptiness the validator reports). */
    Str requiredString(String name) {
        return requiredString(name, name.equals("id"));
    }

    /** A required string; {@code mayBeEmpty} for values where "" means something (a figure that is a plain count has no unit). */
    Str requiredString(String name, boolean mayBeEmpty) {
        if (present(name) == null) {
            missing(name);
            return null;
        }
        Str s = optionalString(name);
        if (s != null && s.isBlank() && !mayBeEmpty) {
            sink.error(s.at(), what + ": '" + name + "' is empty");
        }
        return s;
    }

    /** A finite number; null (after reporting) when missing, not a number or out of range. */
    Double requiredNumber(String name) {
        JsonNode v = present(name);
        if (v == null) {
            missing(name);
            return null;
        }
        if (!v.is(JsonNode.Type.NUMBER)) {
            sink.error(v, what + ": '" + name + "' must be a number but is " + v.describe()
                    + (v.is(JsonNode.Type.STRING) ? " (write it without quotes)" : ""));
            return null;
        }
        double d = Double.parseDouble(v.text());
        if (!Double.isFinite(d)) {
            sink.error(v, what + ": the number " + v.text() + " in '" + name + "' is too large");
            return null;
        }
        return d;
    }

    StrList optionalStrings(String name) {
        JsonNode v = present(name);
        if (v == null) return null;
        if (!v.is(JsonNode.Type.ARRAY)) {
            sink.error(v, what + ": '" + name + "' must be a list [ ... ] of strings but is " + v.describe());
            return null;
        }
        List<Str> items = new ArrayList<>(v.size());
        for (JsonNode e : v.elements()) {
            if (e.is(JsonNode.Type.STRING)) {
                items.add(new Str(e.text(), e));
            } else {
                sink.error(e, what + ": every entry of '" + name + "' must be a string but this one is " + e.describe());
            }
        }
        return new StrList(items, v);
    }

    StrList requiredStrings(String name) {
        if (present(name) == null) {
            missing(name);
            return null;
        }
        return optionalStrings(name);
    }

    /** The objects of a list field, each read by {@code read} (which may return null for a broken one). */
    <T> List<T> objects(String name, boolean required, Function<JsonNode, T> read) {
        JsonNode v = present(name);
        if (v == null) {
            if (required) missing(name);
            return List.of();
        }
        if (!v.is(JsonNode.Type.ARRAY)) {
            sink.error(v, what + ": '" + name + "' must be a list [ ... ] but is " + v.describe());
            return List.of();
        }
        List<T> out = new ArrayList<>(v.size());
        for (JsonNode e : v.elements()) {
            T t = read.apply(e);
            if (t != null) out.add(t);
        }
        return out;
    }

    /** The member, or null when absent or JSON null (an explicit null means "not given"). */
    private JsonNode present(String name) {
        JsonNode v = object.member(name);
        return v == null || v.is(JsonNode.Type.NULL) ? null : v;
    }

    private void missing(String name) {
        sink.error(object, what + " has no '" + name + "' (it is required)");
    }
}
