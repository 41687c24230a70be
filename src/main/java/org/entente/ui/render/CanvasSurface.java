package org.entente.ui.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A {@link Surface} drawing on a JavaFX canvas: the on-screen views and PNG export. */
public final class CanvasSurface implements Surface {

    /**
     * Rounded rectangles with corner arcs up to this many pixels (the plates behind names, a hundred in a
     * frame) are filled as three plain rectangles: the software renderer (the bench, headless export, and
     * machines without a usable GPU) fills a plain rectangle directly, while a rounded one goes through the
     * path rasteriser, which cost about 3 ms of a 20 ms frame of the bundled graph. At a radius of three
     * pixels a one-pixel step looks the same as the arc.
     */
    static final double STEPPED_ARC = 8;

    private final GraphicsContext gc;
    private final double width;
    private final double height;
    private final java.util.function.Consumer<SceneItem> notes;

    /**
     * @param width  width of the picture (may exceed the canvas when the caller has set a tile transform)
     * @param height height of the picture
     */
    public CanvasSurface(GraphicsContext gc, double width, double height) {
        this(gc, width, height, null);
    }

    /**
     * @param notes receives what the painters say they drew (nodes, labels, ties), so a live view can tell
     *              what its last frame showed; null to ignore
     */
    public CanvasSurface(GraphicsContext gc, double width, double height, java.util.function.Consumer<SceneItem> notes) {
        this.gc = gc;
        this.width = width;
        this.height = height;
        this.notes = notes;
    }

    @Override
    public void note(SceneItem item) {
        if (notes != null) notes.accept(item);
    }

    public GraphicsContext graphicsContext() { return gc; }

    @Override public double width() { return width; }
    @Override public double height() { return height; }
    @Override public void setFill(Color color) { gc.setFill(color); }
    @Override public void setStroke(Color color) { gc.setStroke(color); }
    @Override public void setLineWidth(double w) { gc.setLineWidth(w); }
    @Override public void setLineDashes(double... dashes) { gc.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes); }
    @Override public void setFont(Font font) { gc.setFont(font); }
    @Override public void setTextAlign(TextAlignment align) { gc.setTextAlign(align); }
    @Override public void setTextBaseline(VPos baseline) { gc.setTextBaseline(baseline); }
    @Override public void setGlobalAlpha(double alpha) { gc.setGlobalAlpha(alpha); }

    @Override
    public void clear(Color color) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        gc.restore();
        if (color != null) {
            gc.setFill(color);
            gc.fillRect(0, 0, width, height);
        }
    }

    @Override public void fillRect(double x, double y, double w, double h) { gc.fillRect(x, y, w, h); }
    @Override public void strokeRect(double x, double y, double w, double h) { gc.strokeRect(x, y, w, h); }
    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        if (arc > STEPPED_ARC || w < 2 * arc || h < 2 * arc || !pixelAligned()) {
            gc.fillRoundRect(x, y, w, h, arc, arc);
            return;
        }
        // a plate with small corners: a cross of three rectangles whose corners step in by about a sixth of
        // the arc (a pixel on screen). Their shared edges lie on whole pixels, so no seam shows between them.
        double cut = arc / 6;
        double top = Math.max(y, Math.round(y + cut)), bottom = Math.min(y + h, Math.round(y + h - cut));
        double left = Math.max(x, Math.round(x + cut)), right = Math.min(x + w, Math.round(x + w - cut));
        gc.fillRect(left, y, right - left, top - y);
        gc.fillRect(x, top, w, bottom - top);
        gc.fillRect(left, bottom, right - left, y + h - bottom);
    }

    /**
     * Whole user-space pixels are whole device pixels: no scale or rotation, whole-pixel translation, and a
     * window (if any) shown at a whole render scale (at 125% or 150% a whole pixel falls between two).
     */
    private boolean pixelAligned() {
        javafx.scene.transform.Affine t = gc.getTransform();
        if (t.getMxx() != 1 || t.getMyy() != 1 || t.getMxy() != 0 || t.getMyx() != 0
                || t.getTx() != Math.rint(t.getTx()) || t.getTy() != Math.rint(t.getTy())) return false;
        javafx.scene.Scene scene = gc.getCanvas().getScene();
        if (scene == null || scene.getWindow() == null) return true;
        double sx = scene.getWindow().getRenderScaleX(), sy = scene.getWindow().getRenderScaleY();
        return sx == Math.rint(sx) && sy == Math.rint(sy);
    }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double arc) { gc.strokeRoundRect(x, y, w, h, arc, arc); }
    @Override public void fillOval(double x, double y, double w, double h) { gc.fillOval(x, y, w, h); }
    @Override public void strokeOval(double x, double y, double w, double h) { gc.strokeOval(x, y, w, h); }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { gc.strokeLine(x1, y1, x2, y2); }
    @Override public void fillPolygon(double[] xs, double[] ys, int n) { gc.fillPolygon(xs, ys, n); }
    @Override public void strokePolygon(double[] xs, double[] ys, int n) { gc.strokePolygon(xs, ys, n); }
    @Override public void strokePolyline(double[] xs, double[] ys, int n) { gc.strokePolyline(xs, ys, n); }

    /** Draws one curve on its own; it replaces the canvas's current path, so never call it between path calls. */
    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) {
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.quadraticCurveTo(cx, cy, x2, y2);
        gc.stroke();
    }

    @Override public void fillText(String text, double x, double y) { gc.fillText(text, x, y); }
    @Override public void beginPath() { gc.beginPath(); }
    @Override public void moveTo(double x, double y) { gc.moveTo(x, y); }
    @Override public void lineTo(double x, double y) { gc.lineTo(x, y); }
    @Override public void quadTo(double cx, double cy, double x, double y) { gc.quadraticCurveTo(cx, cy, x, y); }
    @Override public void closePath() { gc.closePath(); }
    @Override public void strokePath() { gc.stroke(); }
    @Override public void fillPath() { gc.fill(); }
}
