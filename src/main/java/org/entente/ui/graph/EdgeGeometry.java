package org.entente.ui.graph;

import org.entente.ui.render.Surface;

/**
 * Where a tie is drawn on screen: from the rim of one node to the rim of the other, bent into a curve
 * when several ties join the same two actors, with its arrowhead at the target.
 */
final class EdgeGeometry {

    static final double BEND_PX = 16;

    private EdgeGeometry() {
    }

    /**
     * @return {x1, y1, x2, y2, controlX, controlY, midX, midY} in pixels (control = midpoint for straight ties)
     */
    static double[] segment(GraphSnapshot g, Camera cam, int e, double scale) {
        int a = g.src[e], b = g.dst[e];
        double x1 = cam.sx(g.x[a]), y1 = cam.sy(g.y[a]), x2 = cam.sx(g.x[b]), y2 = cam.sy(g.y[b]);
        double dx = x2 - x1, dy = y2 - y1;
        double len = Math.max(1e-6, Math.sqrt(dx * dx + dy * dy));
        double nx = -dy / len, ny = dx / len;
        double bend = g.bend[e] * BEND_PX * scale;
        double[] trunks = g.trunks();
        boolean bundled = !Double.isNaN(trunks[2 * e]);
        double cx = bundled ? cam.sx(trunks[2 * e]) : (x1 + x2) / 2, cy = bundled ? cam.sy(trunks[2 * e + 1]) : (y1 + y2) / 2;
        cx += nx * bend;
        cy += ny * bend;
        double ra = cam.radius(g.radius[a]) + 1, rb = cam.radius(g.radius[b]) + 2 * scale;
        double[] s = trim(x1, y1, cx, cy, ra);
        double[] t = trim(x2, y2, cx, cy, rb);
        double midX = 0.25 * s[0] + 0.5 * cx + 0.25 * t[0];
        double midY = 0.25 * s[1] + 0.5 * cy + 0.25 * t[1];
        if (!curved(g, e)) {
            midX = (s[0] + t[0]) / 2;
            midY = (s[1] + t[1]) / 2;
            cx = midX;
            cy = midY;
        }
        return new double[] {s[0], s[1], t[0], t[1], cx, cy, midX, midY};
    }

    /** Whether tie {@code e} is drawn as a curve: one of several between two actors, or bundled into a fan. */
    static boolean curved(GraphSnapshot g, int e) {
        return g.bend[e] != 0 || !Double.isNaN(g.trunks()[2 * e]);
    }

    private static double[] trim(double x, double y, double towardX, double towardY, double by) {
        double dx = towardX - x, dy = towardY - y;
        double len = Math.sqrt(dx * dx + dy * dy);
        if (len < 1e-6) return new double[] {x, y};
        double f = Math.min(by, len * 0.45) / len;
        return new double[] {x + dx * f, y + dy * f};
    }

    /** Fills the arrowhead of tie {@code e} at its target (fill colour set by the caller). */
    static void arrow(Surface s, GraphSnapshot g, Camera cam, int e, double lineWidth, double scale) {
        double[] xs = new double[3], ys = new double[3];
        if (arrowHead(g, cam, e, lineWidth, scale, xs, ys)) s.fillPolygon(xs, ys, 3);
    }

    /**
     * The three corners of tie {@code e}'s arrowhead in pixels, into {@code xs} and {@code ys}; false when
     * the tie is too short to have a direction on screen.
     */
    static boolean arrowHead(GraphSnapshot g, Camera cam, int e, double lineWidth, double scale, double[] xs, double[] ys) {
        double[] seg = segment(g, cam, e, scale);
        double dx = seg[2] - seg[4], dy = seg[3] - seg[5];
        double len = Math.sqrt(dx * dx + dy * dy);
        if (len < 1e-6) return false;
        dx /= len;
        dy /= len;
        double size = 6 * scale + lineWidth * 1.6;
        double bx = seg[2] - dx * size, by = seg[3] - dy * size;
        xs[0] = seg[2];
        ys[0] = seg[3];
        xs[1] = bx - dy * size * 0.5;
        ys[1] = by + dx * size * 0.5;
        xs[2] = bx + dy * size * 0.5;
        ys[2] = by - dx * size * 0.5;
        return true;
    }

    /** Squared distance in pixels from (px, py) to the drawn tie {@code e}. */
    static double distanceSq(GraphSnapshot g, Camera cam, int e, double px, double py) {
        double[] seg = segment(g, cam, e, 1);
        if (!curved(g, e)) return segmentDistSq(px, py, seg[0], seg[1], seg[2], seg[3]);
        double best = Double.MAX_VALUE;
        double lx = seg[0], ly = seg[1];
        for (int k = 1; k <= 8; k++) {
            double t = k / 8.0, u = 1 - t;
            double qx = u * u * seg[0] + 2 * u * t * seg[4] + t * t * seg[2];
            double qy = u * u * seg[1] + 2 * u * t * seg[5] + t * t * seg[3];
            best = Math.min(best, segmentDistSq(px, py, lx, ly, qx, qy));
            lx = qx;
            ly = qy;
        }
        return best;
    }

    static double segmentDistSq(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1, dy = y2 - y1;
        double l2 = dx * dx + dy * dy;
        double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / l2));
        double qx = x1 + t * dx - px, qy = y1 + t * dy - py;
        return qx * qx + qy * qy;
    }
}
