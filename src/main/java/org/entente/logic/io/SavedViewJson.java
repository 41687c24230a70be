package org.entente.logic.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import org.entente.logic.load.Quoted;
import org.entente.logic.tour.SavedView;
import org.entente.logic.tour.ViewValue;

/**
 * Reads and writes saved views ({@value #FORMAT}), small JSON files a teacher keeps next to their lessons: the
 * view value in the mapping tour steps use too ({@link ViewJson}) plus the theme.
 */
public final class SavedViewJson {

    public static final String FORMAT = "entente-view/1";

    private static final Set<String> THEMES = Set.of("light", "dark", "projector");

    private SavedViewJson() {
    }

    /**
     * Reads a file the user chose: only a regular file of at most {@value SmallTextFile#MAX_BYTES} bytes is read
     * (a pipe, a device or a huge file is refused at once), and strictly; never throws for what the file holds.
     * Slow media make this take time: call it off the JavaFX thread.
     */
    public static ReadResult<SavedView> read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return parse(name, SmallTextFile.read(file, SmallTextFile.MAX_BYTES, "a saved view"));
        } catch (SmallTextFile.Refused e) {
            JsonReading in = new JsonReading(file.toString());
            in.refused(e.getMessage());
            return new ReadResult<>(Optional.empty(), in.problems());
        }
    }

    /** Reads from {@code reader} (bounded like a file); {@code name} is used in problem messages. */
    public static ReadResult<SavedView> read(String name, Reader reader) {
        try {
            return parse(name, SmallTextFile.read(reader, SmallTextFile.MAX_BYTES, "a saved view"));
        } catch (SmallTextFile.Refused e) {
            JsonReading in = new JsonReading(name);
            in.refused(e.getMessage());
            return new ReadResult<>(Optional.empty(), in.problems());
        }
    }

    private static ReadResult<SavedView> parse(String name, String text) {
        JsonReading in = new JsonReading(name);
        JsonObject o = in.parse(text, "the view");
        if (o == null) return new ReadResult<>(Optional.empty(), in.problems());
        String format = in.string(o, "format", "$", true);
        if (format != null && !FORMAT.equals(format)) in.error("$.format", "expected '" + FORMAT + "', found " + Quoted.of(format));
        ViewValue value = ViewJson.read(in, o, "$");
        String theme = in.string(o, "theme", "$", false);
        if (theme != null && !THEMES.contains(theme.toLowerCase(Locale.ROOT))) {
            in.error("$.theme", "expected light, dark or projector, found " + Quoted.of(theme));
        }
        Optional<SavedView> view = in.hasErrors() ? Optional.empty()
                : Optional.of(new SavedView(value, theme == null ? null : theme.toLowerCase(Locale.ROOT)));
        return new ReadResult<>(view, in.problems());
    }

    /** The JSON text of {@code v}: the view part (shared with tour steps) and the theme. */
    public static String toJson(SavedView v) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        ViewJson.write(o, v.view());
        o.addProperty("theme", v.theme());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    public static void write(SavedView view, Path file) throws IOException {
        AtomicWrite.writeString(file, toJson(view));
    }
}
