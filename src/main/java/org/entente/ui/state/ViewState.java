package org.entente.ui.state;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Point2D;

import org.entente.logic.filter.FilterCriteria;
import org.entente.model.DateRange;

/**
 * Everything the user has set about the view, as one immutable value: the as-of date, the time window,
 * the compare date, the filter, the focus, the selection, the highlights, the pinned actors and the
 * graph's camera. {@link AppState} holds one; a user action produces the next one in a single
 * {@link AppState#update} (one recompute), and undo, saved views and tour steps are just earlier values.
 *
 * @param window      the time window; {@link DateRange#ALL} when none
 * @param compareDate reference date of "changes since" mode; null when off
 * @param focusActor  the actor whose neighbourhood is shown; null for the whole graph
 * @param camera      the graph view's camera; null until the view has framed the graph
 */
public record ViewState(LocalDate asOf, DateRange window, LocalDate compareDate, FilterCriteria filter,
                        String focusActor, int focusDepth, Selection selection, Set<String> highlighted,
                        Map<String, Point2D> pinned, ViewCamera camera) {

    public ViewState {
        window = window == null ? DateRange.ALL : window;
        filter = filter == null ? FilterCriteria.NONE : filter;
        focusDepth = Math.max(1, Math.min(3, focusDepth));
        selection = selection == null ? Selection.NONE : selection;
        highlighted = highlighted == null ? Set.of() : Set.copyOf(highlighted);
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
    }

    public ViewState withAsOf(LocalDate v) {
        return new ViewState(v, window, compareDate, filter, focusActor, focusDepth, selection, highlighted, pinned, camera);
    }

    public ViewState withWindow(DateRange v) {
        return new ViewState(asOf, v, compareDate, filter, focusActor, focusDepth, selection, highlighted, pinned, camera);
    }

    public ViewState withCompareDate(LocalDate v) {
        return new ViewState(asOf, window, v, filter, focusActor, focusDepth, selection, highlighted, pinned, camera);
    }

    public ViewState withFilter(FilterCriteria v) {
        return new ViewState(asOf, window, compareDate, v, focusActor, focusDepth, selection, highlighted, pinned, camera);
    }

    public ViewState withFocus(String actor, int depth) {
        return new ViewState(asOf, window, compareDate, filter, actor, depth, selection, highlighted, pinned, camera);
    }

    public ViewState withSelection(Selection v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, v, highlighted, pinned, camera);
    }

    public ViewState withHighlighted(Set<String> v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, selection, v, pinned, camera);
    }

    public ViewState withPinned(Map<String, Point2D> v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, selection, highlighted, v, camera);
    }

    public ViewState withCamera(ViewCamera v) {
        return new ViewState(asOf, window, compareDate, filter, focusActor, focusDepth, selection, highlighted, pinned, v);
    }

    /** The as-of date moved inside {@code w} when it lies outside (the one rule tying the two together). */
    public static LocalDate keepInside(LocalDate asOf, DateRange w) {
        if (asOf == null || w == null) return asOf;
        if (w.start() != null && asOf.isBefore(w.start())) return w.start();
        if (w.end() != null && asOf.isAfter(w.end())) return w.end();
        return asOf;
    }
}
