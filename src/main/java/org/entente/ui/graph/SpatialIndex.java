package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the node or tie under the pointer without scanning the whole graph: a uniform grid over world
 * coordinates holding each node in the cells its disc touches and each tie in the cells its bounding box
 * touches (very long ties go to a short list that is always checked).
 */
final class SpatialIndex {

    /** How far from a line, in pixels, a click still hits it. */
    static final double EDGE_TOLERANCE_PX = 6;
    private static final double CELL = 80;
    private static final int MAX_CELLS_PER_EDGE = 64;

    private final GraphSnapshot g;
    private final Map<Long, List<Integer>> nodeCells = new HashMap<>();
    private final Map<Long, List<Integer>> edgeCells = new HashMap<>();
    private final List<Integer> longEdges = new ArrayList<>();

    SpatialIndex(GraphSnapshot g) {
        this.g = g;
        for (int i = 0; i < g.nodeCount(); i++) {
            if (!g.placed(i)) continue;
            double r = g.radius[i] + 4;
            int node = i;
            forCells(g.x[i] - r, g.y[i] - r, g.x[i] + r, g.y[i] + r, key -> nodeCells.computeIfAbsent(key, k -> new ArrayList<>()).add(node));
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int a = g.src[e], b = g.dst[e];
            if (!g.placed(a) || !g.placed(b) || a == b) continue;
            double pad = 30 + Math.abs(g.bend[e]) * 20;
            double x0 = Math.min(g.x[a], g.x[b]) - pad, x1 = Math.max(g.x[a], g.x[b]) + pad;
            double y0 = Math.min(g.y[a], g.y[b]) - pad, y1 = Math.max(g.y[a], g.y[b]) + pad;
            double[] trunks = g.trunks();
            if (!Double.isNaN(trunks[2 * e])) {
                // a bundled tie's curve stays within the triangle of its ends and its control point
                x0 = Math.min(x0, trunks[2 * e] - pad);
                x1 = Math.max(x1, trunks[2 * e] + pad);
                y0 = Math.min(y0, trunks[2 * e + 1] - pad);
                y1 = Math.max(y1, trunks[2 * e + 1] + pad);
            }
            long cells = (long) (Math.floor(x1 / CELL) - Math.floor(x0 / CELL) + 1) * (long) (Math.floor(y1 / CELL) - Math.floor(y0 / CELL) + 1);
            int edge = e;
            if (cells > MAX_CELLS_PER_EDGE) longEdges.add(e);
            else forCells(x0, y0, x1, y1, key -> edgeCells.computeIfAbsent(key, k -> new ArrayList<>()).add(edge));
        }
    }

    private interface CellVisitor {
        void visit(long key);
    }

    private static void forCells(double x0, double y0, double x1, double y1, CellVisitor v) {
        int cx0 = (int) Math.floor(x0 / CELL), cx1 = (int) Math.floor(x1 / CELL);
        int cy0 = (int) Math.floor(y0 / CELL), cy1 = (int) Math.floor(y1 / CELL);
        for (int cx = cx0; cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) v.visit(key(cx, cy));
        }
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }

    /** The node drawn under the pixel (sx, sy), the nearest if several; -1 for none. */
    int nodeAt(Camera cam, double sx, double sy) {
        double wx = cam.wx(sx), wy = cam.wy(sy);
        double reach = (cam.radius(org.entente.logic.layout.NodeSize.MAX_RADIUS) + 3) / cam.zoom();
        int cx0 = (int) Math.floor((wx - reach) / CELL), cx1 = (int) Math.floor((wx + reach) / CELL);
        int cy0 = (int) Math.floor((wy - reach) / CELL), cy1 = (int) Math.floor((wy + reach) / CELL);
        if ((long) (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > 49) {
            cx0 = cx1 = (int) Math.floor(wx / CELL);
            cy0 = cy1 = (int) Math.floor(wy / CELL);
        }
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int cx = cx0; cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                List<Integer> list = nodeCells.get(key(cx, cy));
                if (list == null) continue;
                for (int i : list) {
                    double r = cam.radius(g.radius[i]) + 3;
                    double dx = cam.sx(g.x[i]) - sx, dy = cam.sy(g.y[i]) - sy;
                    double d = dx * dx + dy * dy;
                    if (d <= r * r && d < bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    /** The tie drawn under the pixel (sx, sy), the nearest within the tolerance; -1 for none. */
    int edgeAt(Camera cam, double sx, double sy) {
        double wx = cam.wx(sx), wy = cam.wy(sy);
        List<Integer> candidates = new ArrayList<>(longEdges);
        List<Integer> list = edgeCells.get(key((int) Math.floor(wx / CELL), (int) Math.floor(wy / CELL)));
        if (list != null) candidates.addAll(list);
        int best = -1;
        double bestD = EDGE_TOLERANCE_PX * EDGE_TOLERANCE_PX;
        for (int e : candidates) {
            double d = EdgeGeometry.distanceSq(g, cam, e, sx, sy);
            if (d <= bestD) {
                bestD = d;
                best = e;
            }
        }
        return best;
    }
}
