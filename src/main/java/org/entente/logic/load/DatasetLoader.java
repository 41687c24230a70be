package org.entente.logic.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * Reads an {@code entente/1} JSON dataset into the model. It never throws for a user's mistake: every
 * problem comes back in the {@link LoadResult}, and a dataset only when there are no errors.
 * <p>
 * FOUNDATION VERSION: maps a well-formed file; the full validating loader (line and column for every
 * problem, all rules) replaces the body while keeping this API.
 */
public class DatasetLoader {

    /** Classpath location of the bundled dataset. */
    public static final String BUNDLED_RESOURCE = "/org/entente/seeds/entente.json";

    /** Loads a file from disk; a missing or unreadable file is a problem, not an exception. */
    public LoadResult load(Path file) {
        String name = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(name, reader);
        } catch (NoSuchFileException e) {
            return failure(name, "file not found: " + name);
        } catch (IOException e) {
            return failure(name, "cannot read " + name + ": " + e.getMessage());
        }
    }

    /** Loads the dataset bundled with the application. */
    public LoadResult loadBundled() {
        InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            return failure("bundled dataset", "the bundled dataset is missing from the application");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load("seeds/entente.json", reader);
        } catch (IOException e) {
            return failure("seeds/entente.json", "cannot read the bundled dataset: " + e.getMessage());
        }
    }

    /** Loads from a reader; {@code name} is used in problem messages. */
    public LoadResult load(String name, Reader reader) {
        try {
            JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
            List<Source> sources = new ArrayList<>();
            for (JsonElement e : arr(root, "sources")) {
                JsonObject o = e.getAsJsonObject();
                sources.add(new Source(str(o, "id"), str(o, "title"), str(o, "publisher"), str(o, "author"),
                        PartialDate.parseOrNull(str(o, "date")), str(o, "url"), str(o, "note")));
            }
            List<Actor> actors = new ArrayList<>();
            for (JsonElement e : arr(root, "actors")) {
                JsonObject o = e.getAsJsonObject();
                actors.add(new Actor(str(o, "id"), str(o, "name"), str(o, "kind"), strings(o, "aliases"), str(o, "region"),
                        str(o, "summary"), PartialDate.parseOrNull(str(o, "start")), PartialDate.parseOrNull(str(o, "end")),
                        str(o, "note"), figures(o), strings(o, "sources")));
            }
            List<Relation> relations = new ArrayList<>();
            for (JsonElement e : arr(root, "relations")) {
                JsonObject o = e.getAsJsonObject();
                relations.add(new Relation(str(o, "id"), str(o, "from"), str(o, "to"), str(o, "type"),
                        PartialDate.parseOrNull(str(o, "start")), PartialDate.parseOrNull(str(o, "end")), str(o, "summary"),
                        str(o, "certainty"), str(o, "note"), figures(o), strings(o, "sources")));
            }
            List<Event> events = new ArrayList<>();
            for (JsonElement e : arr(root, "events")) {
                JsonObject o = e.getAsJsonObject();
                events.add(new Event(str(o, "id"), PartialDate.parse(str(o, "date")), PartialDate.parseOrNull(str(o, "end")),
                        str(o, "title"), str(o, "summary"), strings(o, "actors"), strings(o, "tags"), str(o, "note"),
                        figures(o), strings(o, "sources")));
            }
            List<Dispute> disputes = new ArrayList<>();
            for (JsonElement e : arr(root, "disputes")) {
                JsonObject o = e.getAsJsonObject();
                List<Dispute.Position> positions = new ArrayList<>();
                for (JsonElement p : arr(o, "positions")) {
                    positions.add(new Dispute.Position(str(p.getAsJsonObject(), "claim"), strings(p.getAsJsonObject(), "sources")));
                }
                disputes.add(new Dispute(str(o, "id"), str(o, "summary"), strings(o, "subjects"), positions));
            }
            Dataset dataset = new Dataset(str(root, "schema"), str(root, "title"), str(root, "description"),
                    sources, actors, relations, events, disputes);
            return new LoadResult(name, Optional.of(dataset), List.of());
        } catch (RuntimeException e) {
            return failure(name, "not a valid entente/1 dataset: " + e.getMessage());
        }
    }

    private static LoadResult failure(String name, String message) {
        return new LoadResult(name, Optional.empty(), List.of(new Problem(name, 0, 0, "", Severity.ERROR, message)));
    }

    private static JsonArray arr(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? new JsonArray() : e.getAsJsonArray();
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        arr(o, key).forEach(e -> out.add(e.getAsString()));
        return out;
    }

    private static List<Figure> figures(JsonObject o) {
        List<Figure> out = new ArrayList<>();
        for (JsonElement e : arr(o, "figures")) {
            JsonObject f = e.getAsJsonObject();
            out.add(new Figure(str(f, "label"), f.get("value").getAsDouble(), str(f, "unit"),
                    PartialDate.parseOrNull(str(f, "when")), strings(f, "sources")));
        }
        return out;
    }
}
