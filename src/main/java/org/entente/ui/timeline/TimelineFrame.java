package org.entente.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.timeline.Lane;
import org.entente.logic.timeline.LaneMode;
import org.entente.logic.timeline.TimeSpan;
import org.entente.logic.timeline.TimelineIndex;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.ui.state.Selection;

/**
 * Everything one picture of the timeline depends on, as one immutable value: the screen, PNG and SVG
 * export and the frame-time probe all paint from a frame, so they cannot disagree about what is shown.
 *
 * @param visibleEvents ids of the events that pass the filter; null when everything passes
 * @param highlighted   ids of actors (and items) to highlight
 * @param scrollY       how far the lanes are scrolled up, in pixels at scale 1
 */
record TimelineFrame(Dataset dataset, TimelineIndex index, List<Lane> lanes, LaneMode mode, TimeSpan span,
                     LocalDate asOf, LocalDate today, DateRange window, Set<String> visibleEvents,
                     FilterCriteria criteria, Selection selection, Set<String> highlighted,
                     Set<String> collapsed, double scrollY) {

    TimelineFrame {
        lanes = List.copyOf(lanes);
        visibleEvents = visibleEvents == null ? null : Set.copyOf(visibleEvents);
        highlighted = Set.copyOf(highlighted);
        collapsed = Set.copyOf(collapsed);
        window = window == null ? DateRange.ALL : window;
        criteria = criteria == null ? FilterCriteria.NONE : criteria;
        selection = selection == null ? Selection.NONE : selection;
    }

    /** The same frame showing another stretch of time (export of the whole span). */
    TimelineFrame withSpan(TimeSpan other) {
        return new TimelineFrame(dataset, index, lanes, mode, other, asOf, today, window, visibleEvents, criteria,
                selection, highlighted, collapsed, scrollY);
    }

    /** The same frame as of another day (null keeps this one's). */
    TimelineFrame withAsOf(LocalDate day) {
        return day == null ? this : new TimelineFrame(dataset, index, lanes, mode, span, day, today, window, visibleEvents,
                criteria, selection, highlighted, collapsed, scrollY);
    }

    /** The same frame scrolled to the top (exports show every lane from the first). */
    TimelineFrame unscrolled() {
        return new TimelineFrame(dataset, index, lanes, mode, span, asOf, today, window, visibleEvents, criteria,
                selection, highlighted, collapsed, 0);
    }
}
