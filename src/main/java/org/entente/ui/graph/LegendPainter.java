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
     * Paints {@code items} with the panel's bottom-left corner at (left, bottom).
     *
     * @return the panel's {width, height} in pixels
     */
    public double[] paint(Surface s, List<LegendItem> items, double left, double bottom, Palette p, double scale) {
        if (items.isEmpty()) return new double[] {0, 0};
        Map<String, List<LegendItem>> groups = new LinkedHashMap<>();
        for (LegendItem item : items) groups.computeIfAbsent(item.group(), k -> new ArrayList<>()).add(item);
        double fontSize = 11.5 * p.fontScale() * scale;
        Font font = Font.font("System", FontWeight.NORMAL, fontSize);
        Font head = Font.font("System", FontWeight.BOLD, fontSize);
        double row = fontSize * 1.55, swatch = fontSize * 1.4, pad = 8 * scale, gap = 14 * scale;
        List<Double> widths = new ArrayList<>();
        int rows = 0;
        for (Map.Entry<String, List<LegendItem>> g : groups.entrySet()) {
            double w = metrics.width(g.getKey(), head);
            for (LegendItem item : g.getValue()) w = Math.max(w, swatch + 6 * scale + metrics.width(item.label(), font));
            widths.add(w);
            rows = Math.max(rows, g.getValue().size() + 1);
        }
        double width = 2 * pad + widths.stream().mapToDouble(Double::doubleValue).sum() + gap * (widths.size() - 1);
        double height = 2 * pad + rows * row;
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
        double x = left + pad;
        int col = 0;
        for (Map.Entry<String, List<LegendItem>> g : groups.entrySet()) {
            double y = top + pad + row / 2;
            s.setFont(head);
            s.setFill(p.text());
            s.fillText(g.getKey(), x, y);
            s.setFont(font);
            for (LegendItem item : g.getValue()) {
                y += row;
                item.swatch().paint(s, x + swatch / 2, y, swatch, p);
                s.setGlobalAlpha(1);
                s.setFont(font);
                s.setFill(p.text());
                s.setTextAlign(TextAlignment.LEFT);
                s.setTextBaseline(VPos.CENTER);
                s.fillText(item.label(), x + swatch + 6 * scale, y);
            }
            x += widths.get(col++) + gap;
        }
        return new double[] {width, height};
    }
}
