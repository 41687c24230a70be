package org.entente.ui.graph;

import java.util.Arrays;

import org.entente.model.RelationFamily;

/**
 * Bundles fans: when several ties of one family meet at one actor from about the same side (the states
 * that support Ukraine, the members of NATO), each is drawn as a curve whose control point lies on the
 * fan's middle line, so the ties run together into one trunk as they reach the hub instead of arriving
 * as a wide spray over everything between. Each tie is still its own curve, stroked once, with its own
 * ends; only its bend changes. Pure geometry from the displayed positions (deterministic, and it follows
 * the actors when they move); graphs too large to read at overview are left straight.
 */
final class FanBundling {

    /** A fan needs this many ties of one family into one actor from one side. */
    static final int MIN_FAN = 3;
    /** Above this many ties, no bundling: the picture is a density map at overview anyway. */
    static final int MAX_EDGES = 5000;
    /** Neighbouring ties of a fan are at most this far apart in angle, and the fan at most twice as wide. */
    private static final double MAX_GAP = Math.toRadians(28);
    private static final double MAX_SPAN = Math.toRadians(56);
    /**
     * How far along the trunk the control point lies, as a share of the tie's own length along it: the
     * curve leaves its far end heading for the trunk and reaches the hub along it.
     */
    private static final double TRUNK_SHARE = 0.55;

    private FanBundling() {
    }

    /**
     * Control points {x, y} per tie in world units (NaN where the tie is not bundled), into {@code out} when
     * it has the right size.
     */
    static double[] controls(GraphSnapshot g, double[] out) {
        int m = g.edgeCount(), n = g.nodeCount();
        if (out == null || out.length != 2 * m) out = new double[2 * m];
        Arrays.fill(out, Double.NaN);
        if (m > MAX_EDGES || m < MIN_FAN) return out;
        int families = RelationFamily.values().length;
        int[] count = new int[n * families];
        for (int e = 0; e < m; e++) {
            int a = g.src[e], b = g.dst[e];
            if (a == b || !g.placed(a) || !g.placed(b) || dashed(g, e)) continue;
            int f = g.family[e].ordinal();
            count[a * families + f]++;
            count[b * families + f]++;
        }
        // each tie belongs to the fan of the end with more ties of its family (the target when equal)
        int[] hubOf = new int[m];
        int[] fanSize = new int[n * families];
        for (int e = 0; e < m; e++) {
            int a = g.src[e], b = g.dst[e];
            hubOf[e] = -1;
            if (a == b || !g.placed(a) || !g.placed(b) || dashed(g, e)) continue;
            int f = g.family[e].ordinal();
            int hub = count[a * families + f] > count[b * families + f] ? a : b;
            if (count[hub * families + f] < MIN_FAN) continue;
            hubOf[e] = hub;
            fanSize[hub * families + f]++;
        }
        // the ties of each (hub, family), gathered in one array by counting sort
        int[] start = new int[n * families + 1];
        for (int k = 0; k < n * families; k++) start[k + 1] = start[k] + fanSize[k];
        int[] fill = start.clone();
        int[] members = new int[start[n * families]];
        for (int e = 0; e < m; e++) {
            if (hubOf[e] < 0) continue;
            members[fill[hubOf[e] * families + g.family[e].ordinal()]++] = e;
        }
        NodeGrid grid = new NodeGrid(g);
        double[] angle = new double[0];
        Integer[] order = new Integer[0];
        for (int k = 0; k < n * families; k++) {
            int size = start[k + 1] - start[k];
            if (size < MIN_FAN) continue;
            int hub = k / families;
            if (angle.length < size) {
                angle = new double[size];
                order = new Integer[size];
            }
            for (int j = 0; j < size; j++) {
                int e = members[start[k] + j];
                int other = g.src[e] == hub ? g.dst[e] : g.src[e];
                angle[j] = Math.atan2(g.y[other] - g.y[hub], g.x[other] - g.x[hub]);
                order[j] = j;
            }
            double[] ang = angle;
            int base = start[k];
            Arrays.sort(order, 0, size, (p, q) -> ang[p] != ang[q] ? Double.compare(ang[p], ang[q])
                    : Integer.compare(members[base + p], members[base + q]));
            // start the sweep after the widest gap, so that a fan across the ±180° seam stays one fan
            int first = 0;
            double widest = -1;
            for (int j = 0; j < size; j++) {
                double prev = ang[order[(j - 1 + size) % size]];
                double gap = ang[order[j]] - prev;
                if (gap <= 0) gap += 2 * Math.PI;
                if (size == 1) gap = 2 * Math.PI;
                if (gap > widest) {
                    widest = gap;
                    first = j;
                }
            }
            int j = 0;
            while (j < size) {
                int from = j;
                double startAngle = ang[order[(first + j) % size]];
                double last = startAngle;
                j++;
                while (j < size) {
                    double a = ang[order[(first + j) % size]];
                    double gap = a - last;
                    if (gap < 0) gap += 2 * Math.PI;
                    double span = a - startAngle;
                    if (span < 0) span += 2 * Math.PI;
                    if (gap > MAX_GAP || span > MAX_SPAN) break;
                    last = a;
                    j++;
                }
                if (j - from >= MIN_FAN) bundle(g, grid, hub, members, start[k], order, first, from, j, size, ang, out);
            }
        }
        return out;
    }

    /** Bends the ties {@code from..to} (in sweep order) of one fan towards its middle line. */
    private static void bundle(GraphSnapshot g, NodeGrid grid, int hub, int[] members, int base, Integer[] order, int first,
                               int from, int to, int size, double[] ang, double[] out) {
        double ux = 0, uy = 0;
        for (int j = from; j < to; j++) {
            double a = ang[order[(first + j) % size]];
            ux += Math.cos(a);
            uy += Math.sin(a);
        }
        double len = Math.hypot(ux, uy);
        if (len < 1e-9) return;
        ux /= len;
        uy /= len;
        double hx = g.x[hub], hy = g.y[hub];
        for (int j = from; j < to; j++) {
            int e = members[base + order[(first + j) % size]];
            int other = g.src[e] == hub ? g.dst[e] : g.src[e];
            double along = (g.x[other] - hx) * ux + (g.y[other] - hy) * uy;
            if (along <= 0) continue;
            double cx = hx + ux * along * TRUNK_SHARE, cy = hy + uy * along * TRUNK_SHARE;
            // a tie bent onto the trunk must not run over an actor the straight tie passed clear of
            double sx = g.x[other], sy = g.y[other];
            if (grid.hits(g, e, sx, sy, cx, cy, hx, hy) > grid.hits(g, e, sx, sy, (sx + hx) / 2, (sy + hy) / 2, hx, hy)) continue;
            out[2 * e] = cx;
            out[2 * e + 1] = cy;
        }
    }

    /** The placed actors by square cells, to find which a curve passes over without looking at all of them. */
    private static final class NodeGrid {
        private static final double CELL = 4 * org.entente.logic.layout.NodeSize.MAX_RADIUS;
        private static final int SAMPLES = 12;
        private final java.util.Map<Long, java.util.List<Integer>> cells = new java.util.HashMap<>();

        NodeGrid(GraphSnapshot g) {
            for (int i = 0; i < g.nodeCount(); i++) {
                if (g.placed(i)) cells.computeIfAbsent(key(cell(g.x[i]), cell(g.y[i])), c -> new java.util.ArrayList<>(2)).add(i);
            }
        }

        private static long cell(double v) {
            return (long) Math.floor(v / CELL);
        }

        private static long key(long cx, long cy) {
            return (cx << 32) ^ (cy & 0xffffffffL);
        }

        /** How many actors other than the tie's ends the curve from (sx, sy) over (cx, cy) to (hx, hy) runs over. */
        int hits(GraphSnapshot g, int e, double sx, double sy, double cx, double cy, double hx, double hy) {
            java.util.Set<Integer> hit = new java.util.HashSet<>();
            for (int k = 1; k < SAMPLES; k++) {
                double t = (double) k / SAMPLES, u = 1 - t;
                double px = u * u * sx + 2 * u * t * cx + t * t * hx, py = u * u * sy + 2 * u * t * cy + t * t * hy;
                long x0 = cell(px), y0 = cell(py);
                for (long ox = -1; ox <= 1; ox++) {
                    for (long oy = -1; oy <= 1; oy++) {
                        java.util.List<Integer> in = cells.get(key(x0 + ox, y0 + oy));
                        if (in == null) continue;
                        for (int i : in) {
                            if (i == g.src[e] || i == g.dst[e]) continue;
                            double r = g.radius[i] + 3;
                            if (Math.abs(g.x[i] - px) < r && Math.abs(g.y[i] - py) < r) hit.add(i);
                        }
                    }
                }
            }
            return hit.size();
        }
    }

    /**
     * Dashed ties are left straight: dashing a curve costs the software rasteriser several times what a
     * solid curve does (the bundled graph's frame went from 14 to 19 ms), and the fans that knot the core
     * are the solid support and membership ones.
     */
    private static boolean dashed(GraphSnapshot g, int e) {
        return EdgeStyle.of(g.family[e]).dashes().length > 0;
    }
}
