package org.entente.ui.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A surface that draws everything a painter sends at a fraction of its opacity, and optionally without
 * text: how an animation frame draws a tie that is easing in or out with the very painter that draws
 * the rest, without the painter knowing about fades.
 */
public final class FadedSurface implements Surface {

    private final Surface target;
    private final double opacity;
    private final boolean text;

    /**
     * @param opacity multiplies every alpha the painter sets (0 to 1)
     * @param text    false to drop labels (a fading item's label would double the label drawn in full)
     */
    public FadedSurface(Surface target, double opacity, boolean text) {
        this.target = target;
        this.opacity = Math.max(0, Math.min(1, opacity));
        this.text = text;
        target.setGlobalAlpha(this.opacity);
    }

    @Override public double width() { return target.width(); }
    @Override public double height() { return target.height(); }
    @Override public void setFill(Color color) { target.setFill(color); }
    @Override public void setStroke(Color color) { target.setStroke(color); }
    @Override public void setLineWidth(double width) { target.setLineWidth(width); }
    @Override public void setLineDashes(double... dashes) { target.setLineDashes(dashes); }
    @Override public void setFont(Font font) { target.setFont(font); }
    @Override public void setTextAlign(TextAlignment align) { target.setTextAlign(align); }
    @Override public void setTextBaseline(VPos baseline) { target.setTextBaseline(baseline); }
    @Override public void setGlobalAlpha(double alpha) { target.setGlobalAlpha(alpha * opacity); }
    /** Clearing would wipe what is under the faded drawing; a faded layer never clears. */
    @Override public void clear(Color color) { }
    @Override public void fillRect(double x, double y, double w, double h) { target.fillRect(x, y, w, h); }
    @Override public void strokeRect(double x, double y, double w, double h) { target.strokeRect(x, y, w, h); }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { target.fillRoundRect(x, y, w, h, arc); }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double arc) { target.strokeRoundRect(x, y, w, h, arc); }
    @Override public void fillOval(double x, double y, double w, double h) { target.fillOval(x, y, w, h); }
    @Override public void strokeOval(double x, double y, double w, double h) { target.strokeOval(x, y, w, h); }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { target.strokeLine(x1, y1, x2, y2); }
    @Override public void fillPolygon(double[] xs, double[] ys, int n) { target.fillPolygon(xs, ys, n); }
    @Override public void strokePolygon(double[] xs, double[] ys, int n) { target.strokePolygon(xs, ys, n); }
    @Override public void strokePolyline(double[] xs, double[] ys, int n) { target.strokePolyline(xs, ys, n); }
    @Override public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) {
        target.strokeQuadCurve(x1, y1, cx, cy, x2, y2);
    }
    @Override public void fillText(String s, double x, double y) { if (text) target.fillText(s, x, y); }
    @Override public void beginPath() { target.beginPath(); }
    @Override public void moveTo(double x, double y) { target.moveTo(x, y); }
    @Override public void lineTo(double x, double y) { target.lineTo(x, y); }
    @Override public void quadTo(double cx, double cy, double x, double y) { target.quadTo(cx, cy, x, y); }
    @Override public void closePath() { target.closePath(); }
    @Override public void strokePath() { target.strokePath(); }
    @Override public void fillPath() { target.fillPath(); }
    @Override public void note(SceneItem item) { target.note(item); }
}
