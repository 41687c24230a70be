package org.entente.logic.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.entente.logic.load.Quoted;
import org.entente.logic.tour.Camera;
import org.entente.logic.tour.Point;
import org.entente.logic.tour.SavedView;

/** Reads and writes saved views ({@value #FORMAT}), small JSON files a teacher keeps next to their lessons. */
public final class SavedViewJson {

    public static final String FORMAT = "entente-view/1";

    private static final Set<String> KINDS = Set.of("NONE", "ACTOR", "RELATION", "EVENT");
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
        var asOf = in.date(o, "asOf", "$", true);
        JsonObject window = in.object(o, "window", "$");
        var start = window == null ? null : in.date(window, "start", "$.window", false);
        var end = window == null ? null : in.date(window, "end", "$.window", false);
        var compare = in.date(o, "compareDate", "$", false);
        var filter = in.filter(o, "filter", "$");
        String focus = null;
        int depth = 1;
        JsonObject f = in.object(o, "focus", "$");
        if (f != null) {
            focus = in.string(f, "actor", "$.focus", true);
            depth = in.integer(f, "depth", "$.focus", 1, 1, 3);
        }
        Map<String, Point> pinned = new LinkedHashMap<>();
        JsonObject pins = in.object(o, "pinned", "$");
        if (pins != null) {
            for (Map.Entry<String, JsonElement> e : pins.entrySet()) {
                String at = "$.pinned." + e.getKey();
                if (!e.getValue().isJsonObject()) {
                    in.error(at, "expected {\"x\": .., \"y\": ..}, found " + JsonReading.describe(e.getValue()));
                    continue;
                }
                JsonObject p = e.getValue().getAsJsonObject();
                pinned.put(e.getKey(), new Point(in.number(p, "x", at, 0), in.number(p, "y", at, 0)));
            }
        }
        String theme = in.string(o, "theme", "$", false);
        if (theme != null && !THEMES.contains(theme.toLowerCase(Locale.ROOT))) {
            in.error("$.theme", "expected light, dark or projector, found " + Quoted.of(theme));
        }
        String kind = "NONE";
        String id = null;
        JsonObject sel = in.object(o, "selection", "$");
        if (sel != null) {
            kind = in.string(sel, "kind", "$.selection", true);
            if (kind != null && !KINDS.contains(kind)) {
                in.error("$.selection.kind", "expected ACTOR, RELATION, EVENT or NONE, found " + Quoted.of(kind));
            }
            id = in.string(sel, "id", "$.selection", false);
        }
        var highlighted = in.stringSet(o, "highlighted", "$");
        if (start != null && end != null && end.isBefore(start)) {
            in.error("$.window.end", "the time window ends (" + end + ") before it starts (" + start + ")");
        }
        Camera camera = in.camera(o, "camera", "$");
        Optional<SavedView> view = in.hasErrors() ? Optional.empty() : Optional.of(new SavedView(asOf, start, end, compare,
                filter, focus, depth, pinned, camera, theme == null ? null : theme.toLowerCase(Locale.ROOT),
                kind, id, highlighted));
        return new ReadResult<>(view, in.problems());
    }

    public static String toJson(SavedView v) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        JsonWriting.date(o, "asOf", v.asOf());
        if (v.windowStart() != null || v.windowEnd() != null) {
            JsonObject w = new JsonObject();
            JsonWriting.date(w, "start", v.windowStart());
            JsonWriting.date(w, "end", v.windowEnd());
            o.add("window", w);
        }
        JsonWriting.date(o, "compareDate", v.compareDate());
        o.add("filter", JsonWriting.filter(v.filter()));
        if (v.focus() != null) {
            JsonObject f = new JsonObject();
            f.addProperty("actor", v.focus());
            f.addProperty("depth", v.depth());
            o.add("focus", f);
        }
        JsonObject pins = new JsonObject();
        new TreeMap<>(v.pinned()).forEach((id, p) -> {
            JsonObject po = new JsonObject();
            po.addProperty("x", p.x());
            po.addProperty("y", p.y());
            pins.add(id, po);
        });
        o.add("pinned", pins);
        if (v.camera() != null) o.add("camera", JsonWriting.camera(v.camera()));
        o.addProperty("theme", v.theme());
        JsonObject sel = new JsonObject();
        sel.addProperty("kind", v.selectionKind());
        if (v.selectionId() != null) sel.addProperty("id", v.selectionId());
        o.add("selection", sel);
        o.add("highlighted", JsonWriting.strings(v.highlighted(), true));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    public static void write(SavedView view, Path file) throws IOException {
        AtomicWrite.writeString(file, toJson(view));
    }
}
