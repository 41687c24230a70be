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
    /** Where in a tie's row its label's baseline and its bar's top are, from the row's top. */
    final double spanLabelBaseline;
    final double spanBarTop;
    /** How far the regular font's letters reach above and below the baseline. */
    final double ascent;
    final double descent;
    final double eventRowHeight;
    final double overflowRowHeight;
    final double densityHeight;
    final double marker;
    final double gap;
    /** Length of the fade at an open end, and of the faded lead-in before a "known by" date. */
    final double fade;
    final int maxEventRows;
    final int maxSpanRows;
    final int maxSpanRowsGrouped;

    private final TextMetrics metrics = new TextMetrics();
    private final Map<String, Double> fontWidths = new HashMap<>();
    private final Map<String, Double> boldWidths = new HashMap<>();
    private final double[] fontAdvance = new double[ADVANCE_TABLE];
    private final double[] boldAdvance = new double[ADVANCE_TABLE];

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
        spanBarHeight = 5 * unit;
        double[] ad = metrics.ascentDescent(font);
        ascent = ad[0];
        descent = ad[1];
        // a tie's label sits above its bar, clear of it, descenders included: the bar never runs through letters
        spanLabelBaseline = 1 * unit + ascent;
        spanBarTop = spanLabelBaseline + descent + 1 * unit;
        spanRowHeight = Math.max(18 * unit, spanBarTop + spanBarHeight * 1.6 + 1 * unit);
        eventRowHeight = 20 * unit;
        overflowRowHeight = 24 * unit;
        densityHeight = 34 * unit;
        marker = 10 * unit;
        gap = 10 * unit;
        fade = 24 * unit;
        maxEventRows = 6;
        maxSpanRows = 8;
        maxSpanRowsGrouped = 4;
    }

    /** Characters below this code point are measured once each and summed; others measure whole strings. */
    private static final int ADVANCE_TABLE = 0x0250;
    /** Summed advances ignore kerning; a little slack keeps packed labels from touching. */
    private static final double SLACK = 1.02;

    /**
     * Width of {@code text} in the regular font. Measuring a string with a JavaFX text node is the costliest
     * part of a frame, so Latin text is measured as the sum of each character's advance, each measured once.
     */
    double width(String text) {
        return measure(text, font, fontAdvance, fontWidths);
    }

    /** Width of {@code text} in the bold font. */
    double boldWidth(String text) {
        return measure(text, bold, boldAdvance, boldWidths);
    }

    private double measure(String text, Font f, double[] advance, Map<String, Double> cache) {
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ADVANCE_TABLE) {
                return cache.computeIfAbsent(text, t -> metrics.width(t, f));
            }
            if (advance[c] == 0) {
                advance[c] = Math.max(1e-6, metrics.width("H" + c + "H", f) - metrics.width("HH", f));
            }
            sum += advance[c];
        }
        return sum * SLACK;
    }

    /** The measure the tick generator uses, so axis labels are spaced by their real drawn width. */
    LabelWidth labelWidth() {
        return this::width;
    }
}
