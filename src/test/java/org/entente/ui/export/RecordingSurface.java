package org.entente.ui.export;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.entente.ui.render.Surface;

/** A surface that only records the texts drawn and where, to check what a picture says. */
final class RecordingSurface implements Surface {

    record Text(String text, double x, double y) {
    }

    final List<Text> texts = new ArrayList<>();
    private final double w;
    private final double h;

    RecordingSurface(double w, double h) {
        this.w = w;
        this.h = h;
    }

    List<String> strings() {
        return texts.stream().map(Text::text).toList();
    }

    @Override public double width() { return w; }
    @Override public double height() { return h; }
    @Override public void setFill(Color color) { }
    @Override public void setStroke(Color color) { }
    @Override public void setLineWidth(double width) { }
    @Override public void setLineDashes(double... dashes) { }
    @Override public void setFont(Font font) { }
    @Override public void setTextAlign(TextAlignment align) { }
    @Override public void setTextBaseline(VPos baseline) { }
    @Override public void setGlobalAlpha(double alpha) { }
    @Override public void clear(Color color) { }
    @Override public void fillRect(double x, double y, double ww, double hh) { }
    @Override public void strokeRect(double x, double y, double ww, double hh) { }
    @Override public void fillRoundRect(double x, double y, double ww, double hh, double arc) { }
    @Override public void strokeRoundRect(double x, double y, double ww, double hh, double arc) { }
    @Override public void fillOval(double x, double y, double ww, double hh) { }
    @Override public void strokeOval(double x, double y, double ww, double hh) { }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { }
    @Override public void fillPolygon(double[] xs, double[] ys, int n) { }
    @Override public void strokePolygon(double[] xs, double[] ys, int n) { }
    @Override public void strokePolyline(double[] xs, double[] ys, int n) { }
    @Override public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) { }
    @Override public void fillText(String text, double x, double y) { texts.add(new Text(text, x, y)); }
    @Override public void beginPath() { }
    @Override public void moveTo(double x, double y) { }
    @Override public void lineTo(double x, double y) { }
    @Override public void quadTo(double cx, double cy, double x, double y) { }
    @Override public void closePath() { }
    @Override public void strokePath() { }
    @Override public void fillPath() { }
}
