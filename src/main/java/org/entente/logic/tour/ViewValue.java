package org.entente.logic.tour;

import java.time.LocalDate;
import java.util.Map;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.layout.LayoutKind;
import org.entente.logic.timeline.TimeSpan;

/**
 * Everything a user set about the view, as a plain value without the toolkit: the part a saved view
 * ({@code entente-view/1}) and a tour step ({@code entente-tour/1}) share and store with one JSON mapping.
 * The screen's own value (the shared view state) converts to and from this one field for field.
 *
 * @param windowStart   start of the time window, or null when open
 * @param windowEnd     end of the time window, or null when open
 * @param compareDate   reference date of "changes since" mode, or null
 * @param focus         actor whose neighbourhood is shown, or null for the whole graph
 * @param selectionKind ACTOR, RELATION, EVENT or NONE
 * @param camera        the graph's framing, or null to let the graph frame itself
 * @param timeline      the stretch of time the timeline shows, or null to leave it as it is
 * @param layout        how the graph is arranged, or null to keep the arrangement on screen
 */
public record ViewValue(LocalDate asOf, LocalDate windowStart, LocalDate windowEnd, LocalDate compareDate,
                        FilterCriteria filter, String focus, int depth, String selectionKind, String selectionId,
                        Highlights highlights, Map<String, Point> pinned, Camera camera, TimeSpan timeline,
                        LayoutKind layout) {

    public ViewValue {
        filter = filter == null ? FilterCriteria.NONE : filter;
        depth = Math.max(1, Math.min(3, depth));
        selectionKind = selectionKind == null ? "NONE" : selectionKind;
        selectionId = "NONE".equals(selectionKind) ? null : selectionId;
        highlights = highlights == null ? Highlights.NONE : highlights;
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
    }

    /** A copy whose highlights are {@code h}. */
    public ViewValue withHighlights(Highlights h) {
        return new ViewValue(asOf, windowStart, windowEnd, compareDate, filter, focus, depth, selectionKind, selectionId,
                h, pinned, camera, timeline, layout);
    }

    /** A copy whose graph camera is {@code c}. */
    public ViewValue withCamera(Camera c) {
        return new ViewValue(asOf, windowStart, windowEnd, compareDate, filter, focus, depth, selectionKind, selectionId,
                highlights, pinned, c, timeline, layout);
    }
}
