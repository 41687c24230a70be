package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.List;

import org.entente.ui.render.SceneRecorder;
import org.entente.ui.theme.Palette;

/**
 * Counts how tangled a drawn graph is, from the geometry the painter strokes (curves included): how many
 * times two ties cross (all of them, and in the central half of the picture, where the story is), how
 * often a tie runs over the node of an actor it does not join, how often it runs through another actor's
 * name, and how many pixels the ties cover ("ink"). A tool for before/after comparisons and the tests that
 * keep the core readable; not used by the app.
 */
final class TangleMeasure {

    /** The counts for one picture. */
    record Counts(int ties, int crossings, int centralCrossings, int throughNodes, int throughLabels, int ink, double zoom) {
        /** Ink at one pixel per world unit: comparable between pictures framed at different zooms. */
        double inkPerZoom() {
            return ink / zoom;
        }

        @Override
        public String toString() {
            return "ties " + ties + ", crossings " + crossings + " (central " + centralCrossings + "), ties over foreign nodes "
                    + throughNodes + ", ties through foreign names " + throughLabels + ", ink " + ink + " px at zoom "
                    + Math.round(zoom * 1000) / 1000.0 + " (" + Math.round(inkPerZoom()) + " per unit zoom)";
        }
    }

    private static final int CURVE_SAMPLES = 16;

    private TangleMeasure() {
    }

    /** Paints {@code g} with {@code cam} (to learn where the names go) and counts. Call on the FX thread. */
    static Counts measure(GraphSnapshot g, Camera cam, Palette p, double scale) {
        GraphPainter painter = new GraphPainter();
        SceneRecorder rec = new SceneRecorder(cam.left() + cam.width(), cam.top() + cam.height());
        painter.paint(rec, g, cam, PaintState.NONE, p, scale);
        boolean[] visibleEdges = painter.visibleEdges().clone();
        boolean[] visibleNodes = painter.visibleNodes().clone();
        List<LabelPlacer.Box> labels = new ArrayList<>();
        for (LabelPlacer.Box b : painter.labelBoxes()) if (b.label() && b.owner() >= 0 && b.owner() < g.nodeCount()) labels.add(b);
        List<Integer> edges = new ArrayList<>();
        List<double[]> paths = new ArrayList<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            if (!visibleEdges[e] || g.src[e] == g.dst[e]) continue;
            edges.add(e);
            paths.add(path(g, cam, e, scale));
        }
        // the central half of the drawn nodes' box
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < g.nodeCount(); i++) {
            if (!visibleNodes[i]) continue;
            minX = Math.min(minX, cam.sx(g.x[i]));
            maxX = Math.max(maxX, cam.sx(g.x[i]));
            minY = Math.min(minY, cam.sy(g.y[i]));
            maxY = Math.max(maxY, cam.sy(g.y[i]));
        }
        double cx0 = minX + (maxX - minX) / 4, cx1 = maxX - (maxX - minX) / 4;
        double cy0 = minY + (maxY - minY) / 4, cy1 = maxY - (maxY - minY) / 4;
        int crossings = 0, central = 0;
        double[] hit = new double[2];
        for (int a = 0; a < edges.size(); a++) {
            int ea = edges.get(a);
            double[] pa = paths.get(a);
            for (int b = a + 1; b < edges.size(); b++) {
                int eb = edges.get(b);
                if (g.src[ea] == g.src[eb] || g.src[ea] == g.dst[eb] || g.dst[ea] == g.src[eb] || g.dst[ea] == g.dst[eb]) continue;
                double[] pb = paths.get(b);
                for (int i = 0; i + 3 < pa.length; i += 2) {
                    for (int j = 0; j + 3 < pb.length; j += 2) {
                        if (intersect(pa[i], pa[i + 1], pa[i + 2], pa[i + 3], pb[j], pb[j + 1], pb[j + 2], pb[j + 3], hit)) {
                            crossings++;
                            if (hit[0] >= cx0 && hit[0] <= cx1 && hit[1] >= cy0 && hit[1] <= cy1) central++;
                        }
                    }
                }
            }
        }
        int throughNodes = 0;
        for (int k = 0; k < edges.size(); k++) {
            int e = edges.get(k);
            double[] pth = paths.get(k);
            for (int i = 0; i < g.nodeCount(); i++) {
                if (!visibleNodes[i] || i == g.src[e] || i == g.dst[e]) continue;
                double r = cam.radius(g.radius[i]);
                double sx = cam.sx(g.x[i]), sy = cam.sy(g.y[i]);
                if (crossesBox(pth, sx - r, sy - r, sx + r, sy + r)) throughNodes++;
            }
        }
        int throughLabels = 0;
        for (int k = 0; k < edges.size(); k++) {
            int e = edges.get(k);
            double[] pth = paths.get(k);
            for (LabelPlacer.Box b : labels) {
                if (b.owner() == g.src[e] || b.owner() == g.dst[e]) continue;
                if (crossesBox(pth, b.x(), b.y(), b.x() + b.w(), b.y() + b.h())) throughLabels++;
            }
        }
        int w = (int) Math.ceil(cam.left() + cam.width()) + 1, h = (int) Math.ceil(cam.top() + cam.height()) + 1;
        boolean[] ink = new boolean[w * h];
        for (int k = 0; k < edges.size(); k++) {
            int e = edges.get(k);
            EdgeStyle style = EdgeStyle.of(g.family[e]);
            // the width the painter strokes at this zoom: minor ties and bundled fans thinner at overview
            boolean overview = cam.zoom() / scale < GraphPainter.FULL_DETAIL_ZOOM;
            double factor = overview && GraphPainter.MINOR.contains(g.family[e]) ? 0.7 : 1;
            if (overview && g.bend[e] == 0 && fanned(g, e)) factor *= fanWidth();
            double half = Math.max(0.5, style.width() * factor * p.lineScale() * scale / 2);
            stamp(ink, w, h, paths.get(k), half);
        }
        int inked = 0;
        for (boolean b : ink) if (b) inked++;
        return new Counts(edges.size(), crossings, central, throughNodes, throughLabels, inked, cam.zoom());
    }

    /** Whether the painter bends tie {@code e} into a fan (false before fans existed). */
    private static boolean fanned(GraphSnapshot g, int e) {
        return EdgeGeometry.curved(g, e);
    }

    private static double fanWidth() {
        return GraphPainter.FAN_WIDTH;
    }

    /** The drawn tie as a polyline {x0, y0, x1, y1, ...} in pixels: its segment, or its curve sampled. */
    static double[] path(GraphSnapshot g, Camera cam, int e, double scale) {
        double[] s = EdgeGeometry.segment(g, cam, e, scale);
        boolean curved = Math.abs(s[4] - (s[0] + s[2]) / 2) > 1e-6 || Math.abs(s[5] - (s[1] + s[3]) / 2) > 1e-6;
        if (!curved) return new double[] {s[0], s[1], s[2], s[3]};
        double[] out = new double[2 * (CURVE_SAMPLES + 1)];
        for (int k = 0; k <= CURVE_SAMPLES; k++) {
            double t = (double) k / CURVE_SAMPLES, u = 1 - t;
            out[2 * k] = u * u * s[0] + 2 * u * t * s[4] + t * t * s[2];
            out[2 * k + 1] = u * u * s[1] + 2 * u * t * s[5] + t * t * s[3];
        }
        return out;
    }

    private static boolean intersect(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy, double[] at) {
        double rX = bx - ax, rY = by - ay, sX = dx - cx, sY = dy - cy;
        double den = rX * sY - rY * sX;
        if (Math.abs(den) < 1e-12) return false;
        double t = ((cx - ax) * sY - (cy - ay) * sX) / den;
        double u = ((cx - ax) * rY - (cy - ay) * rX) / den;
        if (t < 0 || t >= 1 || u < 0 || u >= 1) return false;
        at[0] = ax + t * rX;
        at[1] = ay + t * rY;
        return true;
    }

    private static boolean crossesBox(double[] pth, double x0, double y0, double x1, double y1) {
        for (int i = 0; i + 3 < pth.length; i += 2) {
            double len = Math.hypot(pth[i + 2] - pth[i], pth[i + 3] - pth[i + 1]);
            int steps = Math.max(1, (int) Math.ceil(len));
            for (int k = 0; k <= steps; k++) {
                double t = (double) k / steps;
                double px = pth[i] + (pth[i + 2] - pth[i]) * t, py = pth[i + 1] + (pth[i + 3] - pth[i + 1]) * t;
                if (px > x0 && px < x1 && py > y0 && py < y1) return true;
            }
        }
        return false;
    }

    private static void stamp(boolean[] ink, int w, int h, double[] pth, double half) {
        int r = (int) Math.ceil(half);
        for (int i = 0; i + 3 < pth.length; i += 2) {
            double len = Math.hypot(pth[i + 2] - pth[i], pth[i + 3] - pth[i + 1]);
            int steps = Math.max(1, (int) Math.ceil(len * 2));
            for (int k = 0; k <= steps; k++) {
                double t = (double) k / steps;
                double px = pth[i] + (pth[i + 2] - pth[i]) * t, py = pth[i + 1] + (pth[i + 3] - pth[i + 1]) * t;
                for (int oy = -r; oy <= r; oy++) {
                    for (int ox = -r; ox <= r; ox++) {
                        int qx = (int) Math.floor(px) + ox, qy = (int) Math.floor(py) + oy;
                        if (qx < 0 || qy < 0 || qx >= w || qy >= h) continue;
                        double ddx = qx + 0.5 - px, ddy = qy + 0.5 - py;
                        if (ddx * ddx + ddy * ddy <= half * half + 0.25) ink[qy * w + qx] = true;
                    }
                }
            }
        }
    }
}
