package org.entente.ui.render;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Surface} that draws nothing and remembers what was drawn: the painters' notes (nodes, labels,
 * ties, legend and view areas) for the scene report, and every path segment with what became of it
 * (stroked, filled, or thrown away by a new path before it was drawn). Painting through it checks what
 * a canvas or an SVG file would show, with the same calls, without pixels.
 */
public final class SceneRecorder implements Surface {

    /**
     * One subpath: its points, whether it bends, how often it was stroked and filled, and the opacity of its
     * last stroke (how strongly it shows).
     */
    public static final class Segment {
        private final List<double[]> points = new ArrayList<>();
        private boolean curved;
        private int strokes;
        private int fills;
        private double strokeAlpha = Double.NaN;

        public List<double[]> points() { return List.copyOf(points); }
        public boolean curved() { return curved; }
        public int strokes() { return strokes; }
        public int fills() { return fills; }
        public double strokeAlpha() { return strokeAlpha; }
        public double[] start() { return points.get(0); }
        public double[] end() { return points.get(points.size() - 1); }
    }

    private final double width;
    private final double height;
    private final List<SceneItem> items = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Segment> current = new ArrayList<>();
    private int discarded;
    private int separateLines;
    private final List<Text> texts = new ArrayList<>();
    private final List<Outline> outlines = new ArrayList<>();
    private double alpha = 1;
    private Color stroke;
    private double[] dashes = new double[0];
    private Font font;

    /** A text drawn, with the font it was drawn in (a name's weight and size as the reader sees them). */
    public record Text(String text, Font font, double x, double y) { }

    /** A polygon's outline as drawn: its colour and dash pattern (how one hull is told from another). */
    public record Outline(Color colour, List<Double> dashes, int points) { }

    /** Every text drawn, in order. */
    public List<Text> texts() { return List.copyOf(texts); }

    /** Every polygon outline stroked, in order. */
    public List<Outline> outlines() { return List.copyOf(outlines); }

    public SceneRecorder(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** What the painters announced, in drawing order. */
    public List<SceneItem> items() { return List.copyOf(items); }

    /** Every subpath begun, in order. */
    public List<Segment> segments() { return List.copyOf(segments); }

    /** Subpaths thrown away by {@link #beginPath()} before being stroked or filled. */
    public int discarded() {
        return discarded + (int) current.stream().filter(s -> s.strokes == 0 && s.fills == 0).count();
    }

    /** Lines and curves drawn one by one (outside paths). */
    public int separateLines() { return separateLines; }

    @Override public void note(SceneItem item) { items.add(item); }

    @Override
    public void beginPath() {
        discarded += (int) current.stream().filter(s -> s.strokes == 0 && s.fills == 0).count();
        current.clear();
    }

    @Override
    public void moveTo(double x, double y) {
        Segment s = new Segment();
        s.points.add(new double[] {x, y});
        segments.add(s);
        current.add(s);
    }

    @Override
    public void lineTo(double x, double y) {
        if (current.isEmpty()) moveTo(x, y);
        else current.get(current.size() - 1).points.add(new double[] {x, y});
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        if (current.isEmpty()) moveTo(cx, cy);
        Segment s = current.get(current.size() - 1);
        s.curved = true;
        s.points.add(new double[] {cx, cy});
        s.points.add(new double[] {x, y});
    }

    @Override public void closePath() { }

    @Override
    public void strokePath() {
        current.forEach(s -> {
            s.strokes++;
            s.strokeAlpha = alpha;
        });
    }

    @Override public void fillPath() { current.forEach(s -> s.fills++); }

    @Override public double width() { return width; }
    @Override public double height() { return height; }
    @Override public void setFill(Color color) { }
    @Override public void setStroke(Color color) { stroke = color; }
    @Override public void setLineWidth(double w) { }
    @Override public void setLineDashes(double... dashes) { this.dashes = dashes == null ? new double[0] : dashes.clone(); }
    @Override public void setFont(Font font) { this.font = font; }
    @Override public void setTextAlign(TextAlignment align) { }
    @Override public void setTextBaseline(VPos baseline) { }
    @Override public void setGlobalAlpha(double alpha) { this.alpha = alpha; }
    @Override public void clear(Color color) { }
    @Override public void fillRect(double x, double y, double w, double h) { }
    @Override public void strokeRect(double x, double y, double w, double h) { }
    @Override public void fillRoundRect(double x, double y, double w, double h, double arc) { }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double arc) { }
    @Override public void fillOval(double x, double y, double w, double h) { }
    @Override public void strokeOval(double x, double y, double w, double h) { }
    @Override public void strokeLine(double x1, double y1, double x2, double y2) { separateLines++; }
    @Override public void fillPolygon(double[] xs, double[] ys, int n) { }
    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        outlines.add(new Outline(stroke, java.util.Arrays.stream(dashes).boxed().toList(), n));
    }
    @Override public void strokePolyline(double[] xs, double[] ys, int n) { }

    /**
     * A lone curve: like a canvas, it replaces the current path, so segments gathered and not yet drawn
     * are lost (the mistake that once dropped ties).
     */
    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) {
        beginPath();
        separateLines++;
    }

    @Override public void fillText(String text, double x, double y) { texts.add(new Text(text, font, x, y)); }
}
