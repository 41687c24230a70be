package org.entente.logic.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.entente.logic.load.Quoted;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.logic.tour.ViewValue;

/**
 * Reads and writes lesson tours in the {@value #FORMAT} format documented in seeds/tours/README.md. A step is
 * its texts plus a view value written by the same mapping as a saved view ({@link ViewJson}).
 * Reading never throws for a user's mistake: it returns every problem with the file, JSON path and value.
 */
public final class TourJson {

    /** The format tag every tour file carries. */
    public static final String FORMAT = "entente-tour/1";

    /** Classpath folder of the bundled tours. */
    public static final String BUNDLED_FOLDER = "/org/entente/seeds/tours/";

    private TourJson() {
    }

    /**
     * Reads a file the user chose: only a regular file of at most {@value SmallTextFile#MAX_BYTES} bytes is read
     * (a pipe, a device or a huge file is refused at once), and strictly; never throws for what the file holds.
     * Slow media make this take time: call it off the JavaFX thread.
     */
    public static ReadResult<Tour> read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return parse(name, SmallTextFile.read(file, SmallTextFile.MAX_BYTES, "a tour"));
        } catch (SmallTextFile.Refused e) {
            JsonReading in = new JsonReading(file.toString());
            in.refused(e.getMessage());
            return new ReadResult<>(Optional.empty(), in.problems());
        }
    }

    /** Reads from {@code reader} (bounded like a file); {@code name} is used in problem messages. */
    public static ReadResult<Tour> read(String name, Reader reader) {
        try {
            return parse(name, SmallTextFile.read(reader, SmallTextFile.MAX_BYTES, "a tour"));
        } catch (SmallTextFile.Refused e) {
            JsonReading in = new JsonReading(name);
            in.refused(e.getMessage());
            return new ReadResult<>(Optional.empty(), in.problems());
        }
    }

    private static ReadResult<Tour> parse(String name, String text) {
        JsonReading in = new JsonReading(name);
        JsonObject root = in.parse(text, "the tour");
        if (root == null) return new ReadResult<>(Optional.empty(), in.problems());
        String format = in.string(root, "format", "$", true);
        if (format != null && !FORMAT.equals(format)) {
            in.error("$.format", "expected '" + FORMAT + "', found " + Quoted.of(format));
        }
        String title = in.string(root, "title", "$", true);
        String description = in.string(root, "description", "$", false);
        JsonArray steps = in.array(root, "steps", "$");
        List<TourStep> out = new ArrayList<>();
        if (steps == null) {
            if (!root.has("steps")) in.error("$.steps", "missing 'steps'");
        } else {
            for (int i = 0; i < steps.size(); i++) {
                String at = "$.steps[" + i + "]";
                JsonElement e = steps.get(i);
                if (!e.isJsonObject()) {
                    in.error(at, "expected a step object, found " + JsonReading.describe(e));
                    continue;
                }
                out.add(step(in, e.getAsJsonObject(), at));
            }
            if (steps.isEmpty()) in.error("$.steps", "a tour needs at least one step");
        }
        Optional<Tour> tour = in.hasErrors() ? Optional.empty() : Optional.of(new Tour(title, description, out));
        return new ReadResult<>(tour, in.problems());
    }

    private static TourStep step(JsonReading in, JsonObject o, String at) {
        String title = in.string(o, "title", at, true);
        String caption = in.string(o, "caption", at, true);
        String notes = in.string(o, "notes", at, false);
        ViewValue view = ViewJson.read(in, o, at);
        JsonObject q = in.object(o, "question", at);
        return new TourStep(title, caption, notes, view, q == null ? null : QuizJson.question(in, q, at + ".question"));
    }

    /** The JSON text of {@code tour}, pretty-printed. */
    public static String toJson(Tour tour) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("title", tour.title());
        if (!tour.description().isEmpty()) root.addProperty("description", tour.description());
        JsonArray steps = new JsonArray();
        for (TourStep s : tour.steps()) {
            JsonObject o = new JsonObject();
            o.addProperty("title", s.title());
            o.addProperty("caption", s.caption());
            if (!s.notes().isEmpty()) o.addProperty("notes", s.notes());
            ViewJson.write(o, s.view());
            if (s.question() != null) o.add("question", QuizJson.question(s.question()));
            steps.add(o);
        }
        root.add("steps", steps);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    public static void write(Tour tour, Writer writer) throws IOException {
        writer.write(toJson(tour));
    }

    public static void write(Tour tour, Path file) throws IOException {
        AtomicWrite.writeString(file, toJson(tour));
    }
}
