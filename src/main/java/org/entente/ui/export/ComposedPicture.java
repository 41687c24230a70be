package org.entente.ui.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.entente.ui.render.Area;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Renderable;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.SceneRecorder;
import org.entente.ui.render.Surface;
import org.entente.ui.render.TextMetrics;
import org.entente.ui.theme.Palette;

/**
 * A finished slide picture: a title and as-of line on top, the view (or graph over timeline) in the middle,
 * the legend with its swatches and a source credit at the bottom. It is itself a {@link Renderable}, so
 * the same layout goes to a PNG tile, an SVG file or the clipboard.
 */
public final class ComposedPicture implements Renderable {

    /** Gap between stacked views and margins, at scale 1. */
    static final double MARGIN = 24;
    /** Tallest content for its width: stacked views share a landscape-ish page instead of a long strip. */
    private static final double MAX_ASPECT = 0.9;
    /** Width of a 1x picture, in pixels. */
    static final double WIDTH = 1600;
    private static final double GAP = 14;
    /** Side by side, the graph's column takes at least this share of the width ... */
    private static final double MIN_GRAPH_COLUMN = 0.45;
    /** ... and at most this share, so the timeline keeps two fifths of the picture for its names. */
    private static final double MAX_GRAPH_COLUMN = 0.57;

    private final List<Renderable> parts;
    private final PictureText text;
    private final TextMetrics metrics = new TextMetrics();
    /** The last plan and what it was made for: tiles of one picture ask for the same area, each measure paints the graph. */
    private Object lastPlanKey;
    private Plan lastPlan;

    public ComposedPicture(List<Renderable> parts, PictureText text) {
        if (parts.isEmpty()) throw new IllegalArgumentException("nothing to draw");
        this.parts = List.copyOf(parts);
        this.text = text;
    }

    public PictureText text() { return text; }

    /** Legend entries of all parts, without repeats, in order. */
    @Override
    public List<LegendItem> legend() {
        Map<String, LegendItem> items = new LinkedHashMap<>();
        for (Renderable part : parts) {
            for (LegendItem item : part.legend()) items.putIfAbsent(item.group() + "\u0000" + item.label(), item);
        }
        return new ArrayList<>(items.values());
    }

    /**
     * Natural size at scale 1: a slide {@value #WIDTH} px wide whatever the views' own sizes, each view as
     * tall as its shape asks, plus the header, legend and credit. A fixed width keeps the title and legend
     * the same size on every slide of a lesson, however many actors a step shows.
     */
    @Override
    public double[] preferredSize() {
        double contentW = WIDTH - 2 * MARGIN;
        double h = 0;
        for (Renderable part : parts) h += heightAt(part, contentW);
        h = Math.min(h, contentW * MAX_ASPECT) + GAP * (parts.size() - 1);
        Chrome c = chrome(WIDTH, 1, 1);
        return new double[] {WIDTH, Math.round(h + c.header + c.footer)};
    }

    /** The part of the height view {@code i} gets: graph over timeline split as on screen (62 / 38). */
    private double share(int i) {
        if (parts.size() == 1) return 1;
        if (parts.size() == 2) return i == 0 ? 0.62 : 0.38;
        return 1.0 / parts.size();
    }

    /** Height of the title, legend and credit of a picture {@code width} wide at pixel scale {@code k}. */
    double chromeHeight(double width, double k) {
        Chrome c = chrome(width, k, 1);
        return c.header + c.footer;
    }

    /** A view's height when drawn {@code width} wide, keeping its shape within sensible slide proportions. */
    private static double heightAt(Renderable part, double width) {
        double[] p = part.preferredSize();
        double aspect = p[1] / Math.max(1, p[0]);
        return width * Math.max(0.2, Math.min(1.0, aspect));
    }

    @Override
    public void render(Surface s, Area area, RenderOptions o) {
        Palette p = o.palette();
        double k = o.pixelScale();
        Chrome c = chrome(area.width(), k, p.fontScale());
        s.setGlobalAlpha(1);
        if (area.x() == 0 && area.y() == 0) s.clear(o.transparent() ? null : p.background());
        double m = MARGIN * k;
        double x = area.x() + m;
        double innerW = area.width() - 2 * m;
        Plan plan = plan(area, o);

        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.TOP);
        s.setFill(p.text());
        s.setFont(c.titleFont);
        s.fillText(text.title(), x, area.y() + m);
        s.setFill(p.mutedText());
        s.setFont(c.subtitleFont);
        double subtitleY = area.y() + m + c.titleH + 4 * k;
        s.fillText(text.subtitle(), x, subtitleY);

        for (int i = 0; i < parts.size(); i++) parts.get(i).render(s, plan.areas.get(i), o);
        drawLegend(s, plan.legend, plan.legendX, plan.legendY, plan.legendW, p, k);
        if (plan.creditInHeader) {
            s.setGlobalAlpha(1);
            s.setFont(c.creditFont);
            s.setFill(p.mutedText());
            s.setTextAlign(TextAlignment.RIGHT);
            s.setTextBaseline(VPos.TOP);
            s.fillText(text.credit(), x + innerW, subtitleY + 2 * k);
        } else {
            drawCredit(s, plan.legend, x, plan.creditTop, innerW, p, k);
        }
    }

    /**
     * Where the views, the legend and the credit go: the arrangement, among those that fit, in which the
     * graph is drawn largest (measured by drawing it through a recorder, so names and margins count).
     * In order, the first wins a tie: views stacked with the legend under them (as on screen), graph and
     * timeline side by side with the legend under them, then the legend in one to three columns beside the
     * graph with the timeline (if any) under both. Then the graph's area is narrowed to what its content
     * fills, the spare width going to the timeline beside it or, split evenly, to the picture's sides,
     * so that no wide empty band is left on one side of the graph. Deterministic: same picture, same plan.
     */
    private Plan plan(Area area, RenderOptions o) {
        double k = o.pixelScale();
        double fontScale = o.palette().fontScale();
        Object key = List.of(area, k, fontScale, o.wholeContent());
        if (key.equals(lastPlanKey)) return lastPlan;
        Chrome c = chrome(area.width(), k, fontScale);
        double m = MARGIN * k;
        double x = area.x() + m;
        double innerW = area.width() - 2 * m;
        double top = area.y() + c.header;
        double bottom = area.y() + area.height() - c.footer;
        List<Plan> candidates = new ArrayList<>();
        double h = Math.max(1, bottom - top);
        candidates.add(new Plan(stacked(x, top, innerW, h, k), c, x, bottom + 14 * k, innerW, bottom, false, false));
        List<Area> sideBySide = sideBySide(x, top, innerW, h, k);
        if (sideBySide != null) candidates.add(new Plan(sideBySide, c, x, bottom + 14 * k, innerW, bottom, false, true));
        Renderable graph = parts.get(0);
        if (graph.keepsItsShape() && parts.size() <= 2 && !legend().isEmpty()) candidates.addAll(legendBeside(area, k, fontScale, c));

        Plan best = candidates.get(0);
        if (graph.keepsItsShape() && candidates.size() > 1) {
            double bestScale = measure(graph, best.areas.get(0), o)[0];
            for (Plan candidate : candidates.subList(1, candidates.size())) {
                double scale = measure(graph, candidate.areas.get(0), o)[0];
                if (scale > bestScale * 1.01) {
                    best = candidate;
                    bestScale = scale;
                }
            }
        }
        if (graph.keepsItsShape()) best = narrowed(best, o);
        lastPlanKey = key;
        lastPlan = best;
        return best;
    }

    /**
     * The legend in a column (or two or three) beside the graph, when the picture is so much wider than the
     * graph that a legend under it would leave wide empty borders at its sides: the column takes some of that
     * empty width and gives the graph the height the legend took. With a timeline, it goes under both, full width.
     * The credit goes up to the right of the subtitle when it fits there, giving its line to the views.
     */
    private List<Plan> legendBeside(Area area, double k, double fontScale, Chrome bottomChrome) {
        double m = MARGIN * k;
        double x = area.x() + m;
        double innerW = area.width() - 2 * m;
        double top = area.y() + bottomChrome.header;
        double gap = GAP * k;
        double colW = 0;
        for (LegendItem item : legend()) {
            colW = Math.max(colW, metrics.width(item.group() + ":", bottomChrome.groupFont) + 10 * k
                    + bottomChrome.swatch + 6 * k + metrics.width(item.label(), bottomChrome.legendFont) + 2 * k);
        }
        double subtitleW = metrics.width(text.subtitle(), bottomChrome.subtitleFont);
        double creditW = metrics.width(text.credit(), bottomChrome.creditFont);
        boolean creditUp = subtitleW + 40 * k + creditW <= innerW;
        List<Plan> out = new ArrayList<>();
        for (int columns = 1; columns <= 3; columns++) {
            double legendW = columns * colW + (columns - 1) * 18 * k;
            double graphW = innerW - legendW - 2 * gap;
            if (graphW < innerW * 0.45) break;
            Chrome side = chrome(legendW + 2 * m, k, fontScale, false);
            side.legendWidth = legendW;
            double bottomSide = area.y() + area.height() - (creditUp ? m : side.footer);
            double h = Math.max(1, bottomSide - top);
            double graphH = parts.size() == 1 ? h : Math.max(1, h - gap) * share(0);
            if (side.legendRows * side.rowH > graphH) continue;
            List<Area> areas = new ArrayList<>();
            areas.add(new Area(x, top, graphW, graphH));
            if (parts.size() == 2) areas.add(new Area(x, top + graphH + gap, innerW, Math.max(1, h - graphH - gap)));
            double ly = top + Math.max(0, (graphH - side.legendRows * side.rowH) / 2);
            out.add(new Plan(areas, side, x + graphW + 2 * gap, ly, legendW, bottomSide, creditUp, false));
        }
        return out;
    }

    /**
     * The plan with the graph's area narrowed to the width its content fills (keeping the margin it has on
     * the axis it fills): beside a timeline the spare width goes to the timeline; otherwise the graph and a
     * legend beside it move in by half of it, so the spare width is split between the picture's two sides.
     * Kept only if the graph is drawn no smaller.
     */
    private Plan narrowed(Plan plan, RenderOptions o) {
        Area g = plan.areas.get(0);
        double[] before = measure(parts.get(0), g, o);
        if (before[0] <= 0) return plan;
        double left = before[1] - g.x(), right = g.x() + g.width() - before[3];
        double filled = Math.min(before[2] - g.y(), g.y() + g.height() - before[4]);
        double spare = left + right - 2 * Math.max(0, filled);
        if (spare < 2) return plan;
        List<Area> areas = new ArrayList<>(plan.areas);
        double legendX = plan.legendX;
        if (plan.sideBySide) {
            areas.set(0, new Area(g.x(), g.y(), g.width() - spare, g.height()));
            Area t = plan.areas.get(1);
            areas.set(1, new Area(t.x() - spare, t.y(), t.width() + spare, t.height()));
        } else if (plan.legend.legendBelow) {
            return plan;
        } else {
            areas.set(0, new Area(g.x() + spare / 2, g.y(), g.width() - spare, g.height()));
            legendX -= spare / 2;
        }
        if (measure(parts.get(0), areas.get(0), o)[0] < before[0] * 0.995) return plan;
        return new Plan(areas, plan.legend, legendX, plan.legendY, plan.legendW, plan.creditTop, plan.creditInHeader, plan.sideBySide);
    }

    /**
     * How large {@code part} is drawn in {@code a}: {spread of its nodes' centres across (the drawn scale), then the
     * box {minX, minY, maxX, maxY} of its nodes and names}; a spread of 0 when it draws none.
     */
    private static double[] measure(Renderable part, Area a, RenderOptions o) {
        SceneRecorder recorder = new SceneRecorder(a.x() + a.width(), a.y() + a.height());
        part.render(recorder, a, o);
        double[] centres = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean any = false;
        for (SceneItem i : recorder.items()) {
            if (i.kind() != SceneItem.Kind.NODE && i.kind() != SceneItem.Kind.LABEL) continue;
            if (i.kind() == SceneItem.Kind.NODE) {
                any = true;
                centres[0] = Math.min(centres[0], i.x() + i.w() / 2);
                centres[1] = Math.min(centres[1], i.y() + i.h() / 2);
                centres[2] = Math.max(centres[2], i.x() + i.w() / 2);
                centres[3] = Math.max(centres[3], i.y() + i.h() / 2);
            }
            box[0] = Math.min(box[0], i.x());
            box[1] = Math.min(box[1], i.y());
            box[2] = Math.max(box[2], i.x() + i.w());
            box[3] = Math.max(box[3], i.y() + i.h());
        }
        if (!any) return new double[] {0, 0, 0, 0, 0};
        // across, not down: a framed graph may spread its positions down to fill a tall area, its zoom is the same
        double across = centres[2] - centres[0];
        return new double[] {across > 1 ? across : centres[3] - centres[1], box[0], box[1], box[2], box[3]};
    }

    /** Views one above the other, graph over timeline split as on screen. */
    private List<Area> stacked(double x, double top, double w, double h, double k) {
        double gap = GAP * k;
        List<Area> out = new ArrayList<>();
        double available = Math.max(1, h - gap * (parts.size() - 1));
        double y = top;
        for (int i = 0; i < parts.size(); i++) {
            double ph = available * share(i);
            out.add(new Area(x, y, w, ph));
            y += ph + gap;
        }
        return out;
    }

    /**
     * Graph and timeline side by side (null when there are not these two views): the graph's column is as
     * wide as its shape asks, within limits that leave the timeline room to read, and the timeline takes the rest.
     */
    private List<Area> sideBySide(double x, double top, double w, double h, double k) {
        if (parts.size() != 2 || !parts.get(0).keepsItsShape()) return null;
        double gap = GAP * k;
        double[] p = parts.get(0).preferredSize();
        double aspect = Math.max(0.5, Math.min(3, p[0] / Math.max(1, p[1])));
        double graphW = Math.max(w * MIN_GRAPH_COLUMN, Math.min(w * MAX_GRAPH_COLUMN, h * aspect));
        return List.of(new Area(x, top, graphW, h), new Area(x + graphW + gap, top, w - graphW - gap, h));
    }

    private void drawLegend(Surface s, Chrome c, double x, double y, double width, Palette p, double k) {
        s.setGlobalAlpha(1);
        s.setLineDashes();
        s.setTextBaseline(VPos.CENTER);
        if (!c.legend.isEmpty()) {
            s.note(SceneItem.area(SceneItem.Kind.LEGEND, x, y, width, c.legendRows * c.rowH));
        }
        for (Placed placed : c.legend) {
            double cy = y + placed.row * c.rowH + c.rowH / 2;
            if (placed.item == null) {
                s.setFont(c.groupFont);
                s.setFill(p.text());
                s.setTextAlign(TextAlignment.LEFT);
                s.fillText(placed.label, x + placed.x, cy);
                continue;
            }
            placed.item.swatch().paint(s, x + placed.x + c.swatch / 2, cy, c.swatch, p);
            s.setGlobalAlpha(1);
            s.setLineDashes();
            s.setFont(c.legendFont);
            s.setFill(p.text());
            s.setTextAlign(TextAlignment.LEFT);
            s.setTextBaseline(VPos.CENTER);
            s.fillText(placed.label, x + placed.x + c.swatch + 6 * k, cy);
        }
    }

    /** The rule under the views and the source credit below the legend's rows (none when the legend is beside). */
    private void drawCredit(Surface s, Chrome c, double x, double bottom, double innerW, Palette p, double k) {
        s.setGlobalAlpha(1);
        s.setLineDashes();
        s.setStroke(p.grid());
        s.setLineWidth(Math.max(1, k));
        s.strokeLine(x, bottom + 6 * k, x + innerW, bottom + 6 * k);
        s.setFont(c.creditFont);
        s.setFill(p.mutedText());
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.TOP);
        s.fillText(text.credit(), x, bottom + 14 * k + c.footerLegendRows() * c.rowH + 8 * k);
    }

    /** Fonts and the measured header and footer (legend flow and credit) for a picture of width {@code w}. */
    private Chrome chrome(double w, double k, double fontScale) {
        return chrome(w, k, fontScale, true);
    }

    /** As above; {@code legendBelow} false: the legend flows in a column beside the views, the footer is the credit alone. */
    private Chrome chrome(double w, double k, double fontScale, boolean legendBelow) {
        double f = k * fontScale;
        Chrome c = new Chrome();
        c.titleFont = Font.font("System", FontWeight.BOLD, 26 * f);
        c.subtitleFont = Font.font("System", 15 * f);
        c.groupFont = Font.font("System", FontWeight.BOLD, 13 * f);
        c.legendFont = Font.font("System", 13 * f);
        c.creditFont = Font.font("System", 12 * f);
        c.titleH = metrics.measure("Ag", c.titleFont)[1];
        double subH = metrics.measure("Ag", c.subtitleFont)[1];
        c.header = MARGIN * k + c.titleH + 4 * k + subH + 14 * k;
        c.swatch = 18 * f;
        c.rowH = Math.max(c.swatch, metrics.measure("Ag", c.legendFont)[1]) + 6 * k;
        double innerW = Math.max(50, w - 2 * MARGIN * k);
        double cx = 0;
        int row = 0;
        String group = null;
        for (LegendItem item : legend()) {
            if (!item.group().equals(group)) {
                group = item.group();
                if (cx > 0) cx += 12 * k;
                String label = group + ":";
                double gw = metrics.width(label, c.groupFont);
                double first = c.swatch + 6 * k + metrics.width(item.label(), c.legendFont);
                if (cx + gw + 10 * k + first > innerW && cx > 0) { row++; cx = 0; }
                c.legend.add(new Placed(null, label, cx, row));
                cx += gw + 10 * k;
            }
            double iw = c.swatch + 6 * k + metrics.width(item.label(), c.legendFont);
            if (cx + iw > innerW && cx > 0) { row++; cx = 0; }
            c.legend.add(new Placed(item, item.label(), cx, row));
            cx += iw + 18 * k;
        }
        c.legendRows = c.legend.isEmpty() ? 0 : row + 1;
        double creditH = metrics.measure("Ag", c.creditFont)[1];
        c.legendBelow = legendBelow;
        c.footer = 14 * k + c.footerLegendRows() * c.rowH + 8 * k + creditH + MARGIN * k;
        return c;
    }

    /** Names of everything in the legend as laid out (for tests and the clipboard's text flavour). */
    public List<String> legendLabels() {
        return legend().stream().map(LegendItem::label).toList();
    }

    private static final class Chrome {
        Font titleFont;
        Font subtitleFont;
        Font groupFont;
        Font legendFont;
        Font creditFont;
        double titleH;
        double header;
        double footer;
        double swatch;
        double rowH;
        int legendRows;
        boolean legendBelow = true;
        double legendWidth;
        final List<Placed> legend = new ArrayList<>();

        int footerLegendRows() { return legendBelow ? legendRows : 0; }
    }

    private record Placed(LegendItem item, String label, double x, int row) {
    }

    /**
     * Where things go: each view's area, the legend as laid out and its top-left corner and width, the top of
     * the credit (under the views, or in the header's right), and whether graph and timeline sit side by side.
     */
    private record Plan(List<Area> areas, Chrome legend, double legendX, double legendY, double legendW,
                        double creditTop, boolean creditInHeader, boolean sideBySide) {
    }
}
