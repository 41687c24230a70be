package org.entente.ui.render;

import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Surface} that writes an SVG document: the vector export. Text stays real {@code <text>}
 * elements, so a teacher can edit labels in a drawing program and screen readers can read them.
 * Call {@link #toXml()} when the painters are done.
 */
public final class SvgSurface implements Surface {

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder path = new StringBuilder();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private double[] dashes;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    private double alpha = 1;
    private Font metricsFont;
    private double ascent;
    private double lineHeight;

    public SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override public double width() { return width; }
    @Override public double height() { return height; }
    @Override public void setFill(Color color) { fill = color; }
    @Override public void setStroke(Color color) { stroke = color; }
    @Override public void setLineWidth(double w) { lineWidth = w; }
    @Override public void setLineDashes(double... d) { dashes = d == null || d.length == 0 ? null : d.clone(); }
    @Override public void setFont(Font f) { font = f; }
    @Override public void setTextAlign(TextAlignment a) { align = a; }
    @Override public void setTextBaseline(VPos b) { baseline = b; }
    @Override public void setGlobalAlpha(double a) { alpha = a; }

    @Override
    public void clear(Color color) {
        body.setLength(0);
        if (color != null) {
            body.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append('"')
                    .append(paint("fill", color)).append("/>\n");
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        body.append("<rect").append(xywh(x, y, w, h)).append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        body.append("<rect").append(xywh(x, y, w, h)).append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc) {
        body.append("<rect").append(xywh(x, y, w, h)).append(" rx=\"").append(n(arc / 2)).append('"').append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc) {
        body.append("<rect").append(xywh(x, y, w, h)).append(" rx=\"").append(n(arc / 2)).append('"').append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        body.append(ellipse(x, y, w, h)).append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        body.append(ellipse(x, y, w, h)).append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        body.append("<polygon points=\"").append(points(xs, ys, count)).append('"').append(fillAttrs()).append("/>\n");
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int count) {
        body.append("<polygon points=\"").append(points(xs, ys, count)).append('"').append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count) {
        body.append("<polyline points=\"").append(points(xs, ys, count)).append('"').append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2) {
        body.append("<path d=\"M").append(n(x1)).append(' ').append(n(y1)).append(" Q").append(n(cx)).append(' ').append(n(cy))
                .append(' ').append(n(x2)).append(' ').append(n(y2)).append('"').append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) return;
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + baselineShift())).append('"')
                .append(" font-family=\"").append(escape(font.getFamily())).append(", sans-serif\"")
                .append(" font-size=\"").append(n(font.getSize())).append('"');
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        FontWeight weight = FontWeight.findByName(style.contains("bold") ? "bold" : "normal");
        if (weight == FontWeight.BOLD) body.append(" font-weight=\"bold\"");
        if (FontPosture.findByName(style.contains("italic") ? "italic" : "regular") == FontPosture.ITALIC) {
            body.append(" font-style=\"italic\"");
        }
        switch (align) {
            case CENTER -> body.append(" text-anchor=\"middle\"");
            case RIGHT -> body.append(" text-anchor=\"end\"");
            default -> { }
        }
        body.append(fillAttrs()).append('>').append(escape(text)).append("</text>\n");
    }

    @Override public void beginPath() { path.setLength(0); }
    @Override public void moveTo(double x, double y) { path.append(path.isEmpty() ? "M" : " M").append(n(x)).append(' ').append(n(y)); }
    @Override public void lineTo(double x, double y) { path.append(" L").append(n(x)).append(' ').append(n(y)); }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        path.append(" Q").append(n(cx)).append(' ').append(n(cy)).append(' ').append(n(x)).append(' ').append(n(y));
    }

    @Override public void closePath() { path.append(" Z"); }

    @Override
    public void strokePath() {
        if (!path.isEmpty()) body.append("<path d=\"").append(path).append('"').append(strokeAttrs()).append("/>\n");
    }

    @Override
    public void fillPath() {
        if (!path.isEmpty()) body.append("<path d=\"").append(path).append('"').append(fillAttrs()).append("/>\n");
    }

    /**
     * How far below {@code y} the text's baseline lies for the current vertical alignment. Computed here
     * rather than left to {@code dominant-baseline}, which many SVG viewers and slide programs ignore.
     */
    private double baselineShift() {
        if (baseline == VPos.BASELINE) return 0;
        if (font != metricsFont) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("Ag");
            probe.setFont(font);
            ascent = probe.getBaselineOffset();
            lineHeight = probe.getLayoutBounds().getHeight();
            metricsFont = font;
        }
        return switch (baseline) {
            case TOP -> ascent;
            case CENTER -> ascent - lineHeight / 2;
            case BOTTOM -> ascent - lineHeight;
            default -> 0;
        };
    }

    /** The finished SVG document. */
    public String toXml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\">\n" + body + "</svg>\n";
    }

    private String fillAttrs() {
        return paint("fill", fill) + " stroke=\"none\"";
    }

    private String strokeAttrs() {
        StringBuilder sb = new StringBuilder(" fill=\"none\"").append(paint("stroke", stroke))
                .append(" stroke-width=\"").append(n(lineWidth)).append('"');
        if (dashes != null) {
            sb.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) sb.append(i == 0 ? "" : " ").append(n(dashes[i]));
            sb.append('"');
        }
        return sb.toString();
    }

    private String paint(String attr, Color c) {
        if (c == null) return " " + attr + "=\"none\"";
        String hex = String.format(Locale.ROOT, "#%02x%02x%02x",
                (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
        double opacity = c.getOpacity() * alpha;
        return " " + attr + "=\"" + hex + "\"" + (opacity < 0.999 ? " " + attr + "-opacity=\"" + n(opacity) + "\"" : "");
    }

    private static String xywh(double x, double y, double w, double h) {
        return " x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(Math.max(0, w)) + "\" height=\"" + n(Math.max(0, h)) + "\"";
    }

    private static String ellipse(double x, double y, double w, double h) {
        return "<ellipse cx=\"" + n(x + w / 2) + "\" cy=\"" + n(y + h / 2) + "\" rx=\"" + n(Math.abs(w / 2)) + "\" ry=\"" + n(Math.abs(h / 2)) + "\"";
    }

    private static String points(double[] xs, double[] ys, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) sb.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        return sb.toString();
    }

    private static String n(double v) {
        if (!Double.isFinite(v)) return "0";
        if (v == Math.rint(v)) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
