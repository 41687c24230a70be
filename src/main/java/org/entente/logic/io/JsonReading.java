package org.entente.logic.io;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.load.Problem;
import org.entente.logic.load.Severity;
import org.entente.logic.tour.Camera;

/**
 * Reads fields of a small JSON document (a tour, a saved view) and collects a {@link Problem} for each
 * wrong value, naming the file, the JSON path and the value, so the user can fix every mistake in one go.
 */
final class JsonReading {

    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    JsonReading(String file) {
        this.file = file;
    }

    List<Problem> problems() { return problems; }

    boolean hasErrors() { return problems.stream().anyMatch(Problem::isError); }

    void error(String path, String message) {
        problems.add(new Problem(file, 0, 0, path, Severity.ERROR, message));
    }

    /** The top-level object, or null (with a problem) when the text is not a JSON object. */
    JsonObject parse(Reader reader) {
        try {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                error("$", "expected a JSON object at the top, found " + describe(root));
                return null;
            }
            return root.getAsJsonObject();
        } catch (JsonParseException e) {
            String msg = e.getMessage() == null ? "not valid JSON" : e.getMessage();
            Matcher m = WHERE.matcher(msg);
            int line = 0;
            int column = 0;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            problems.add(new Problem(file, line, column, "", Severity.ERROR, "not valid JSON: " + firstLine(cause.getMessage())));
            return null;
        } catch (RuntimeException e) {
            error("$", "cannot read: " + e.getMessage());
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
            if (required) error(path + "." + key, "missing '" + key + "'");
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            error(path + "." + key, "expected text, found " + describe(e));
            return null;
        }
        return e.getAsString();
    }

    LocalDate date(JsonObject o, String key, String path, boolean required) {
        String text = string(o, key, path, required);
        if (text == null) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException ex) {
            error(path + "." + key, "expected a date like 2025-04-09, found '" + text + "'");
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
            error(path + "." + key, "expected a finite number, found " + e);
            return fallback;
        }
        return v;
    }

    int integer(JsonObject o, String key, String path, int fallback, int min, int max) {
        double v = number(o, key, path, fallback);
        if (v != Math.rint(v) || v < min || v > max) {
            error(path + "." + key, "expected a whole number from " + min + " to " + max + ", found " + o.get(key));
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

    Camera camera(JsonObject o, String key, String path) {
        JsonObject c = object(o, key, path);
        if (c == null) return null;
        String at = path + "." + key;
        double zoom = number(c, "zoom", at, 1);
        if (zoom <= 0) {
            error(at + ".zoom", "expected a zoom above 0, found " + c.get("zoom"));
            zoom = 1;
        }
        return new Camera(number(c, "centreX", at, 0), number(c, "centreY", at, 0), zoom);
    }

    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) return "null";
        if (e.isJsonObject()) return "an object";
        if (e.isJsonArray()) return "a list";
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isString()) return "'" + p.getAsString() + "'";
        return p.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "unexpected content";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
