package org.entente.ui.state;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Point2D;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.layout.LayoutKind;
import org.entente.logic.timeline.TimeSpan;
import org.entente.logic.tour.Highlights;
import org.entente.model.DateRange;

/**
 * Everything the user has set about the view, as one immutable value: the as-of date, the time window,
 * the compare date, the filter, the focus, the selection, the highlights (each held by its owner: search,
 * path, comparison, tour, timeline), the pinned actors, the layout kind and one camera per view (the
 * graph's and the timeline's). {@link AppState} holds one; a user action produces the next one in a single
 * {@link AppState#update} (one recompute), and undo, saved views and tour steps are just earlier values.
 *
 * @param window      the time window; {@link DateRange#ALL} when none
 * @param compareDate reference date of "changes since" mode; null when off
 * @param focusActor  the actor whose neighbourhood is shown; null for the whole graph
 * @param camera      the graph view's camera; null until the view has framed the graph
 * @param timeline    the stretch of time the timeline shows; null until it has one
 */
public record ViewState(LocalDate asOf, DateRange window, LocalDate compareDate, FilterCriteria filter,
                        String focusActor, int focusDepth, Selection selection, Highlights highlights,
                        Map<String, Point2D> pinned, LayoutKind layout, ViewCamera camera, TimeSpan timeline) {

    public ViewState {
        window = window == null ? DateRange.ALL : window;
        filter = filter == null ? FilterCriteria.NONE : filter;
        focusDepth = Math.max(1, Math.min(3, focusDepth));
        selection = selection == null ? Selection.NONE : selection;
        highlights = highlights == null ? Highlights.NONE : highlights;
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
        layout = layout == null ? LayoutKind.FORCE : layout;
    }

    /** Everything highlighted, whoever holds it: what the views draw. */
    public Set<String> highlighted() { return highlights.all(); }

    public ViewState withAsOf(LocalDate v) {
        return new ViewState(v, window, compareDate, filter, focusActor, focusDepth, selection, highlights, pinned, layout, camera, timeline);
    }

    public ViewState withWindow(DateRange v) {
        return new ViewState(asOf, v, compareDate, filter, focusActor, focusDepth, selection, highlights, pinned, layout, camera, timeline);
    }

    public ViewState withCompareDate(LocalDate v) {
        return new ViewState(asOf, window, v, filter, focusActor, focusDepth, selection, highlights, pinned, layout, camera, timeline);
    }

    public ViewState withFilter(FilterCriteria v) {
        return new ViewState(asOf, window, compareDate, v, focusActor, focusDepth, selection, highlights, pinned, layout, camera, timeline);
    }

    public ViewState withFocus(String actor, int depth) {
        return new ViewState(asOf, window, compareDate, filter, actor, depth, selection, highlights, pinned, layout, camera, timeline);
    }

    public ViewState withSelection(Selection v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, v, highlights, pinned, layout, camera, timeline);
    }

    /** Every owner's highlights replaced by {@code v}. */
    public ViewState withHighlights(Highlights v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, selection, v, pinned, layout, camera, timeline);
    }

    /** {@code owner}'s highlights replaced by {@code ids}; the other owners keep theirs. */
    public ViewState withHighlights(Highlights.Owner owner, Collection<String> ids) {
        return withHighlights(highlights.with(owner, ids));
    }

    /** Nothing highlighted by anyone. */
    public ViewState withoutHighlights() {
        return withHighlights(Highlights.NONE);
    }

    public ViewState withPinned(Map<String, Point2D> v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, selection, highlights, v, layout, camera, timeline);
    }

    public ViewState withLayout(LayoutKind v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, selection, highlights, pinned, v, camera, timeline);
    }

    public ViewState withCamera(ViewCamera v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, selection, highlights, pinned, layout, v, timeline);
    }

    public ViewState withTimeline(TimeSpan v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, selection, highlights, pinned, layout, camera, v);
    }

    /** The as-of date moved inside {@code w} when it lies outside (the one rule tying the two together). */
    public static LocalDate keepInside(LocalDate asOf, DateRange w) {
        if (asOf == null || w == null) return asOf;
        if (w.start() != null && asOf.isBefore(w.start())) return w.start();
        if (w.end() != null && asOf.isAfter(w.end())) return w.end();
        return asOf;
    }
}
