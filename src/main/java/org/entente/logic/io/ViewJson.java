package org.entente.logic.io;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.entente.logic.layout.LayoutKind;
import org.entente.logic.load.Quoted;
import org.entente.logic.timeline.TimeSpan;
import org.entente.logic.tour.Highlights;
import org.entente.logic.tour.Point;
import org.entente.logic.tour.ViewValue;

/**
 * The one JSON mapping of a {@link ViewValue}: a saved view ({@value SavedViewJson#FORMAT}) is this object
 * plus a theme, a tour step ({@value TourJson#FORMAT}) is this object plus its texts. Both read every file
 * the earlier release wrote: a flat {@code highlighted} list belongs to the file (the tour's owner), and a
 * value without a timeline stretch or layout leaves them as they are on screen.
 */
final class ViewJson {

    private static final Set<String> KINDS = Set.of("NONE", "ACTOR", "RELATION", "EVENT");

    private ViewJson() {
    }

    /** Reads the view part of {@code o} (at JSON path {@code at}); problems go to {@code in}. */
    static ViewValue read(JsonReading in, JsonObject o, String at) {
        LocalDate asOf = in.date(o, "asOf", at, true);
        JsonObject window = in.object(o, "window", at);
        LocalDate start = window == null ? null : in.date(window, "start", at + ".window", false);
        LocalDate end = window == null ? null : in.date(window, "end", at + ".window", false);
        if (start != null && end != null && end.isBefore(start)) {
            in.error(at + ".window.end", "the time window ends (" + end + ") before it starts (" + start + ")");
        }
        LocalDate compare = in.date(o, "compareDate", at, false);
        var filter = in.filter(o, "filter", at);
        String focus = null;
        int depth = 1;
        JsonObject f = in.object(o, "focus", at);
        if (f != null) {
            focus = in.string(f, "actor", at + ".focus", true);
            depth = in.integer(f, "depth", at + ".focus", 1, 1, 3);
        }
        String kind = "NONE";
        String id = null;
        JsonObject sel = in.object(o, "selection", at);
        if (sel != null) {
            kind = in.string(sel, "kind", at + ".selection", true);
            if (kind != null && !KINDS.contains(kind)) {
                in.error(at + ".selection.kind", "expected ACTOR, RELATION, EVENT or NONE, found " + Quoted.of(kind));
            }
            id = in.string(sel, "id", at + ".selection", false);
        }
        return new ViewValue(asOf, start, end, compare, filter, focus, depth, kind, id, highlights(in, o, at),
                pinned(in, o, at), in.camera(o, "camera", at), timeline(in, o, at), layout(in, o, at));
    }

    private static Highlights highlights(JsonReading in, JsonObject o, String at) {
        JsonObject by = in.object(o, "highlights", at);
        if (by == null) return Highlights.of(Highlights.Owner.TOUR, in.strings(o, "highlighted", at));
        in.strings(o, "highlighted", at); // the flat list older releases read: checked, the owners' lists win
        Map<Highlights.Owner, Set<String>> owned = new EnumMap<>(Highlights.Owner.class);
        for (String key : by.keySet()) {
            Highlights.Owner owner = owner(key);
            if (owner == null) {
                in.error(at + ".highlights." + key, "expected search, path, compare, tour or timeline, found " + Quoted.of(key));
            } else {
                owned.put(owner, in.stringSet(by, key, at + ".highlights"));
            }
        }
        return new Highlights(owned);
    }

    private static Highlights.Owner owner(String key) {
        for (Highlights.Owner o : Highlights.Owner.values()) {
            if (o.name().toLowerCase(Locale.ROOT).equals(key)) return o;
        }
        return null;
    }

    private static Map<String, Point> pinned(JsonReading in, JsonObject o, String at) {
        Map<String, Point> pinned = new LinkedHashMap<>();
        JsonObject pins = in.object(o, "pinned", at);
        if (pins == null) return pinned;
        for (Map.Entry<String, JsonElement> e : pins.entrySet()) {
            String where = at + ".pinned." + e.getKey();
            if (!e.getValue().isJsonObject()) {
                in.error(where, "expected {\"x\": .., \"y\": ..}, found " + JsonReading.describe(e.getValue()));
                continue;
            }
            JsonObject p = e.getValue().getAsJsonObject();
            pinned.put(e.getKey(), new Point(in.number(p, "x", where, 0), in.number(p, "y", where, 0)));
        }
        return pinned;
    }

    private static TimeSpan timeline(JsonReading in, JsonObject o, String at) {
        JsonObject t = in.object(o, "timeline", at);
        if (t == null) return null;
        LocalDate from = in.date(t, "start", at + ".timeline", true);
        LocalDate to = in.date(t, "end", at + ".timeline", true);
        if (from == null || to == null) return null;
        if (to.isBefore(from)) {
            in.error(at + ".timeline.end", "the timeline's stretch ends (" + to + ") before it starts (" + from + ")");
            return null;
        }
        return TimeSpan.of(from, to);
    }

    private static LayoutKind layout(JsonReading in, JsonObject o, String at) {
        String name = in.string(o, "layout", at, false);
        if (name == null) return null;
        for (LayoutKind k : LayoutKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) return k;
        }
        in.error(at + ".layout", "expected force or groupings, found " + Quoted.of(name));
        return null;
    }

    /** Writes the view part of {@code v} into {@code o}; what is not set is left out. */
    static void write(JsonObject o, ViewValue v) {
        JsonWriting.date(o, "asOf", v.asOf());
        if (v.windowStart() != null || v.windowEnd() != null) {
            JsonObject w = new JsonObject();
            JsonWriting.date(w, "start", v.windowStart());
            JsonWriting.date(w, "end", v.windowEnd());
            o.add("window", w);
        }
        JsonWriting.date(o, "compareDate", v.compareDate());
        if (!v.filter().isNone()) o.add("filter", JsonWriting.filter(v.filter()));
        if (v.focus() != null) {
            JsonObject f = new JsonObject();
            f.addProperty("actor", v.focus());
            f.addProperty("depth", v.depth());
            o.add("focus", f);
        }
        if (!"NONE".equals(v.selectionKind())) {
            JsonObject sel = new JsonObject();
            sel.addProperty("kind", v.selectionKind());
            if (v.selectionId() != null) sel.addProperty("id", v.selectionId());
            o.add("selection", sel);
        }
        Highlights h = v.highlights();
        // the flat list is what the first release reads; the owners are written when someone besides the file holds some
        if (!h.isEmpty()) o.add("highlighted", JsonWriting.strings(h.all(), false));
        if (!h.byOwner().keySet().equals(Set.of()) && !h.byOwner().keySet().equals(Set.of(Highlights.Owner.TOUR))) {
            JsonObject by = new JsonObject();
            h.byOwner().forEach((owner, ids) -> by.add(owner.name().toLowerCase(Locale.ROOT), JsonWriting.strings(ids, false)));
            o.add("highlights", by);
        }
        if (!v.pinned().isEmpty()) {
            JsonObject pins = new JsonObject();
            new TreeMap<>(v.pinned()).forEach((id, p) -> {
                JsonObject po = new JsonObject();
                po.addProperty("x", p.x());
                po.addProperty("y", p.y());
                pins.add(id, po);
            });
            o.add("pinned", pins);
        }
        if (v.camera() != null) o.add("camera", JsonWriting.camera(v.camera()));
        if (v.timeline() != null) {
            JsonObject t = new JsonObject();
            long from = (long) Math.floor(v.timeline().start());
            long to = Math.max(from, (long) Math.ceil(v.timeline().end()) - 1);
            t.addProperty("start", LocalDate.ofEpochDay(from).toString());
            t.addProperty("end", LocalDate.ofEpochDay(to).toString());
            o.add("timeline", t);
        }
        if (v.layout() != null) o.addProperty("layout", v.layout().name().toLowerCase(Locale.ROOT));
    }
}
