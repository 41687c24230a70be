package org.entente.ui.timeline;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.entente.logic.timeline.LabelWidth;
import org.entente.ui.render.TextMetrics;
import org.entente.ui.theme.Palette;

/**
 * The sizes and fonts of the timeline at one theme and pixel scale. Everything is derived from the palette's
 * font and line scales times the export's pixel scale, so a 4x PNG and the projector theme keep the same
 * proportions as the screen. Also measures text (with a cache: measuring is the costly part of a frame).
 */
final class TimelineStyle {

    final double unit;
    final double line;
    final Font font;
    final Font bold;
    final Font small;
    final double axisHeight;
    final double contextBaseline;
    final double tickBaseline;
    final double headerHeight;
    final double spanRowHeight;
    final double spanBarHeight;
    final double eventRowHeight;
    final double overflowRowHeight;
    final double densityHeight;
    final double marker;
    final double gap;
    final int maxEventRows;
    final int maxSpanRows;
    final int maxSpanRowsGrouped;

    private final TextMetrics metrics = new TextMetrics();
    private final Map<String, Double> fontWidths = new HashMap<>();
    private final Map<String, Double> boldWidths = new HashMap<>();

    TimelineStyle(Palette palette, double pixelScale) {
        unit = palette.fontScale() * pixelScale;
        line = palette.lineScale() * pixelScale;
        font = Font.font("System", 12 * unit);
        bold = Font.font("System", FontWeight.BOLD, 12 * unit);
        small = Font.font("System", 10.5 * unit);
        axisHeight = 40 * unit;
        contextBaseline = 15 * unit;
        tickBaseline = 31 * unit;
        headerHeight = 21 * unit;
        spanRowHeight = 18 * unit;
        spanBarHeight = 5 * unit;
        eventRowHeight = 20 * unit;
        overflowRowHeight = 10 * unit;
        densityHeight = 34 * unit;
        marker = 10 * unit;
        gap = 10 * unit;
        maxEventRows = 6;
        maxSpanRows = 8;
        maxSpanRowsGrouped = 4;
    }

    /** Width of {@code text} in the regular font. */
    double width(String text) {
        return fontWidths.computeIfAbsent(text, t -> metrics.width(t, font));
    }

    /** Width of {@code text} in the bold font. */
    double boldWidth(String text) {
        return boldWidths.computeIfAbsent(text, t -> metrics.width(t, bold));
    }

    /** The measure the tick generator uses, so axis labels are spaced by their real drawn width. */
    LabelWidth labelWidth() {
        return this::width;
    }
}
