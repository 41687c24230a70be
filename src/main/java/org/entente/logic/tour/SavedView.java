package org.entente.logic.tour;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;

/**
 * Everything a user set up on screen that they may want back later: the view value (filter, dates, time
 * window, focus, pinned positions, cameras, layout, selection and highlights) plus the theme. Saved as a
 * small JSON file so a teacher can prepare a view at home and open it in class; its view part is written
 * by the same mapping as a tour step's.
 *
 * @param theme light, dark or projector (lower case)
 */
public record SavedView(ViewValue view, String theme) {

    public SavedView {
        view = view == null ? new ViewValue(null, null, null, null, null, null, 1, null, null, null, null, null, null, null) : view;
        theme = theme == null ? "light" : theme;
    }

    /** A saved view as the first release built it: every highlight belongs to the file (a tour's owner). */
    public SavedView(LocalDate asOf, LocalDate windowStart, LocalDate windowEnd, LocalDate compareDate,
                     FilterCriteria filter, String focus, int depth, Map<String, Point> pinned, Camera camera,
                     String theme, String selectionKind, String selectionId, Set<String> highlighted) {
        this(new ViewValue(asOf, windowStart, windowEnd, compareDate, filter, focus, depth, selectionKind, selectionId,
                Highlights.of(Highlights.Owner.TOUR, highlighted == null ? Set.of() : highlighted), pinned, camera, null, null), theme);
    }

    public LocalDate asOf() { return view.asOf(); }
    public LocalDate windowStart() { return view.windowStart(); }
    public LocalDate windowEnd() { return view.windowEnd(); }
    public LocalDate compareDate() { return view.compareDate(); }
    public FilterCriteria filter() { return view.filter(); }
    public String focus() { return view.focus(); }
    public int depth() { return view.depth(); }
    public Map<String, Point> pinned() { return view.pinned(); }
    public Camera camera() { return view.camera(); }
    public String selectionKind() { return view.selectionKind(); }
    public String selectionId() { return view.selectionId(); }

    /** Everything highlighted, whoever holds it. */
    public Set<String> highlighted() { return view.highlights().all(); }
}
