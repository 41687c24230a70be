package org.entente.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.paint.Color;

import org.entente.logic.timeline.RowPacker;
import org.entente.logic.timeline.TimeSpan;
import org.entente.logic.timeline.TimelinePeriod;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;
import org.entente.ui.render.Area;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.Renderable;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Surface;
import org.entente.ui.theme.Palette;

/**
 * A frozen timeline picture for export: the frame it was taken from, painted by the same painter as the
 * screen at any size and pixel scale. The legend lists the marks a reader needs (exact, uncertain and
 * approximate dates, the as-of line, open ends) and the tie families actually on the picture.
 */
final class TimelineRenderable implements Renderable {

    private final TimelineFrame frame;
    private final Palette palette;
    private final double width;
    private final double height;
    /** First day of the period a whole picture shows; null for the default period before the as-of date. */
    private final LocalDate periodFrom;

    TimelineRenderable(TimelineFrame frame, Palette palette, double width, double height) {
        this(frame, palette, width, height, null);
    }

    private TimelineRenderable(TimelineFrame frame, Palette palette, double width, double height, LocalDate periodFrom) {
        this.frame = frame;
        this.palette = palette;
        this.width = width;
        this.height = height;
        this.periodFrom = periodFrom;
    }

    @Override
    public Renderable during(LocalDate from, LocalDate asOf) {
        return new TimelineRenderable(frame.withAsOf(asOf), palette, width, height, from);
    }

    /**
     * The frame a picture draws: a whole picture (export, handout) shows the period around the as-of date
     * (the time window when one is set), where the date's events have room, not every year the data names;
     * otherwise what the screen shows.
     */
    TimelineFrame frameFor(boolean whole) {
        if (!whole) return frame;
        TimeSpan period = periodFrom != null
                ? TimelinePeriod.between(periodFrom, frame.asOf(), frame.index().extent())
                : TimelinePeriod.around(frame.asOf(), frame.window(), frame.index().extent());
        return frame.withSpan(period).unscrolled();
    }

    @Override
    public void render(Surface surface, Area area, RenderOptions options) {
        TimelineStyle st = new TimelineStyle(options.palette(), options.pixelScale());
        surface.note(org.entente.ui.render.SceneItem.area(org.entente.ui.render.SceneItem.Kind.TIMELINE,
                area.x(), area.y(), area.width(), area.height()));
        TimelinePainter.paint(surface, area, frameFor(options.wholeContent()), options.palette(), st, options.transparent(), null);
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem("Timeline", "Event on a known day", (s, cx, cy, size, p) -> {
            double m = size * 0.35;
            s.setFill(p.accent());
            s.fillPolygon(new double[] {cx, cx + m, cx, cx - m}, new double[] {cy - m, cy, cy + m, cy}, 4);
        }));
        items.add(new LegendItem("Timeline", "Known only to the month or year", (s, cx, cy, size, p) -> {
            s.setFill(p.accent().deriveColor(0, 1, 1, 0.18));
            s.fillRect(cx - size / 2, cy - size / 4, size, size / 2);
            s.setStroke(p.accent());
            s.setLineWidth(1.3);
            s.strokeLine(cx - size / 2, cy - size / 4, cx - size / 2, cy + size / 4);
            s.strokeLine(cx + size / 2, cy - size / 4, cx + size / 2, cy + size / 4);
        }));
        items.add(new LegendItem("Timeline", "Approximate date (~)", (s, cx, cy, size, p) -> {
            s.setStroke(p.accent());
            s.setLineWidth(1.3);
            s.setLineDashes(3, 3);
            s.strokeRect(cx - size / 2, cy - size / 4, size, size / 2);
            s.setLineDashes();
        }));
        items.add(new LegendItem("Timeline", "As-of date", (s, cx, cy, size, p) -> {
            s.setStroke(p.accent());
            s.setLineWidth(2);
            s.strokeLine(cx, cy - size / 2, cx, cy + size / 2);
        }));
        items.add(new LegendItem("Timeline", "Tie still in force (open end)", (s, cx, cy, size, p) -> {
            Color c = p.edge();
            for (int i = 0; i < 4; i++) {
                s.setFill(c.deriveColor(0, 1, 1, 0.9 * (4 - i) / 5.0));
                s.fillRect(cx - size / 2 + i * size / 5, cy - 2, size / 5 + 0.5, 4);
            }
            s.setStroke(c);
            s.setLineWidth(1.3);
            double tip = cx + size / 2;
            s.strokePolyline(new double[] {tip - 4, tip, tip - 4}, new double[] {cy - 4, cy, cy + 4}, 3);
        }));
        if (frame.dataset().relations().stream().anyMatch(Relation::isKnownOnlyBy)) {
            items.add(new LegendItem("Timeline", "Start not given (holds by this date)", (s, cx, cy, size, p) -> {
                Color c = p.edge();
                for (int i = 0; i < 3; i++) {
                    s.setFill(c.deriveColor(0, 1, 1, 0.6 * (i + 1) / 4.0));
                    s.fillRect(cx - size / 2 + 4 + i * size / 6, cy - 2, size / 6 + 0.5, 4);
                }
                s.setFill(c);
                s.fillRect(cx, cy - 2, size / 2, 4);
                s.setStroke(c);
                s.setLineWidth(1.3);
                double tip = cx - size / 2;
                s.strokePolyline(new double[] {tip + 4, tip, tip + 4}, new double[] {cy - 4, cy, cy + 4}, 3);
            }));
        }
        for (RelationFamily family : familiesShown()) {
            items.add(new LegendItem("Ties", family.label(), (s, cx, cy, size, p) -> {
                s.setFill(p.familyColor(family));
                s.fillRect(cx - size / 2, cy - 3, size, 6);
            }));
        }
        return items;
    }

    private Set<RelationFamily> familiesShown() {
        TimelineStyle st = new TimelineStyle(palette, 1);
        Set<RelationFamily> families = new LinkedHashSet<>();
        for (LaneBox box : TimelineLayout.layout(frameFor(true), st, 0, Math.max(width, 1200), 0)) {
            for (int k = 0; k < box.spanCount; k++) {
                if (box.spanRows[k] != RowPacker.OVERFLOW) {
                    families.add(Vocabulary.familyOf(box.lane.relation(box.spans[k]).type()));
                }
            }
        }
        List<RelationFamily> ordered = new ArrayList<>(families);
        ordered.sort(null);
        return new LinkedHashSet<>(ordered);
    }

    @Override
    public double[] preferredSize() {
        TimelineStyle st = new TimelineStyle(palette, 1);
        double w = Math.max(width, 1200);
        double content = TimelineLayout.contentHeight(TimelineLayout.layout(frameFor(true), st, 0, w, 0));
        return new double[] {w, Math.max(height, st.axisHeight + content + 8)};
    }
}
