package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.entente.ui.render.SceneItem;
import org.entente.ui.render.Surface;

/**
 * Records how each path was stroked (colour, width, opacity, how many subpaths), each ring and each text,
 * to check what a picture emphasises without looking at pixels.
 */
final class StyleRecorder implements Surface {

    /** One stroked path. */
    record Stroke(Color colour, double width, double alpha, int subpaths) {
    }

    final List<Stroke> strokes = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<SceneItem> items = new ArrayList<>();
    final List<Color> ovals = new ArrayList<>();
    /** Filled rectangles and filled ovals, counted (quick squares against the state's circle). */
    int filledRects;
    int filledOvals;
    private final double w;
    private final double h;
    private Color stroke = Color.BLACK;
    private double width = 1;
    private double alpha = 1;
    private int subpaths;

    StyleRecorder(double w, double h) {
        this.w = w;
        this.h = h;
    }

    @Override public double width() { return w; }
    @Override public double height() { return h; }
    @Override public void setFill(Color color) { }
    @Override public void setStroke(Color color) { stroke = color; }
    @Override public void setLineWidth(double lw) { width = lw; }
    @Override public void setLineDashes(double... dashes) { }
    @Override public void setFont(Font font) { }
    @Override public void setTextAlign(TextAlignment align) { }
    @Override public void setTextBaseline(VPos baseline) { }
    @Override public void setGlobalAlpha(double a) { alpha = a; }
    @Override public void clear(Color color) { }
    @Override public void fillRect(double x, double y, double ww, double hh) { filledRects++; }
    @Override public void strokeRect(double x, double y, double ww, double hh) { }
    @Override public void fillRoundRect(double x, double y, double ww, double hh, double arc) { }
    @Override public void strokeRoundRect(double x, double y, double ww, double hh, double arc) { }
    @Override public void fillOval(double x, double y, double ww, double hh) { filledOvals++; }
    @Override public void strokeOval(double x, double y, double ww, double hh) { ovals.add(stroke); }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { }
    @Override public void fillPolygon(double[] xs, double[] ys, int n) { }
    @Override public void strokePolygon(double[] xs, double[] ys, int n) { }
    @Override public void strokePolyline(double[] xs, double[] ys, int n) { }
    @Override public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) { }
    @Override public void fillText(String text, double x, double y) { texts.add(text); }
    @Override public void beginPath() { subpaths = 0; }
    @Override public void moveTo(double x, double y) { subpaths++; }
    @Override public void lineTo(double x, double y) { }
    @Override public void quadTo(double cx, double cy, double x, double y) { }
    @Override public void closePath() { }
    @Override public void strokePath() { strokes.add(new Stroke(stroke, width, alpha, subpaths)); }
    @Override public void fillPath() { }
    @Override public void note(SceneItem item) { items.add(item); }
}
