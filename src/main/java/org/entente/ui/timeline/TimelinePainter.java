package org.entente.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.entente.logic.timeline.AxisTicks;
import org.entente.logic.timeline.Tick;
import org.entente.logic.timeline.TickGenerator;
import org.entente.logic.timeline.TimeSpan;
import org.entente.ui.render.Area;
import org.entente.ui.render.Surface;
import org.entente.ui.theme.Palette;

/**
 * Paints a {@link TimelineFrame} into an area of any {@link Surface}: the time axis with ticks chosen for the
 * zoom, the lanes, the time window, the future beyond today and the as-of cursor. The on-screen canvas, PNG
 * and SVG export and the frame-time probe all call this one painter.
 */
final class TimelinePainter {

    /** What a paint produced that the caller may need: the axis ticks and the lanes' total height. */
    record Result(AxisTicks ticks, double contentHeight, List<LaneBox> lanes) {
    }

    static final DateTimeFormatter CURSOR_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private TimelinePainter() {
    }

    /**
     * @param hits receives the drawn boxes for hit-testing; null in exports
     */
    static Result paint(Surface s, Area area, TimelineFrame f, Palette p, TimelineStyle st, boolean transparent, HitIndex hits) {
        double left = area.x();
        double width = area.width();
        double top = area.y();
        double bottom = area.y() + area.height();
        double lanesTop = top + st.axisHeight;
        TimeSpan span = f.span();
        s.setGlobalAlpha(1);
        s.setLineDashes();
        if (!transparent) {
            s.setFill(p.background());
            s.fillRect(left, top, width, area.height());
        }
        AxisTicks ticks = new TickGenerator(st.labelWidth(), st.gap).ticks(span, width);

        double todayX = span.x(f.today().toEpochDay() + 1.0, left, width);
        if (todayX < left + width) {
            double fx = Math.max(left, todayX);
            s.setFill(transparent ? p.grid().deriveColor(0, 1, 1, 0.28) : over(p.grid(), 0.28, p.background()));
            s.fillRect(fx, lanesTop, left + width - fx, bottom - lanesTop);
        }
        shadeOutsideWindow(s, f, p, left, width, lanesTop, bottom);

        s.setStroke(p.grid());
        s.setLineWidth(st.line / p.lineScale());
        for (Tick t : ticks.ticks()) {
            double x = span.x(t.day(), left, width);
            s.strokeLine(x, lanesTop, x, bottom);
        }

        List<LaneBox> boxes = TimelineLayout.layout(f, st, left, width, lanesTop - f.scrollY() * st.unit);
        new LanePainter(s, f, st, p, left, width, hits).paint(boxes, lanesTop, bottom);
        if (f.lanes().isEmpty()) {
            s.setFont(st.font);
            s.setFill(p.mutedText());
            s.setTextAlign(TextAlignment.CENTER);
            s.setTextBaseline(VPos.CENTER);
            s.fillText("Nothing to show: this dataset has no events or ties for these lanes.", left + width / 2, (lanesTop + bottom) / 2);
        }

        paintAxis(s, f, p, st, ticks, left, width, top);
        paintToday(s, f, p, st, todayX, left, width, top, bottom);
        paintCursor(s, f, p, st, left, width, top, bottom);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.BASELINE);
        return new Result(ticks, TimelineLayout.contentHeight(boxes), boxes);
    }

    private static void shadeOutsideWindow(Surface s, TimelineFrame f, Palette p, double left, double width, double top, double bottom) {
        if (f.window().start() == null && f.window().end() == null) {
            return;
        }
        s.setFill(p.grid().deriveColor(0, 1, 1, 0.6));
        if (f.window().start() != null) {
            double x = Math.min(left + width, f.span().x(f.window().start().toEpochDay(), left, width));
            if (x > left) s.fillRect(left, top, x - left, bottom - top);
        }
        if (f.window().end() != null) {
            double x = Math.max(left, f.span().x(f.window().end().toEpochDay() + 1.0, left, width));
            if (x < left + width) s.fillRect(x, top, left + width - x, bottom - top);
        }
    }

    private static void paintAxis(Surface s, TimelineFrame f, Palette p, TimelineStyle st, AxisTicks ticks,
                                  double left, double width, double top) {
        TimeSpan span = f.span();
        double axisBottom = top + st.axisHeight;
        s.setFill(p.panel());
        s.fillRect(left, top, width, st.axisHeight);
        s.setStroke(p.grid());
        s.setLineWidth(1 * st.line);
        s.strokeLine(left, axisBottom, left + width, axisBottom);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.BASELINE);
        s.setFont(st.font);
        s.setStroke(p.mutedText());
        for (Tick t : ticks.ticks()) {
            double x = span.x(t.day(), left, width);
            if (x < left - 1 || x > left + width) continue;
            s.strokeLine(x, axisBottom - 6 * st.unit, x, axisBottom);
            s.setFill(p.text());
            s.fillText(t.label(), x + 3 * st.unit, top + st.tickBaseline);
        }
        List<Tick> context = ticks.context();
        s.setFont(st.bold);
        // the as-of badge waits at an edge when its date is off screen: sticky labels keep clear of it
        double[] badge = offscreenBadge(f, st, left, width);
        double minX = badge != null && badge[0] <= left + 1 ? badge[0] + badge[1] + st.gap : left;
        for (int i = 0; i < context.size(); i++) {
            Tick t = context.get(i);
            double w = st.boldWidth(t.label());
            double x = Math.max(span.x(t.day(), left, width), minX) + 3 * st.unit;
            if (i + 1 < context.size()) {
                double next = span.x(context.get(i + 1).day(), left, width);
                x = Math.min(x, next - w - st.gap);
            }
            if (x + w < left) continue;
            double tickX = span.x(t.day(), left, width);
            if (tickX >= left) {
                s.setStroke(p.text());
                s.strokeLine(tickX, top + 2 * st.unit, tickX, axisBottom);
            }
            s.setFill(p.text());
            s.fillText(t.label(), x, top + st.contextBaseline);
        }
    }

    private static void paintToday(Surface s, TimelineFrame f, Palette p, TimelineStyle st, double x,
                                   double left, double width, double top, double bottom) {
        if (x < left || x > left + width) return;
        s.setStroke(p.mutedText());
        s.setLineWidth(1.2 * st.line);
        s.setLineDashes(5 * st.unit, 4 * st.unit);
        s.strokeLine(x, top + st.axisHeight, x, bottom);
        s.setLineDashes();
        s.setFont(st.small);
        String text = "today → planned";
        boolean fits = x + 4 * st.unit + st.width(text) < left + width;
        String shown = fits ? text : "← today";
        // at the foot of the lanes on a plate of the background: at their head it ran through the first lane's title
        double textWidth = st.width(shown) * st.small.getSize() / st.font.getSize();
        double textHeight = 14 * st.unit;
        double plateX = fits ? x + 2 * st.unit : x - 6 * st.unit - textWidth;
        double plateY = bottom - textHeight - 3 * st.unit;
        s.setFill(p.background());
        s.fillRect(plateX, plateY, textWidth + 4 * st.unit, textHeight);
        s.setFill(p.mutedText());
        s.setTextAlign(fits ? TextAlignment.LEFT : TextAlignment.RIGHT);
        s.setTextBaseline(VPos.CENTER);
        s.fillText(shown, fits ? x + 4 * st.unit : x - 4 * st.unit, plateY + textHeight / 2);
        s.setTextBaseline(VPos.BASELINE);
    }

    private static void paintCursor(Surface s, TimelineFrame f, Palette p, TimelineStyle st,
                                    double left, double width, double top, double bottom) {
        LocalDate asOf = f.asOf();
        if (asOf == null) return;
        double x = cursorX(f.span(), asOf, left, width);
        boolean before = x < left;
        boolean after = x > left + width;
        if (!before && !after) {
            s.setStroke(p.accent());
            s.setLineWidth(2 * st.line);
            s.strokeLine(x, top + 18 * st.unit, x, bottom);
        }
        // off screen, the badge waits at the edge and points to where the date is
        String text = cursorText(asOf, before, after);
        s.setFont(st.bold);
        double w = st.boldWidth(text) + 12 * st.unit;
        double h = 17 * st.unit;
        double bx = Math.max(left + 1, Math.min(left + width - w - 1, x - w / 2));
        s.setFill(p.accent());
        s.fillRoundRect(bx, top + 1 * st.unit, w, h, 8 * st.unit);
        s.setFill(p.background());
        s.setTextAlign(TextAlignment.CENTER);
        s.setTextBaseline(VPos.CENTER);
        s.fillText(text, bx + w / 2, top + 1 * st.unit + h / 2);
        s.setTextBaseline(VPos.BASELINE);
        s.setTextAlign(TextAlignment.LEFT);
    }

    private static String cursorText(LocalDate asOf, boolean before, boolean after) {
        return (before ? "← " : "") + "as of " + CURSOR_FORMAT.format(asOf) + (after ? " →" : "");
    }

    /** {x, width} of the as-of badge when its date is off screen (it then sits at an edge), else null. */
    private static double[] offscreenBadge(TimelineFrame f, TimelineStyle st, double left, double width) {
        if (f.asOf() == null) return null;
        double x = cursorX(f.span(), f.asOf(), left, width);
        boolean before = x < left;
        boolean after = x > left + width;
        if (!before && !after) return null;
        double w = st.boldWidth(cursorText(f.asOf(), before, after)) + 12 * st.unit;
        return new double[] {before ? left + 1 : left + width - w - 1, w};
    }

    /**
     * {@code top} at {@code alpha} over {@code bottom}, as one opaque colour: large fills drawn straight on the
     * background look the same and cost less to rasterise than translucent ones.
     */
    static Color over(Color top, double alpha, Color bottom) {
        return bottom.interpolate(top, alpha);
    }

    /** Where the cursor for {@code asOf} stands: the middle of that day. */
    static double cursorX(TimeSpan span, LocalDate asOf, double left, double width) {
        return span.x(asOf.toEpochDay() + 0.5, left, width);
    }
}
