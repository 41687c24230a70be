package org.entente.ui.timeline;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.entente.logic.timeline.DensityBuckets;
import org.entente.logic.timeline.Extent;
import org.entente.logic.timeline.Lane;
import org.entente.logic.timeline.LaneMode;
import org.entente.logic.timeline.RowPacker;
import org.entente.logic.timeline.SpanExtent;
import org.entente.logic.timeline.SpanFilter;
import org.entente.logic.timeline.TimeSpan;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.entente.model.Vocabulary;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.Surface;
import org.entente.ui.state.Selection;
import org.entente.ui.theme.Palette;

/**
 * Draws the lanes laid out by {@link TimelineLayout}: a header band per lane, relation spans as bars (firm
 * where the tie surely holds, soft over uncertain partial dates, fading with an open arrow at open ends,
 * outlined when planned), events as sharp diamonds (exact days) or bracketed soft bands (month or year
 * precision; dashed and marked "~" when approximate), and density strips with counts where events crowd.
 */
final class LanePainter {

    private final Surface s;
    private final TimelineFrame f;
    private final TimelineStyle st;
    private final Palette p;
    private final double left;
    private final double width;
    private final double right;
    private final HitIndex hits;

    LanePainter(Surface surface, TimelineFrame frame, TimelineStyle style, Palette palette, double left, double width, HitIndex hits) {
        this.s = surface;
        this.f = frame;
        this.st = style;
        this.p = palette;
        this.left = left;
        this.width = width;
        this.right = left + width;
        this.hits = hits;
    }

    /** Paints the lanes whose boxes intersect {@code [clipTop, clipBottom]}. */
    void paint(List<LaneBox> boxes, double clipTop, double clipBottom) {
        for (LaneBox box : boxes) {
            if (box.top + box.height < clipTop || box.top > clipBottom) {
                continue;
            }
            if (!box.collapsed) {
                if (box.density) {
                    paintDensity(box, clipTop, clipBottom);
                } else {
                    paintEvents(box, clipTop, clipBottom);
                }
                paintSpans(box, clipTop, clipBottom);
            }
            paintHeader(box, clipTop, clipBottom);
        }
    }

    private void paintHeader(LaneBox box, double clipTop, double clipBottom) {
        double y = box.top;
        if (y < clipTop - 1 || y + st.headerHeight > clipBottom + 1) {
            return;
        }
        s.setGlobalAlpha(1);
        s.setFill(TimelinePainter.over(p.grid(), 0.55, p.background()));
        s.fillRect(left, y, width, st.headerHeight);
        double cy = y + st.headerHeight / 2;
        double t = 4.5 * st.unit;
        double tx = left + 8 * st.unit;
        s.setFill(p.mutedText());
        if (box.collapsed) {
            s.fillPolygon(new double[] {tx - t * 0.6, tx + t, tx - t * 0.6}, new double[] {cy - t, cy, cy + t}, 3);
        } else {
            s.fillPolygon(new double[] {tx - t, tx + t, tx}, new double[] {cy - t * 0.6, cy - t * 0.6, cy + t}, 3);
        }
        s.setTextBaseline(VPos.CENTER);
        s.setTextAlign(TextAlignment.LEFT);
        s.setFont(st.bold);
        s.setFill(p.text());
        double titleX = tx + 10 * st.unit;
        s.fillText(box.lane.title(), titleX, cy);
        s.setFont(st.small);
        s.setFill(p.mutedText());
        s.fillText(counts(box, f.mode()), titleX + st.boldWidth(box.lane.title()) + 10 * st.unit, cy);
        s.setTextBaseline(VPos.BASELINE);
        if (hits != null) {
            hits.add(HitIndex.Kind.LANE_HEADER, box.lane.key(), left, y, right, y + st.headerHeight);
        }
    }

    private static String counts(LaneBox box, LaneMode mode) {
        Lane lane = box.lane;
        if (box.collapsed) {
            return plural(lane.eventCount(), "event") + ", " + plural(lane.relationCount(), "tie") + " (collapsed)";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(plural(box.visibleEventTotal, "event")).append(", ").append(plural(box.spanCount, "tie")).append(" in view");
        if (box.density) {
            sb.append(" · zoom in to read them");
        } else if (box.eventOverflow > 0) {
            sb.append(" · ").append(plural(box.eventOverflow, "more event")).append(", zoom in");
        }
        if (box.spanOverflow > 0) {
            sb.append(" · ").append(plural(box.spanOverflow, "more tie"));
            if (mode != LaneMode.ACTOR) sb.append(" in Per actor lanes");
        }
        return sb.toString();
    }

    private static String plural(int n, String word) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
    }

    private void paintSpans(LaneBox box, double clipTop, double clipBottom) {
        Lane lane = box.lane;
        TimeSpan span = f.span();
        s.setFont(st.font);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.BASELINE);
        for (int k = 0; k < box.spanCount; k++) {
            int row = box.spanRows[k];
            if (row == RowPacker.OVERFLOW) continue;
            double y = box.spansTop(st) + row * st.spanRowHeight;
            if (y < clipTop || y + st.spanRowHeight > clipBottom) continue;
            Relation r = lane.relation(box.spans[k]);
            SpanExtent x = lane.span(box.spans[k]);
            Color c = p.familyColor(Vocabulary.familyOf(r.type()));
            boolean dim = !SpanFilter.keeps(f.dataset(), r, f.criteria());
            boolean lit = f.highlighted().contains(r.id()) || f.highlighted().contains(r.from()) || f.highlighted().contains(r.to());
            boolean planned = "planned".equals(r.certainty()) || x.firmStart() > f.today().toEpochDay();
            boolean soft = "reported".equals(r.certainty()) || "disputed".equals(r.certainty());
            s.setGlobalAlpha(dim ? 0.3 : 1);
            double barH = st.spanBarHeight * (lit ? 1.6 : 1);
            double by = y + st.spanBarTop;
            double x0 = clamp(span.x(x.from(), left, width));
            double x1 = clamp(span.x(x.until(), left, width));
            double fx0 = clamp(span.x(x.firmStart(), left, width));
            double fx1 = clamp(span.x(x.firmEnd(), left, width));
            double fade = st.fade;
            boolean leadIn = x.knownOnlyBy();
            boolean fadeLeft = x.openStart() && !leadIn && x1 - x0 > 3 * fade;
            boolean fadeRight = x.openEnd() && x1 - x0 > 3 * fade;
            if (planned) {
                s.setStroke(c);
                s.setLineWidth(1.2 * st.line);
                s.setLineDashes(4 * st.unit, 3 * st.unit);
                s.strokeRect(x0, by, Math.max(2, x1 - x0), barH);
                s.setLineDashes();
            } else {
                // uncertain zones at a partial start or end
                s.setFill(c.deriveColor(0, 1, 1, 0.35));
                if (fx0 > x0) s.fillRect(x0, by, fx0 - x0, barH);
                if (x1 > fx1 && fx1 >= x0) s.fillRect(Math.max(fx1, x0), by, x1 - Math.max(fx1, x0), barH);
                double solid0 = fadeLeft ? fx0 + fade : fx0;
                double solid1 = fadeRight ? fx1 - fade : fx1;
                s.setFill(c.deriveColor(0, 1, 1, soft ? 0.55 : 0.9));
                if (solid1 > solid0) s.fillRect(solid0, by, solid1 - solid0, barH);
                else if (fx1 >= fx0) s.fillRect(fx0, by, Math.max(2, fx1 - fx0), barH);
                if (fadeLeft) fadeEnd(c, fx0, by, barH, fade, true);
                if (fadeRight) fadeEnd(c, fx1 - fade, by, barH, fade, false);
                // known only by a date: a faded lead-in and an arrow before it, "since before ..."
                if (leadIn && x0 - fade + 4 * st.unit > left) fadeEnd(c.deriveColor(0, 1, 1, 0.6), x0 - fade, by, barH, fade, true);
            }
            double hx0 = box.spanLeft[k];
            double hx1 = box.spanRight[k];
            if (lit) {
                s.setFill(Palette.ORANGE.deriveColor(0, 1, 1, 0.3));
                s.fillRect(hx0, y, hx1 - hx0, st.spanBarTop);
            }
            s.note(SceneItem.timeline(SceneItem.Kind.BAR, r.id(), "", x0, by, Math.max(2, x1 - x0), barH));
            if (box.spanLabels[k] != null) {
                s.setFill(dim ? p.mutedText() : p.text());
                double baseline = y + st.spanLabelBaseline;
                s.fillText(box.spanLabels[k], box.spanLabelX[k], baseline);
                s.note(SceneItem.timeline(SceneItem.Kind.BAR_LABEL, r.id(), box.spanLabels[k], box.spanLabelX[k],
                        baseline - st.ascent, st.width(box.spanLabels[k]), st.ascent + st.descent));
            }
            if (f.selection().is(Selection.Kind.RELATION, r.id())) {
                s.setStroke(p.selection());
                s.setLineWidth(2 * st.line);
                s.strokeRect(hx0 - 2, y, hx1 - hx0 + 4, st.spanRowHeight);
            }
            if (hits != null) hits.add(HitIndex.Kind.RELATION, r.id(), hx0, y, hx1, y + st.spanRowHeight);
        }
        s.setGlobalAlpha(1);
    }

    /** A fading end with an open arrowhead: "continues beyond what the data says". */
    private void fadeEnd(Color c, double x, double y, double h, double w, boolean towardsLeft) {
        int steps = 4;
        for (int i = 0; i < steps; i++) {
            double a = towardsLeft ? (i + 1) / (double) (steps + 1) : (steps - i) / (double) (steps + 1);
            s.setFill(c.deriveColor(0, 1, 1, 0.9 * a));
            s.fillRect(x + i * w / steps, y, w / steps + 0.5, h);
        }
        double tip = towardsLeft ? x - 3 * st.unit : x + w + 3 * st.unit;
        double back = towardsLeft ? tip + 6 * st.unit : tip - 6 * st.unit;
        double cy = y + h / 2;
        s.setStroke(c);
        s.setLineWidth(1.3 * st.line);
        s.strokePolyline(new double[] {back, tip, back}, new double[] {cy - 5 * st.unit, cy, cy + 5 * st.unit}, 3);
    }

    private void paintEvents(LaneBox box, double clipTop, double clipBottom) {
        Lane lane = box.lane;
        TimeSpan span = f.span();
        double top = box.eventsTop(st);
        double todayDay = f.today().toEpochDay();
        s.setFont(st.font);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.CENTER);
        double bucket = 4 * st.unit;
        int[] overflow = new int[(int) Math.ceil(width / bucket) + 1];
        for (int k = 0; k < box.eventCount; k++) {
            int row = box.eventRows[k];
            Event e = lane.event(box.events[k]);
            Extent x = lane.extent(box.events[k]);
            boolean dim = f.visibleEvents() != null && !f.visibleEvents().contains(e.id());
            s.setGlobalAlpha(dim ? 0.3 : 1);
            if (row == RowPacker.OVERFLOW) {
                double cx = span.x(x.centre(), left, width);
                if (cx >= left && cx < right) overflow[(int) ((cx - left) / bucket)]++;
                continue;
            }
            double y = top + row * st.eventRowHeight;
            if (y < clipTop || y + st.eventRowHeight > clipBottom) continue;
            double cy = y + st.eventRowHeight / 2;
            boolean lit = f.highlighted().contains(e.id()) || e.actors().stream().anyMatch(f.highlighted()::contains);
            boolean future = x.start() > todayDay;
            String label = box.eventLabels[k];
            double labelW = st.width(label);
            double textX = box.eventLabelX[k];
            Color mark = lit ? Palette.ORANGE : p.accent();
            if (x.isSharp()) {
                double cx = span.x(x.centre(), left, width);
                double m = st.marker / 2 * (lit ? 1.25 : 1);
                double[] xs = {cx, cx + m, cx, cx - m};
                double[] ys = {cy - m, cy, cy + m, cy};
                if (future) {
                    s.setFill(p.background());
                    s.fillPolygon(xs, ys, 4);
                    s.setStroke(mark);
                    s.setLineWidth(1.6 * st.line);
                    s.strokePolygon(xs, ys, 4);
                } else {
                    s.setFill(mark);
                    s.fillPolygon(xs, ys, 4);
                }
            } else {
                double x0 = span.x(x.start(), left, width);
                double x1 = Math.max(x0 + 3, span.x(x.end(), left, width));
                double bx0 = Math.max(x0, left - 2);
                double bx1 = Math.min(x1, right + 2);
                double h = st.eventRowHeight - 5 * st.unit;
                double by = cy - h / 2;
                s.setFill(mark.deriveColor(0, 1, 1, x.approximate() ? 0.10 : 0.18));
                s.fillRect(bx0, by, bx1 - bx0, h);
                s.setStroke(mark);
                s.setLineWidth(1.3 * st.line);
                if (x.approximate()) {
                    s.setLineDashes(3 * st.unit, 3 * st.unit);
                    s.strokeRect(bx0, by, bx1 - bx0, h);
                    s.setLineDashes();
                } else {
                    bracket(x0, by, h, 1);
                    bracket(x1, by, h, -1);
                }
            }
            if (lit) {
                s.setFill(Palette.ORANGE.deriveColor(0, 1, 1, 0.3));
                s.fillRect(textX - 2 * st.unit, cy - 8 * st.unit, labelW + 4 * st.unit, 16 * st.unit);
            }
            s.setFill(x.approximate() || dim ? p.mutedText() : p.text());
            s.fillText(label, textX, cy);
            s.note(SceneItem.timeline(SceneItem.Kind.EVENT, e.id(), label, textX, cy - st.eventRowHeight / 2, labelW, st.eventRowHeight));
            double x0 = box.eventLeft[k];
            double boxEnd = box.eventRight[k];
            if (f.selection().is(Selection.Kind.EVENT, e.id())) {
                s.setStroke(p.selection());
                s.setLineWidth(2 * st.line);
                s.strokeRoundRect(x0 - 3 * st.unit, y + 1, boxEnd - x0 + 6 * st.unit, st.eventRowHeight - 2, 6 * st.unit);
            }
            if (hits != null) hits.add(HitIndex.Kind.EVENT, e.id(), x0, y, boxEnd, y + st.eventRowHeight);
        }
        s.setGlobalAlpha(1);
        s.setTextBaseline(VPos.BASELINE);
        double oy = top + box.eventRowsUsed * st.eventRowHeight;
        if (box.eventOverflow > 0 && oy >= clipTop && oy + st.overflowRowHeight <= clipBottom) {
            // what did not fit in the rows: counted, not hidden
            densityStrip(overflow, bucket, oy, st.overflowRowHeight, 0.45);
        }
    }

    /** One side of "[ ]": a vertical stroke with serifs pointing inwards ({@code dir} +1 at the start). */
    private void bracket(double x, double y, double h, int dir) {
        if (x < left - 1 || x > right + 1) return;
        double serif = 3 * st.unit * dir;
        s.strokePolyline(new double[] {x + serif, x, x, x + serif}, new double[] {y, y, y + h, y + h}, 4);
    }

    private void paintDensity(LaneBox box, double clipTop, double clipBottom) {
        double top = box.eventsTop(st);
        if (top < clipTop || top + st.densityHeight > clipBottom) return;
        double bucket = 4 * st.unit;
        densityStrip(DensityBuckets.count(box.lane.starts(), f.span(), width, bucket), bucket, top, st.densityHeight, 0.6);
    }

    /**
     * Bars per pixel-column bucket (height by the square root of the count, so one event still shows), with
     * the total of each cluster written above it where there is room.
     */
    private void densityStrip(int[] counts, double bucket, double top, double height, double alpha) {
        int max = 1;
        for (int c : counts) max = Math.max(max, c);
        double labelBand = 12 * st.unit;
        double barTop = top + labelBand;
        double barMax = height - labelBand - 2 * st.unit;
        s.setFill(p.accent().deriveColor(0, 1, 1, alpha));
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            double h = Math.max(2 * st.unit, barMax * Math.sqrt(counts[i] / (double) max));
            s.fillRect(left + i * bucket, barTop + barMax - h, Math.max(1, bucket - Math.min(1, bucket * 0.2)), h);
        }
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
        boolean[] counted = new boolean[counts.length];
        int reach = (int) Math.ceil(20 * st.unit / bucket);
        List<double[]> placed = new ArrayList<>();
        s.setFont(st.small);
        s.setFill(p.text());
        s.setTextAlign(TextAlignment.CENTER);
        s.setTextBaseline(VPos.BASELINE);
        for (Integer i : order) {
            if (counts[i] == 0) break;
            if (counted[i]) continue;
            int sum = 0;
            double weighted = 0;
            for (int j = Math.max(0, i - reach); j <= Math.min(counts.length - 1, i + reach); j++) {
                if (!counted[j]) {
                    sum += counts[j];
                    weighted += counts[j] * (j + 0.5);
                    counted[j] = true;
                }
            }
            String text = Integer.toString(sum);
            double w = st.width(text);
            double cx = left + weighted / sum * bucket;
            double a = cx - w / 2 - 3 * st.unit;
            double b = cx + w / 2 + 3 * st.unit;
            if (a < left || b > right) continue;
            boolean free = true;
            for (double[] q : placed) {
                if (a < q[1] && b > q[0]) { free = false; break; }
            }
            if (free) {
                placed.add(new double[] {a, b});
                s.fillText(text, cx, top + labelBand - 2 * st.unit);
            }
        }
        s.setTextAlign(TextAlignment.LEFT);
    }

    private double clamp(double x) {
        return Math.max(left - 1, Math.min(right + 1, x));
    }
}
