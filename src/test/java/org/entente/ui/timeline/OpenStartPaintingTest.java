package org.entente.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.entente.logic.timeline.LaneAssigner;
import org.entente.logic.timeline.LaneMode;
import org.entente.logic.timeline.TimeSpan;
import org.entente.logic.timeline.TimelineIndex;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.ui.render.Area;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.Surface;
import org.entente.ui.theme.Palette;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * A tie whose start the sources do not give, known only to hold by a date, must not look as if it began on
 * that date (the day an article was written), nor as if it had held since the view's left edge: it is drawn
 * from the "known by" date with a faded lead-in ending in an arrow that points left ("since before ...").
 */
class OpenStartPaintingTest {

    private static final double WIDTH = 1600;
    private static final TimeSpan VIEW = TimeSpan.of(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31));

    @Test
    void aTieKnownOnlyByADateIsDrawnFromThatDateWithALeadInArrowPointingLeft() throws Exception {
        Drawing known = paint(new Relation("r", "a", "b", "leads", null, null, null, null, null, List.of(), List.of("s"),
                PartialDate.ofYear(2020)));
        double x2020 = known.x(LocalDate.of(2020, 1, 1));
        assertTrue(known.leftArrowTips().stream().anyMatch(tip -> tip < x2020 && tip > x2020 - 3 * known.fade),
                "an arrow points left just before 2020 (x " + x2020 + "): " + known.leftArrowTips());
        assertFalse(known.barCovers(known.x(LocalDate.of(2015, 1, 1))),
                "nothing of the bar is drawn at 2015: the sources do not say the tie held then");
        assertTrue(known.barCovers(known.x(LocalDate.of(2025, 1, 1))), "the bar is drawn after 2020");
    }

    @Test
    void aTieWithAKnownStartHasNoLeadInAndAFullyOpenStartReachesTheEdge() throws Exception {
        Drawing started = paint(Relation.of("r", "a", "b", "leads", PartialDate.ofYear(2020), null));
        double x2020 = started.x(LocalDate.of(2020, 1, 1));
        assertTrue(started.leftArrowTips().stream().noneMatch(tip -> tip < x2020),
                "a known start has no arrow before it: " + started.leftArrowTips());
        Drawing open = paint(Relation.of("r", "a", "b", "leads", null, null));
        assertTrue(open.barCovers(open.x(LocalDate.of(2011, 1, 1))), "an open start without a date runs from the edge");
    }

    @Test
    void theLegendExplainsAnOpenStartOnlyWhenTheDataHasOne() throws Exception {
        Relation known = new Relation("r", "a", "b", "leads", null, null, null, null, null, List.of(), List.of("s"),
                PartialDate.ofYear(2020));
        assertTrue(legend(known).contains("Start not given (holds by this date)"), legend(known).toString());
        assertFalse(legend(Relation.of("r", "a", "b", "leads", PartialDate.ofYear(2020), null)).contains("Start not given (holds by this date)"));
    }

    @Test
    void theTodayMarkIsNotWrittenOverALanesTitle() throws Exception {
        TimelineFrame frame = frame(Relation.of("r", "a", "b", "leads", PartialDate.ofYear(2020), null));
        Palette palette = Theme.LIGHT.palette();
        double[] header = new double[1];
        ShapeSurface s = HeadlessFx.call(() -> {
            TimelineStyle st = new TimelineStyle(palette, 1);
            header[0] = st.headerHeight;
            ShapeSurface surface = new ShapeSurface();
            TimelinePainter.paint(surface, new Area(0, 0, WIDTH, 400), frame, palette, st, false, null);
            return surface;
        });
        Object[] today = s.texts.stream().filter(t -> ((String) t[0]).contains("today")).findFirst().orElseThrow();
        double y = (double) today[2];
        List<double[]> titleBands = s.rects.stream().filter(r -> Math.abs(r[3] - header[0]) < 0.01 && r[2] > WIDTH / 2).toList();
        assertFalse(titleBands.isEmpty(), "the lanes have title bands");
        for (double[] band : titleBands) {
            assertFalse(y > band[1] - 8 && y < band[1] + band[3] + 8,
                    "'" + today[0] + "' at y " + y + " runs through the lane title band at y " + band[1] + "–" + (band[1] + band[3]));
        }
    }

    private static List<String> legend(Relation r) throws Exception {
        TimelineFrame frame = frame(r);
        return HeadlessFx.call(() -> new TimelineRenderable(frame, Theme.LIGHT.palette(), 1600, 400).legend().stream()
                .map(org.entente.ui.render.LegendItem::label).toList());
    }

    private static TimelineFrame frame(Relation r) {
        Dataset d = new Dataset("entente/1", "t", null, List.of(), List.of(Actor.of("a", "A", "person"), Actor.of("b", "B", "state")),
                List.of(r), List.of(), List.of());
        LocalDate today = LocalDate.of(2026, 1, 1);
        return new TimelineFrame(d, new TimelineIndex(d, today), LaneAssigner.assign(d, LaneMode.KIND, List.of()),
                LaneMode.KIND, VIEW, today, today, null, null, null, null, Set.of(), Set.of(), 0);
    }

    private static Drawing paint(Relation r) throws Exception {
        TimelineFrame frame = frame(r);
        Palette palette = Theme.LIGHT.palette();
        return HeadlessFx.call(() -> {
            TimelineStyle st = new TimelineStyle(palette, 1);
            ShapeSurface s = new ShapeSurface();
            TimelinePainter.paint(s, new Area(0, 0, WIDTH, 400), frame, palette, st, false, null);
            return new Drawing(s, st.spanBarHeight, st.fade);
        });
    }

    /** What was drawn: the bars (rectangles of the bar's height) and the arrowheads. */
    private record Drawing(ShapeSurface s, double barHeight, double fade) {
        double x(LocalDate day) {
            return VIEW.x(day.toEpochDay(), 0, WIDTH);
        }

        boolean barCovers(double x) {
            return s.rects.stream().anyMatch(r -> Math.abs(r[3] - barHeight) < 0.01 && r[0] <= x && x <= r[0] + r[2]);
        }

        /** The tips of three-point arrowheads that point left. */
        List<Double> leftArrowTips() {
            return s.polylines.stream().filter(p -> p.length == 3 && p[1] < p[0] && p[1] < p[2]).map(p -> p[1]).toList();
        }
    }

    /** Records filled rectangles (x, y, w, h) and the x of stroked polylines; draws nothing. */
    private static final class ShapeSurface implements Surface {
        final List<double[]> rects = new ArrayList<>();
        final List<double[]> polylines = new ArrayList<>();
        final List<Object[]> texts = new ArrayList<>();

        @Override public double width() { return WIDTH; }
        @Override public double height() { return 400; }
        @Override public void setFill(Color color) { }
        @Override public void setStroke(Color color) { }
        @Override public void setLineWidth(double width) { }
        @Override public void setLineDashes(double... dashes) { }
        @Override public void setFont(Font font) { }
        @Override public void setTextAlign(TextAlignment align) { }
        @Override public void setTextBaseline(VPos baseline) { }
        @Override public void setGlobalAlpha(double alpha) { }
        @Override public void clear(Color color) { }
        @Override public void fillRect(double x, double y, double w, double h) { rects.add(new double[] {x, y, w, h}); }
        @Override public void strokeRect(double x, double y, double w, double h) { }
        @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { }
        @Override public void strokeRoundRect(double x, double y, double w, double h, double arc) { }
        @Override public void fillOval(double x, double y, double w, double h) { }
        @Override public void strokeOval(double x, double y, double w, double h) { }
        @Override public void strokeLine(double x1, double y1, double x2, double y2) { }
        @Override public void fillPolygon(double[] xs, double[] ys, int n) { }
        @Override public void strokePolygon(double[] xs, double[] ys, int n) { }
        @Override public void strokePolyline(double[] xs, double[] ys, int n) { polylines.add(java.util.Arrays.copyOf(xs, n)); }
        @Override public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) { }
        @Override public void fillText(String text, double x, double y) { texts.add(new Object[] {text, x, y}); }
        @Override public void beginPath() { }
        @Override public void moveTo(double x, double y) { }
        @Override public void lineTo(double x, double y) { }
        @Override public void quadTo(double cx, double cy, double x, double y) { }
        @Override public void closePath() { }
        @Override public void strokePath() { }
        @Override public void fillPath() { }
    }
}
