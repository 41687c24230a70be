package org.entente.ui.state;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.tour.Highlights;
import org.entente.model.DateRange;

/**
 * What differs between two {@link ViewState}s and how to say it in a menu ("filter: hide Person",
 * "as-of date 2022-01-01", "focus on China"). Undo names its steps with this.
 */
public final class ViewChange {

    /** The parts of a view a step can change, in the order their names win. */
    public enum Part { FILTER, AS_OF, WINDOW, COMPARE, FOCUS, LAYOUT, PINS, SELECTION, HIGHLIGHTS, CAMERA, TIMELINE }

    /** The cameras: moves of these alone that the view made by itself are no step of their own. */
    public static final Set<Part> CAMERAS = EnumSet.of(Part.CAMERA, Part.TIMELINE);

    /** Whether {@code parts} holds nothing but camera moves. */
    public static boolean onlyCameras(Set<Part> parts) {
        return !parts.isEmpty() && CAMERAS.containsAll(parts);
    }

    private ViewChange() {
    }

    /** The parts that differ. */
    public static Set<Part> parts(ViewState a, ViewState b) {
        EnumSet<Part> p = EnumSet.noneOf(Part.class);
        if (!a.filter().equals(b.filter())) p.add(Part.FILTER);
        if (!Objects.equals(a.asOf(), b.asOf())) p.add(Part.AS_OF);
        if (!a.window().equals(b.window())) p.add(Part.WINDOW);
        if (!Objects.equals(a.compareDate(), b.compareDate())) p.add(Part.COMPARE);
        if (!Objects.equals(a.focusActor(), b.focusActor()) || a.focusDepth() != b.focusDepth()) p.add(Part.FOCUS);
        if (!a.pinned().equals(b.pinned())) p.add(Part.PINS);
        if (!a.selection().equals(b.selection())) p.add(Part.SELECTION);
        if (!a.highlights().equals(b.highlights())) p.add(Part.HIGHLIGHTS);
        if (a.layout() != b.layout()) p.add(Part.LAYOUT);
        if (!Objects.equals(a.camera(), b.camera())) p.add(Part.CAMERA);
        if (!Objects.equals(a.timeline(), b.timeline())) p.add(Part.TIMELINE);
        return p;
    }

    /** A short name of the change from {@code a} to {@code b}; {@code names} turns ids into names. */
    public static String describe(ViewState a, ViewState b, Function<String, String> names) {
        Set<Part> parts = parts(a, b);
        if (parts.isEmpty()) return "view";
        Part first = parts.iterator().next();
        // the window rule may move the as-of date along with the window: name the window
        if (first == Part.AS_OF && parts.contains(Part.WINDOW)) first = Part.WINDOW;
        return switch (first) {
            case FILTER -> "filter: " + filter(a.filter(), b.filter());
            case AS_OF -> "as-of date " + b.asOf();
            case WINDOW -> b.window().equals(DateRange.ALL) ? "time window: all" : "time window " + range(b.window());
            case COMPARE -> b.compareDate() == null ? "stop comparing" : "changes since " + b.compareDate();
            case FOCUS -> b.focusActor() == null ? "clear focus"
                    : "focus on " + names.apply(b.focusActor()) + (b.focusDepth() > 1 ? " (" + b.focusDepth() + " steps)" : "");
            case LAYOUT -> "layout: " + b.layout().label();
            case PINS -> pins(a, b, names);
            case SELECTION -> b.selection().isNone() ? "clear selection" : "select " + names.apply(b.selection().id());
            case HIGHLIGHTS -> highlights(a, b);
            case CAMERA -> "pan and zoom";
            case TIMELINE -> "pan and zoom the timeline";
        };
    }

    private static String highlights(ViewState a, ViewState b) {
        if (b.highlights().isEmpty()) return "clear highlights";
        for (Highlights.Owner o : Highlights.Owner.values()) {
            Set<String> now = b.highlights().of(o);
            if (now.equals(a.highlights().of(o))) continue;
            String who = o.name().toLowerCase(java.util.Locale.ROOT);
            return now.isEmpty() ? "clear " + who + " highlight"
                    : "highlight " + now.size() + (now.size() == 1 ? " item" : " items") + " (" + who + ")";
        }
        return "highlights";
    }

    private static String pins(ViewState a, ViewState b, Function<String, String> names) {
        Set<String> changed = new HashSet<>();
        b.pinned().forEach((id, p) -> { if (!p.equals(a.pinned().get(id))) changed.add(id); });
        if (!changed.isEmpty()) return "move " + names.apply(new TreeSet<>(changed).first());
        Set<String> gone = new TreeSet<>(a.pinned().keySet());
        gone.removeAll(b.pinned().keySet());
        return gone.isEmpty() ? "pins" : "unpin " + names.apply(gone.iterator().next());
    }

    private static String filter(FilterCriteria a, FilterCriteria b) {
        if (b.isNone()) return "reset";
        for (var pair : List.of(List.of(a.kinds(), b.kinds()), List.of(a.relationTypes(), b.relationTypes()),
                List.of(a.regions(), b.regions()))) {
            Set<String> was = pair.get(0), now = pair.get(1);
            if (was.equals(now)) continue;
            Set<String> hidden = new TreeSet<>(was);
            hidden.removeAll(now);
            Set<String> shown = new TreeSet<>(now);
            shown.removeAll(was);
            if (!was.isEmpty() && !now.isEmpty() && !hidden.isEmpty() && shown.isEmpty()) return "hide " + String.join(", ", hidden);
            if (!was.isEmpty() && !now.isEmpty() && hidden.isEmpty()) return "show " + String.join(", ", shown);
            if (now.isEmpty()) return "show all";
            return "show only " + String.join(", ", new TreeSet<>(now));
        }
        if (a.onlyDisputed() != b.onlyDisputed()) return b.onlyDisputed() ? "only disputed ties" : "all ties";
        if (a.minTies() != b.minTies()) return "at least " + b.minTies() + " ties";
        if (a.hideIsolated() != b.hideIsolated()) return b.hideIsolated() ? "hide isolated actors" : "show isolated actors";
        return "change";
    }

    private static String range(DateRange w) {
        return (w.start() == null ? "…" : w.start().toString()) + " – " + (w.end() == null ? "…" : w.end().toString());
    }
}
