package org.entente.ui.timeline;

import java.util.ArrayList;
import java.util.List;

import org.entente.logic.timeline.Extent;
import org.entente.logic.timeline.Lane;
import org.entente.logic.timeline.LaneMode;
import org.entente.logic.timeline.RowPacker;
import org.entente.logic.timeline.SpanExtent;
import org.entente.logic.timeline.TimeSpan;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;

/**
 * Decides what goes where before anything is drawn: for each lane, the visible spans and events packed
 * into rows so that no two labels overlap, or a density strip when there are too many events to label.
 * Only what is visible is considered (binary search on the lane's sorted arrays), so a frame costs the
 * visible items, not the dataset.
 */
final class TimelineLayout {

    /** Events closer than this on average (pixels per event) turn a lane into a density strip. */
    static final double DENSITY_PIXELS_PER_EVENT = 14;
    /** More visible spans than this are drawn as bars without labels (labels would be unreadable anyway). */
    static final int MAX_LABELLED_SPANS = 300;
    private static final int MAX_TITLE = 48;

    private TimelineLayout() {
    }

    /** Lays out every lane from {@code top}, for a picture {@code width} pixels wide starting at {@code left}. */
    static List<LaneBox> layout(TimelineFrame frame, TimelineStyle st, double left, double width, double top) {
        List<LaneBox> boxes = new ArrayList<>();
        double y = top;
        for (Lane lane : frame.lanes()) {
            LaneBox box = new LaneBox(lane, frame.collapsed().contains(lane.key()));
            box.top = y;
            if (!box.collapsed) {
                placeSpans(frame, st, box, left, width);
                placeEvents(frame, st, box, left, width);
            }
            box.height = height(st, box);
            y += box.height;
            boxes.add(box);
        }
        return boxes;
    }

    /** The height of all lanes laid out, in pixels. */
    static double contentHeight(List<LaneBox> boxes) {
        return boxes.isEmpty() ? 0 : boxes.get(boxes.size() - 1).top + boxes.get(boxes.size() - 1).height - boxes.get(0).top;
    }

    private static double height(TimelineStyle st, LaneBox box) {
        if (box.collapsed) {
            return st.headerHeight;
        }
        return st.headerHeight + box.eventsHeight(st) + box.spanRowsUsed * st.spanRowHeight + 4 * st.unit;
    }

    private static void placeSpans(TimelineFrame frame, TimelineStyle st, LaneBox box, double left, double width) {
        Lane lane = box.lane;
        TimeSpan span = frame.span();
        int n = 0;
        int[] visible = new int[lane.relationCount()];
        for (int i = 0; i < lane.relationCount(); i++) {
            SpanExtent s = lane.span(i);
            if (s.from() < span.end() && s.until() > span.start()) {
                visible[n++] = i;
            }
        }
        boolean labelled = n <= MAX_LABELLED_SPANS;
        double[] l = new double[n];
        double[] r = new double[n];
        double[] labelX = new double[n];
        double[] extentPx = new double[n];
        String[] labels = new String[n];
        double right = left + width;
        for (int k = 0; k < n; k++) {
            SpanExtent s = lane.span(visible[k]);
            double x0 = Math.max(left, Math.min(right, span.x(Math.max(s.from(), span.start() - 1), left, width)));
            // a tie known only by a date keeps room for its faded lead-in ("since before ...")
            if (s.knownOnlyBy()) x0 = Math.max(left, x0 - st.fade - 4 * st.unit);
            double x1 = Math.max(x0 + 2, Math.min(right, span.x(Math.min(s.until(), span.end() + 1), left, width)));
            l[k] = x0;
            r[k] = x1;
            extentPx[k] = x1 - x0;
            if (labelled) {
                labels[k] = spanLabel(frame.dataset(), frame.mode(), lane, lane.relation(visible[k]));
                double w = st.width(labels[k]);
                // near the right edge the label moves left, over its own bar, rather than off the picture
                labelX[k] = Math.max(left + 2 * st.unit, Math.min(x0 + 2 * st.unit, right - w - 2 * st.unit));
                l[k] = Math.min(x0, labelX[k]);
                r[k] = Math.max(x1, labelX[k] + w);
            }
        }
        int maxRows = frame.mode() == LaneMode.ACTOR ? st.maxSpanRows : st.maxSpanRowsGrouped;
        // ties that start or end in view come first: those spanning the whole view are background
        int[] rows = RowPacker.packNarrowFirst(l, r, extentPx, n, width * 0.9, maxRows, labelled ? st.gap : 2 * st.unit);
        int used = 0;
        for (int k = 0; k < n; k++) used = Math.max(used, rows[k] + 1);
        box.spanRowsUsed = used;
        box.spanCount = n;
        box.spans = visible;
        box.spanRows = rows;
        box.spanLabels = labels;
        box.spanLabelX = labelX;
        box.spanLeft = l;
        box.spanRight = r;
        int overflow = 0;
        for (int k = 0; k < n; k++) if (rows[k] == RowPacker.OVERFLOW) overflow++;
        box.spanOverflow = overflow;
    }

    private static void placeEvents(TimelineFrame frame, TimelineStyle st, LaneBox box, double left, double width) {
        Lane lane = box.lane;
        TimeSpan span = frame.span();
        int[] visible = new int[Math.max(0, lane.endVisibleEvent(span) - lane.firstVisibleEvent(span))];
        int n = lane.visibleEvents(span, visible);
        box.visibleEventTotal = n;
        if (n > width / DENSITY_PIXELS_PER_EVENT) {
            box.density = true;
            return;
        }
        double[] l = new double[n];
        double[] r = new double[n];
        double[] labelX = new double[n];
        double[] extentPx = new double[n];
        String[] labels = new String[n];
        double right = left + width;
        double pad = 4 * st.unit;
        for (int k = 0; k < n; k++) {
            Event e = lane.event(visible[k]);
            Extent x = lane.extent(visible[k]);
            labels[k] = eventLabel(e, x);
            double labelWidth = st.width(labels[k]);
            extentPx[k] = Math.min(span.x(x.end(), left, width), right) - Math.max(span.x(x.start(), left, width), left);
            if (x.isSharp()) {
                double cx = span.x(x.centre(), left, width);
                double after = cx + st.marker / 2 + pad;
                boolean flip = after + labelWidth > right && cx - st.marker / 2 - pad - labelWidth >= left;
                labelX[k] = flip ? cx - st.marker / 2 - pad - labelWidth : after;
                l[k] = flip ? labelX[k] : cx - st.marker / 2;
                r[k] = flip ? cx + st.marker / 2 : after + labelWidth;
            } else {
                double x0 = span.x(x.start(), left, width);
                double x1 = Math.max(x0 + 3, span.x(x.end(), left, width));
                // the label goes inside a band wide enough to hold it, else after it, else before it
                double inside = Math.max(x0, left) + 5 * st.unit;
                if (Math.min(x1, right) - inside < labelWidth + pad) {
                    inside = x1 + pad;
                }
                if (inside + labelWidth > right) {
                    inside = x0 - pad - labelWidth >= left ? x0 - pad - labelWidth
                            : Math.max(left + 2 * st.unit, right - labelWidth - 2 * st.unit);
                }
                labelX[k] = inside;
                l[k] = Math.min(x0, inside);
                r[k] = Math.max(x1, inside + labelWidth + pad);
            }
        }
        int[] rows = RowPacker.packNarrowFirst(l, r, extentPx, n, width / 3, st.maxEventRows, st.gap * 0.6);
        int used = 0;
        for (int k = 0; k < n; k++) used = Math.max(used, rows[k] + 1);
        box.eventRowsUsed = used;
        box.eventCount = n;
        box.events = visible;
        box.eventRows = rows;
        box.eventLabels = labels;
        box.eventLabelX = labelX;
        box.eventLeft = l;
        box.eventRight = r;
        int overflow = 0;
        for (int k = 0; k < n; k++) if (rows[k] == RowPacker.OVERFLOW) overflow++;
        box.eventOverflow = overflow;
    }

    /** An event's label: its title, shortened, with "~" in front when the date is approximate. */
    static String eventLabel(Event e, Extent x) {
        String title = e.title() == null || e.title().isBlank() ? e.id() : e.title();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1).trim() + "…";
        }
        return x.approximate() ? "~ " + title : title;
    }

    /** A span's label: both ends and the type, or, for the actor's own ties in its swimlane, the type and the other end. */
    static String spanLabel(Dataset dataset, LaneMode mode, Lane lane, Relation r) {
        String type = r.type().replace('-', ' ');
        String from = dataset.actor(r.from()).map(Actor::name).orElse(r.from());
        String to = dataset.actor(r.to()).map(Actor::name).orElse(r.to());
        String suffix = "planned".equals(r.certainty()) ? " (planned)" : "";
        if (mode == LaneMode.ACTOR) {
            if (lane.key().equals("actor:" + r.from())) {
                return type + " " + to + suffix;
            }
        }
        return from + " " + type + " " + to + suffix;
    }
}
