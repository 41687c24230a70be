package org.entente.ui.graph;

import javafx.scene.paint.Color;

import org.entente.ui.render.Surface;

/**
 * One recognisable shape per actor kind (state circle, alliance hexagon, organization rounded square,
 * initiative diamond, agreement document, policy pentagon, meeting star, person bust, place pin,
 * company square; anything else an octagon), so kind reads without colour, which carries the region.
 */
final class NodeShapes {


    private NodeShapes() {
    }

    /** Draws a node of {@code kind} centred at (cx, cy) with radius r, filled and outlined. */
    static void draw(Surface s, String kind, double cx, double cy, double r, Color fill, Color outline, double lineWidth) {
        s.setFill(fill);
        s.setStroke(outline);
        s.setLineWidth(lineWidth);
        switch (kind == null ? "" : kind) {
            case "state" -> {
                s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                s.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            }
            case "alliance" -> polygon(s, cx, cy, r * 1.08, 6, 0);
            case "organization" -> {
                double h = r * 0.9;
                s.fillRoundRect(cx - h, cy - h, 2 * h, 2 * h, h * 0.9);
                s.strokeRoundRect(cx - h, cy - h, 2 * h, 2 * h, h * 0.9);
            }
            case "initiative" -> polygon(s, cx, cy, r * 1.2, 4, 0);
            case "agreement" -> document(s, cx, cy, r);
            case "policy" -> polygon(s, cx, cy, r * 1.08, 5, 0);
            case "meeting" -> star(s, cx, cy, r * 1.15);
            case "person" -> person(s, cx, cy, r, fill, outline);
            case "place" -> pin(s, cx, cy, r);
            case "company" -> {
                double h = r * 0.85;
                s.fillRect(cx - h, cy - h, 2 * h, 2 * h);
                s.strokeRect(cx - h, cy - h, 2 * h, 2 * h);
            }
            default -> polygon(s, cx, cy, r * 1.05, 8, Math.PI / 8);
        }
    }

    /** A quick square for tiny nodes at low zoom (level of detail). */
    static void dot(Surface s, double cx, double cy, double r, Color fill) {
        s.setFill(fill);
        s.fillRect(cx - r, cy - r, 2 * r, 2 * r);
    }

    private static void polygon(Surface s, double cx, double cy, double r, int sides, double rotation) {
        double[] xs = new double[sides], ys = new double[sides];
        double start = -Math.PI / 2 + rotation;
        for (int i = 0; i < sides; i++) {
            double a = start + 2 * Math.PI * i / sides;
            xs[i] = cx + Math.cos(a) * r;
            ys[i] = cy + Math.sin(a) * r;
        }
        s.fillPolygon(xs, ys, sides);
        s.strokePolygon(xs, ys, sides);
    }

    private static void star(Surface s, double cx, double cy, double r) {
        double[] xs = new double[10], ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double rr = i % 2 == 0 ? r : r * 0.5;
            xs[i] = cx + Math.cos(a) * rr;
            ys[i] = cy + Math.sin(a) * rr;
        }
        s.fillPolygon(xs, ys, 10);
        s.strokePolygon(xs, ys, 10);
    }

    private static void document(Surface s, double cx, double cy, double r) {
        double[] xs = new double[5], ys = new double[5];
        double w = r * 0.8, h = r, fold = r * 0.45;
        xs[0] = cx - w; ys[0] = cy - h;
        xs[1] = cx + w - fold; ys[1] = cy - h;
        xs[2] = cx + w; ys[2] = cy - h + fold;
        xs[3] = cx + w; ys[3] = cy + h;
        xs[4] = cx - w; ys[4] = cy + h;
        s.fillPolygon(xs, ys, 5);
        s.strokePolygon(xs, ys, 5);
        s.strokeLine(cx + w - fold, cy - h, cx + w - fold, cy - h + fold);
        s.strokeLine(cx + w - fold, cy - h + fold, cx + w, cy - h + fold);
    }

    private static void pin(Surface s, double cx, double cy, double r) {
        double[] xs = new double[3], ys = new double[3];
        xs[0] = cx - r; ys[0] = cy - r * 0.8;
        xs[1] = cx + r; ys[1] = cy - r * 0.8;
        xs[2] = cx; ys[2] = cy + r * 1.1;
        s.fillPolygon(xs, ys, 3);
        s.strokePolygon(xs, ys, 3);
    }

    private static void person(Surface s, double cx, double cy, double r, Color fill, Color outline) {
        double[] xs = new double[4], ys = new double[4];
        s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        s.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        Color glyph = fill.getBrightness() > 0.6 && fill.getSaturation() < 0.5 ? outline : Color.WHITE;
        s.setFill(glyph);
        double head = r * 0.3;
        s.fillOval(cx - head, cy - r * 0.62, 2 * head, 2 * head);
        xs[0] = cx - r * 0.55; ys[0] = cy + r * 0.62;
        xs[1] = cx - r * 0.4; ys[1] = cy + r * 0.08;
        xs[2] = cx + r * 0.4; ys[2] = cy + r * 0.08;
        xs[3] = cx + r * 0.55; ys[3] = cy + r * 0.62;
        s.fillPolygon(xs, ys, 4);
    }
}
