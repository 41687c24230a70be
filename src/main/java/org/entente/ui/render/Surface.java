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

    /*
     * Paths: many segments of one style go to the surface as one path and are stroked (or filled) once,
     * which is what keeps thousands of ties fast on a canvas. Straight and curved segments share the path;
     * nothing but beginPath() discards segments, so no tie gathered into a path can be lost.
     */

    /** Starts a new, empty path (segments gathered since the last stroke or fill are discarded). */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** A quadratic curve from the current point through control (cx,cy) to (x,y), added to the path. */
    void quadTo(double cx, double cy, double x, double y);

    void closePath();

    /** Strokes every segment of the current path with the current stroke, width and dashes. */
    void strokePath();

    /** Fills the current path with the current fill. */
    void fillPath();

    /**
     * Tells the surface what was just drawn (a node, label, tie, legend or view area) so that a
     * {@link SceneRecorder} can report the picture's content; surfaces that only draw ignore it.
     */
    default void note(SceneItem item) {
    }
}
