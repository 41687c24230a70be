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
    /** ... and at most this share, so the timeline keeps room for its names. */
    private static final double MAX_GRAPH_COLUMN = 0.55;

    private final List<Renderable> parts;
    private final PictureText text;
    private final TextMetrics metrics = new TextMetrics();

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

        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.TOP);
        s.setFill(p.text());
        s.setFont(c.titleFont);
        s.fillText(text.title(), x, area.y() + m);
        s.setFill(p.mutedText());
        s.setFont(c.subtitleFont);
        s.fillText(text.subtitle(), x, area.y() + m + c.titleH + 4 * k);

        double top = area.y() + c.header;
        double bottom = area.y() + area.height() - c.footer;
        Chrome side = legendBeside(area.width(), k, p.fontScale(), c, bottom - top);
        if (side != null) {
            double colW = side.legendWidth;
            double bottomSide = area.y() + area.height() - side.footer;
            double graphW = innerW - colW - GAP * k * 2;
            parts.get(0).render(s, new Area(x, top, graphW, Math.max(1, bottomSide - top)), o);
            double lx = x + graphW + GAP * k * 2;
            double ly = top + Math.max(0, (bottomSide - top - side.legendRows * side.rowH) / 2);
            drawLegend(s, side, lx, ly, colW, p, k);
            drawCredit(s, side, x, bottomSide, innerW, p, k);
            return;
        }
        List<Area> areas = areas(x, top, innerW, Math.max(1, bottom - top), k);
        for (int i = 0; i < parts.size(); i++) parts.get(i).render(s, areas.get(i), o);
        drawLegend(s, c, x, bottom + 14 * k, innerW, p, k);
        drawCredit(s, c, x, bottom, innerW, p, k);
    }

    /**
     * The legend in a column beside a lone graph, when the picture is so much wider than the graph that
     * a legend under it would leave wide empty borders at its sides: the column takes some of that empty
     * width and gives the graph the height the legend took. Null when the legend belongs at the bottom.
     */
    private Chrome legendBeside(double width, double k, double fontScale, Chrome bottomChrome, double heightBelow) {
        if (parts.size() != 1 || !parts.get(0).keepsItsShape() || legend().isEmpty()) return null;
        double[] pref = parts.get(0).preferredSize();
        double aspect = Math.max(0.5, Math.min(3, pref[0] / Math.max(1, pref[1])));
        double innerW = width - 2 * MARGIN * k;
        Chrome probe = chrome(width, k, fontScale);
        double colW = 0;
        for (LegendItem item : legend()) {
            colW = Math.max(colW, metrics.width(item.group() + ":", probe.groupFont) + 10 * k
                    + probe.swatch + 6 * k + metrics.width(item.label(), probe.legendFont) + 2 * k);
        }
        Chrome side = chrome(colW + 2 * MARGIN * k, k, fontScale, false);
        side.legendWidth = colW;
        double sideH = heightBelow + bottomChrome.footer - side.footer;
        if (side.legendRows * side.rowH > sideH) return null;
        double graphW = innerW - colW - 2 * GAP * k;
        double beside = Math.min(graphW / aspect, sideH);
        double below = Math.min(innerW / aspect, heightBelow);
        return beside > below * 1.02 ? side : null;
    }

    /**
     * Where each view goes in the content box. Graph and timeline go stacked (as on screen) or side by side,
     * whichever lets the graph be drawn larger in its own shape: a round graph across a wide strip would be
     * a small picture between wide empty borders. Side by side, the graph's column is as wide as its shape
     * asks (within limits that leave the timeline room to read) and the timeline takes the rest.
     */
    List<Area> areas(double x, double top, double w, double h, double k) {
        double gap = GAP * k;
        List<Area> out = new ArrayList<>();
        if (parts.size() == 2 && parts.get(0).keepsItsShape()) {
            double[] p = parts.get(0).preferredSize();
            double aspect = Math.max(0.5, Math.min(3, p[0] / Math.max(1, p[1])));
            double stackedH = Math.max(1, h - gap) * share(0);
            double stacked = Math.min(w / aspect, stackedH);
            double graphW = Math.max(w * MIN_GRAPH_COLUMN, Math.min(w * MAX_GRAPH_COLUMN, h * aspect));
            double sideBySide = Math.min(graphW / aspect, h);
            if (sideBySide > stacked) {
                out.add(new Area(x, top, graphW, h));
                out.add(new Area(x + graphW + gap, top, w - graphW - gap, h));
                return out;
            }
        }
        double available = Math.max(1, h - gap * (parts.size() - 1));
        double y = top;
        for (int i = 0; i < parts.size(); i++) {
            double ph = available * share(i);
            out.add(new Area(x, y, w, ph));
            y += ph + gap;
        }
        return out;
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
}
