package org.entente.ui.render;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Where the graph and timeline painters draw: a JavaFX canvas on screen and in PNG export, an SVG
 * document in vector export. One painter, several surfaces, so that exports match the screen.
 * Coordinates are in pixels of the picture being drawn; painters apply their own camera.
 */
public interface Surface {

    /** Width of the picture in pixels. */
    double width();

    /** Height of the picture in pixels. */
    double height();

    void setFill(Color color);

    void setStroke(Color color);

    void setLineWidth(double width);

    /** Dash pattern lengths; none for a solid line. */
    void setLineDashes(double... dashes);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    /** Opacity applied to everything drawn next, 0 to 1. */
    void setGlobalAlpha(double alpha);

    /** Fills the whole picture, or clears it to transparent when {@code color} is null. */
    void clear(Color color);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arc);

    void strokeRoundRect(double x, double y, double w, double h, double arc);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void strokePolyline(double[] xs, double[] ys, int n);

    /** A quadratic curve from (x1,y1) through control (cx,cy) to (x2,y2). */
    void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2);

    void fillText(String text, double x, double y);
}
