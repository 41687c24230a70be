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

    public double width(String text, Font font) {
        return measure(text, font)[0];
    }
}
