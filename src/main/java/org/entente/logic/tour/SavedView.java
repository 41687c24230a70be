package org.entente.logic.tour;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;

/**
 * Everything a user set up on screen that they may want back later: filter, dates, time window, focus,
 * pinned positions, camera, theme, selection and highlights. Saved as a small JSON file so a teacher can
 * prepare a view at home and open it in class.
 *
 * @param windowStart     start of the time window, or null when open
 * @param windowEnd       end of the time window, or null when open
 * @param selectionKind   ACTOR, RELATION, EVENT or NONE
 * @param theme           light, dark or projector (lower case)
 */
public record SavedView(LocalDate asOf, LocalDate windowStart, LocalDate windowEnd, LocalDate compareDate,
                        FilterCriteria filter, String focus, int depth, Map<String, Point> pinned, Camera camera,
                        String theme, String selectionKind, String selectionId, Set<String> highlighted) {

    public SavedView {
        filter = filter == null ? FilterCriteria.NONE : filter;
        depth = Math.max(1, Math.min(3, depth));
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
        highlighted = highlighted == null ? Set.of() : Set.copyOf(highlighted);
        selectionKind = selectionKind == null ? "NONE" : selectionKind;
        theme = theme == null ? "light" : theme;
    }
}
