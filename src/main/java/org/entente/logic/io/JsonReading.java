package org.entente.logic.io;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.load.Problem;
import org.entente.logic.load.Quoted;
import org.entente.logic.load.Severity;
import org.entente.logic.tour.Camera;

/**
 * Reads fields of a small JSON document (a tour, a saved view) and collects a {@link Problem} for each
 * wrong value, naming the file, the JSON path and the value, so the user can fix every mistake in one go.
 */
final class JsonReading {

    /** A date as tours and views write it: exactly four digits of year, two of month, two of day. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private Map<String, int[]> positions = Map.of();

    JsonReading(String file) {
        this.file = file;
    }

    List<Problem> problems() { return problems; }

    boolean hasErrors() { return problems.stream().anyMatch(Problem::isError); }

    /** An error at {@code path}, placed at the line and column where that value (or the nearest enclosing one) was written. */
    void error(String path, String message) {
        int[] at = null;
        for (String p = path; at == null && p != null; p = parent(p)) at = positions.get(p);
        problems.add(new Problem(file, at == null ? 0 : at[0], at == null ? 0 : at[1], path, Severity.ERROR, message));
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }

    /** The file could not be read at all ({@code why} in words). */
    void refused(String why) {
        problems.add(new Problem(file, 0, 0, "", Severity.ERROR, "cannot read the file: " + why));
    }

    /** The top-level object of {@code text} read strictly, or null (with a positioned problem) when it is not one. */
    JsonObject parse(String text, String what) {
        try {
            StrictJson.Parsed parsed = StrictJson.parse(text, what);
            positions = parsed.positions();
            if (!parsed.root().isJsonObject()) {
                error("$", "expected a JSON object { ... } at the top, found " + describe(parsed.root()));
                return null;
            }
            return parsed.root().getAsJsonObject();
        } catch (StrictJson.Failure f) {
            problems.add(new Problem(file, f.line, f.column, f.path, Severity.ERROR, f.getMessage()));
            return null;
        }
    }

    static void close(Reader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }

    String string(JsonObject o, String key, String path, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) error(path + "." + key, "missing '" + key + "' (it is required)");
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            error(path + "." + key, "'" + key + "' must be text, found " + describe(e));
            return null;
        }
        if (required && e.getAsString().isBlank()) {
            error(path + "." + key, "'" + key + "' is empty; it is required");
            return null;
        }
        return e.getAsString();
    }

    LocalDate date(JsonObject o, String key, String path, boolean required) {
        String text = string(o, key, path, required);
        if (text == null) return null;
        if (!DAY.matcher(text).matches()) {
            error(path + "." + key, "expected a date like 2025-04-09 (four-digit year, no spaces), found " + Quoted.of(text));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            error(path + "." + key, Quoted.of(text) + " is not a real date");
            return null;
        }
    }

    double number(JsonObject o, String key, String path, double fallback) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) return fallback;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            error(path + "." + key, "expected a number, found " + describe(e));
            return fallback;
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v)) {
            error(path + "." + key, "expected a number, found one too large to use (" + Quoted.of(e.toString(), 30) + ")");
            return fallback;
        }
        return v;
    }

    int integer(JsonObject o, String key, String path, int fallback, int min, int max) {
        double v = number(o, key, path, fallback);
        if (v != Math.rint(v) || v < min || v > max) {
            error(path + "." + key, "expected a whole number from " + min + " to " + max + ", found " + describe(o.get(key)));
            return fallback;
        }
        return (int) v;
    }

    boolean bool(JsonObject o, String key, String path) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) return false;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            error(path + "." + key, "expected true or false, found " + describe(e));
            return false;
        }
        return e.getAsBoolean();
    }

    JsonObject object(JsonObject o, String key, String path) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) return null;
        if (!e.isJsonObject()) {
            error(path + "." + key, "expected an object, found " + describe(e));
            return null;
        }
        return e.getAsJsonObject();
    }

    JsonArray array(JsonObject o, String key, String path) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) return null;
        if (!e.isJsonArray()) {
            error(path + "." + key, "expected a list, found " + describe(e));
            return null;
        }
        return e.getAsJsonArray();
    }

    List<String> strings(JsonObject o, String key, String path) {
        JsonArray a = array(o, key, path);
        List<String> out = new ArrayList<>();
        if (a == null) return out;
        for (int i = 0; i < a.size(); i++) {
            JsonElement e = a.get(i);
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                out.add(e.getAsString());
            } else {
                error(path + "." + key + "[" + i + "]", "expected text, found " + describe(e));
            }
        }
        return out;
    }

    Set<String> stringSet(JsonObject o, String key, String path) {
        return new LinkedHashSet<>(strings(o, key, path));
    }

    FilterCriteria filter(JsonObject o, String key, String path) {
        JsonObject f = object(o, key, path);
        if (f == null) return FilterCriteria.NONE;
        String at = path + "." + key;
        return new FilterCriteria(stringSet(f, "kinds", at), stringSet(f, "relationTypes", at), stringSet(f, "regions", at),
                bool(f, "onlyDisputed", at), integer(f, "minTies", at, 0, 0, 1000), bool(f, "hideIsolated", at));
    }

    /** The camera, or null when absent; every wrong part is an error (a wrong camera is never replaced by a default). */
    Camera camera(JsonObject o, String key, String path) {
        JsonObject c = object(o, key, path);
        if (c == null) return null;
        String at = path + "." + key;
        int before = problems.size();
        double zoom = number(c, "zoom", at, 1);
        if (problems.size() == before && !(zoom > 0 && zoom <= 1e6)) {
            error(at + ".zoom", "expected a zoom above 0 and at most 1000000, found " + describe(c.get("zoom")));
        }
        double x = number(c, "centreX", at, 0);
        double y = number(c, "centreY", at, 0);
        return problems.size() == before ? new Camera(x, y, zoom) : null;
    }

    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) return "null";
        if (e.isJsonObject()) return "an object";
        if (e.isJsonArray()) return "a list";
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isString()) return Quoted.of(p.getAsString());
        return Quoted.escape(p.toString(), 30);
    }

}
