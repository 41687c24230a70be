package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.entente.ui.render.LegendItem;
import org.entente.ui.render.Surface;
import org.entente.ui.render.TextMetrics;
import org.entente.ui.theme.Palette;

/**
 * Draws a legend as a panel of columns, one per group (kinds, regions, ties, changes), anchored at the
 * bottom-left of an area. Public so exports can draw the same legend beside the picture.
 */
public final class LegendPainter {

    private final TextMetrics metrics = new TextMetrics();

    /**
     * Paints {@code items} as a panel whose bottom-left corner is at (left, bottom), at most
     * {@code maxWidth} wide: each group (kinds, regions, ties, changes) starts a line with its heading,
     * and its entries flow along it, wrapping when the line is full.
     *
     * @return the panel's {width, height} in pixels
     */
    public double[] paint(Surface s, List<LegendItem> items, double left, double bottom, double maxWidth, Palette p, double scale) {
        return layout(s, items, left, bottom, maxWidth, p, scale, true);
    }

    /** The {width, height} the legend would take, without painting it. */
    public double[] measure(List<LegendItem> items, double maxWidth, Palette p, double scale) {
        return layout(null, items, 0, 0, maxWidth, p, scale, false);
    }

    private double[] layout(Surface s, List<LegendItem> items, double left, double bottom, double maxWidth, Palette p,
                            double scale, boolean draw) {
        if (items.isEmpty()) return new double[] {0, 0};
        Map<String, List<LegendItem>> groups = new LinkedHashMap<>();
        for (LegendItem item : items) groups.computeIfAbsent(item.group(), k -> new ArrayList<>()).add(item);
        double fontSize = 11.5 * p.fontScale() * scale;
        Font font = Font.font("System", FontWeight.NORMAL, fontSize);
        Font head = Font.font("System", FontWeight.BOLD, fontSize);
        double row = fontSize * 1.6, swatch = fontSize * 1.3, pad = 7 * scale, gap = 12 * scale;
        double headWidth = 0;
        for (String g : groups.keySet()) headWidth = Math.max(headWidth, metrics.width(g, head));
        headWidth += gap;
        double inner = Math.max(200 * scale, maxWidth - 2 * pad);
        // first pass: positions relative to the panel's top-left
        List<double[]> spots = new ArrayList<>();
        List<LegendItem> order = new ArrayList<>();
        List<double[]> heads = new ArrayList<>();
        List<String> headNames = new ArrayList<>();
        double y = 0, widest = 0;
        for (Map.Entry<String, List<LegendItem>> g : groups.entrySet()) {
            heads.add(new double[] {0, y});
            headNames.add(g.getKey());
            double x = headWidth;
            for (LegendItem item : g.getValue()) {
                double w = swatch + 4 * scale + metrics.width(item.label(), font) + gap;
                if (x + w > inner && x > headWidth) {
                    x = headWidth;
                    y += row;
                }
                spots.add(new double[] {x, y});
                order.add(item);
                x += w;
                widest = Math.max(widest, x - gap);
            }
            y += row;
        }
        double width = Math.min(maxWidth, widest + 2 * pad), height = y + 2 * pad - (row - fontSize * 1.3);
        if (!draw) return new double[] {width, height};
        double top = bottom - height;
        s.setGlobalAlpha(0.93);
        s.setFill(p.panel());
        s.fillRoundRect(left, top, width, height, 10 * scale);
        s.setGlobalAlpha(1);
        s.setStroke(p.grid());
        s.setLineWidth(1 * scale);
        s.setLineDashes();
        s.strokeRoundRect(left, top, width, height, 10 * scale);
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.CENTER);
        double ox = left + pad, oy = top + pad + fontSize * 0.65;
        s.setFont(head);
        s.setFill(p.text());
        for (int i = 0; i < heads.size(); i++) s.fillText(headNames.get(i), ox + heads.get(i)[0], oy + heads.get(i)[1]);
        for (int i = 0; i < order.size(); i++) {
            double sx = ox + spots.get(i)[0], sy = oy + spots.get(i)[1];
            order.get(i).swatch().paint(s, sx + swatch / 2, sy, swatch, p);
            s.setGlobalAlpha(1);
            s.setFont(font);
            s.setFill(p.text());
            s.setTextAlign(TextAlignment.LEFT);
            s.setTextBaseline(VPos.CENTER);
            s.fillText(order.get(i).label(), sx + swatch + 4 * scale, sy);
        }
        return new double[] {width, height};
    }
}
