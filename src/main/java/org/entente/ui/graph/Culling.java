package org.entente.ui.graph;

/**
 * Which nodes and ties fall inside a camera's area (with a margin): the painter draws only those, and the
 * legend lists only what they use.
 */
final class Culling {

    private static final double PAD = 60;

    private Culling() {
    }

    /** Fills {@code nodes} and {@code edges} (sized to the snapshot) with what the camera sees. */
    static void compute(GraphSnapshot g, Camera cam, boolean[] nodes, boolean[] edges) {
        double l = cam.left() - PAD, t = cam.top() - PAD;
        double r = cam.left() + cam.width() + PAD, b = cam.top() + cam.height() + PAD;
        for (int i = 0; i < g.nodeCount(); i++) {
            nodes[i] = false;
            if (!g.placed(i)) continue;
            double sx = cam.sx(g.x[i]), sy = cam.sy(g.y[i]);
            double rr = cam.radius(g.radius[i]);
            nodes[i] = sx + rr >= l && sx - rr <= r && sy + rr >= t && sy - rr <= b;
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            edges[e] = false;
            int a = g.src[e], c = g.dst[e];
            if (!g.placed(a) || !g.placed(c) || a == c) continue;
            if (nodes[a] || nodes[c]) {
                edges[e] = true;
                continue;
            }
            double x1 = cam.sx(g.x[a]), y1 = cam.sy(g.y[a]), x2 = cam.sx(g.x[c]), y2 = cam.sy(g.y[c]);
            edges[e] = Math.max(x1, x2) >= l && Math.min(x1, x2) <= r && Math.max(y1, y2) >= t && Math.min(y1, y2) <= b;
        }
    }

    /** Legend items for what the camera sees. */
    static java.util.List<org.entente.ui.render.LegendItem> legend(GraphSnapshot g, Camera cam, java.time.LocalDate compare) {
        boolean[] nodes = new boolean[g.nodeCount()];
        boolean[] edges = new boolean[g.edgeCount()];
        compute(g, cam, nodes, edges);
        return GraphLegend.items(g, nodes, edges, compare);
    }
}
