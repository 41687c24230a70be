package org.entente.ui.timeline;

import org.entente.logic.timeline.Lane;

/**
 * Where one lane's content goes in a picture: which spans and events are visible, in which rows, and
 * whether the events are aggregated into a density strip. Computed by {@link TimelineLayout} before
 * drawing, so the painter, the hit index and the export's size all agree.
 */
final class LaneBox {

    final Lane lane;
    final boolean collapsed;
    double top;
    double height;

    int spanCount;
    int[] spans = new int[0];
    int[] spanRows = new int[0];
    String[] spanLabels = new String[0];
    /** Where each span's label starts, and the left and right of its whole box (bar and label). */
    double[] spanLabelX = new double[0];
    double[] spanLeft = new double[0];
    double[] spanRight = new double[0];
    int spanRowsUsed;
    int spanOverflow;

    int eventCount;
    int[] events = new int[0];
    int[] eventRows = new int[0];
    String[] eventLabels = new String[0];
    /** Where each event's label starts (left of the marker near the right edge), and its box. */
    double[] eventLabelX = new double[0];
    double[] eventLeft = new double[0];
    double[] eventRight = new double[0];
    int eventRowsUsed;
    int eventOverflow;
    boolean density;
    int visibleEventTotal;

    LaneBox(Lane lane, boolean collapsed) {
        this.lane = lane;
        this.collapsed = collapsed;
    }

    double eventsTop(TimelineStyle st) {
        return top + st.headerHeight;
    }

    double eventsHeight(TimelineStyle st) {
        if (density) {
            return st.densityHeight;
        }
        return eventRowsUsed * st.eventRowHeight + (eventOverflow > 0 ? st.overflowRowHeight : 0);
    }

    double spansTop(TimelineStyle st) {
        return eventsTop(st) + eventsHeight(st);
    }
}
