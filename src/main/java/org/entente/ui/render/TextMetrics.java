package org.entente.ui.render;

import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text the way JavaFX will draw it, so label placement can avoid overlaps before drawing.
 * Not thread-safe: one instance per thread (it reuses a {@link Text} node).
 */
public final class TextMetrics {

    private final Text probe = new Text();

    /** Width and height of {@code text} in {@code font}, in pixels. */
    public double[] measure(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        Bounds b = probe.getLayoutBounds();
        return new double[] {b.getWidth(), b.getHeight()};
    }

    /** How far {@code font}'s letters reach above and below the baseline: {@code {ascent, descent}}. */
    public double[] ascentDescent(Font font) {
        probe.setFont(font);
        probe.setText("Ág");
        Bounds b = probe.getLayoutBounds();
        return new double[] {-b.getMinY(), b.getMaxY()};
    }

    public double width(String text, Font font) {
        return measure(text, font)[0];
    }
}
