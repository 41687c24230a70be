package org.entente.ui.graph;

/**
 * Where the graph's keyboard cursor goes: Tab walks the nodes by importance, the arrow keys go to the
 * nearest node in that direction. Pure functions of the snapshot, so the view-model only keeps the index.
 */
final class CursorMoves {

    private CursorMoves() {
    }

    /** The next (or previous) node by importance after {@code current}; -1 when the graph is empty. */
    static int step(GraphSnapshot s, int current, boolean forward) {
        int[] order = s.byImportance;
        if (order.length == 0) return -1;
        int pos = -1;
        for (int k = 0; k < order.length; k++) if (order[k] == current) pos = k;
        int next = pos < 0 ? (forward ? 0 : order.length - 1) : Math.floorMod(pos + (forward ? 1 : -1), order.length);
        return order[next];
    }

    /** The nearest placed node from {@code current} in direction (dirX, dirY), or -1 when none lies that way. */
    static int nearest(GraphSnapshot s, int current, int dirX, int dirY) {
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        double ox = s.x(current), oy = s.y(current);
        for (int i = 0; i < s.nodeCount(); i++) {
            if (i == current || !s.placed(i)) continue;
            double dx = s.x(i) - ox, dy = s.y(i) - oy;
            double along = dx * dirX + dy * dirY;
            if (along <= 0) continue;
            double across = Math.abs(dx * dirY - dy * dirX);
            if (across > along * 2) continue;
            double score = along + across * 2;
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }
}
