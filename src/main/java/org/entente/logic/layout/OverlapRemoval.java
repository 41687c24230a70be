package org.entente.logic.layout;

import java.util.Arrays;

/**
 * The last pass of every layout: pushes apart any two nodes whose boxes (the node's disc and, when
 * labels count, the label below it) overlap, along the axis that needs the smaller move, until none do.
 * A sweep along x keeps each pass near O(n log n). Pinned nodes never move.
 */
public final class OverlapRemoval {

    /** Space kept between two boxes, in world units. */
    public static final double GAP = 4;

    private OverlapRemoval() {
    }

    /** Moves nodes until no two boxes overlap (or the pass budget runs out); returns passes used. */
    public static int apply(LayoutInput in, double[] x, double[] y, boolean withLabels) {
        int n = in.size();
        spreadIfCrowded(in, x, y, withLabels);
        int[] order = new int[n];
        long[] keys = new long[n];
        int maxPasses = n > 600 ? 25 : 400;
        for (int pass = 0; pass < maxPasses; pass++) {
            for (int i = 0; i < n; i++) {
                keys[i] = ((long) sortable((float) left(in, x, i, withLabels)) << 32) | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) order[i] = (int) keys[i];
            boolean moved = false;
            for (int p = 0; p < n; p++) {
                int a = order[p];
                for (int q = p + 1; q < n; q++) {
                    int b = order[q];
                    if (left(in, x, b, withLabels) >= right(in, x, a, withLabels) + GAP) break;
                    moved |= separate(in, x, y, a, b, withLabels);
                }
            }
            if (!moved) return pass;
        }
        return maxPasses;
    }

    /** Maps a float to an int whose signed order is the float's order. */
    private static int sortable(float f) {
        int bits = Float.floatToIntBits(f);
        return bits < 0 ? ~bits | Integer.MIN_VALUE : bits;
    }

    /**
     * When the boxes need more room than the layout gives them (large, dense graphs), scales the layout up
     * about its centre first, so that a few passes suffice instead of boxes shoving each other for ever.
     */
    private static void spreadIfCrowded(LayoutInput in, double[] x, double[] y, boolean labels) {
        int n = in.size();
        if (n < 2) return;
        double need = 0, minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY, cx = 0, cy = 0;
        for (int i = 0; i < n; i++) {
            if (in.fixed[i]) return;
            double w = right(in, x, i, labels) - left(in, x, i, labels) + GAP;
            double h = bottom(in, y, i, labels) - top(in, y, i) + GAP;
            need += w * h;
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
            cx += x[i];
            cy += y[i];
        }
        double have = Math.max(1, (maxX - minX) * (maxY - minY));
        double factor = Math.sqrt(need * 2.5 / have);
        if (factor <= 1) return;
        cx /= n;
        cy /= n;
        for (int i = 0; i < n; i++) {
            x[i] = cx + (x[i] - cx) * factor;
            y[i] = cy + (y[i] - cy) * factor;
        }
    }

    /** Whether any two boxes overlap (used by tests and to decide if another pass is needed). */
    public static boolean overlaps(LayoutInput in, double[] x, double[] y, boolean withLabels) {
        int n = in.size();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double ox = Math.min(right(in, x, a, withLabels), right(in, x, b, withLabels))
                        - Math.max(left(in, x, a, withLabels), left(in, x, b, withLabels));
                double oy = Math.min(bottom(in, y, a, withLabels), bottom(in, y, b, withLabels))
                        - Math.max(top(in, y, a), top(in, y, b));
                if (ox > 0 && oy > 0) return true;
            }
        }
        return false;
    }

    private static boolean separate(LayoutInput in, double[] x, double[] y, int a, int b, boolean labels) {
        double ox = Math.min(right(in, x, a, labels), right(in, x, b, labels))
                - Math.max(left(in, x, a, labels), left(in, x, b, labels)) + GAP;
        double oy = Math.min(bottom(in, y, a, labels), bottom(in, y, b, labels))
                - Math.max(top(in, y, a), top(in, y, b)) + GAP;
        if (ox <= 0 || oy <= 0) return false;
        boolean fa = in.fixed[a], fb = in.fixed[b];
        if (fa && fb) return false;
        double shareA = fa ? 0 : fb ? 1 : 0.5;
        double shareB = 1 - shareA;
        if (ox <= oy) {
            double dir = x[b] > x[a] || (x[b] == x[a] && b > a) ? 1 : -1;
            x[a] -= dir * ox * shareA;
            x[b] += dir * ox * shareB;
        } else {
            double ca = (top(in, y, a) + bottom(in, y, a, labels)) / 2;
            double cb = (top(in, y, b) + bottom(in, y, b, labels)) / 2;
            double dir = cb > ca || (cb == ca && b > a) ? 1 : -1;
            y[a] -= dir * oy * shareA;
            y[b] += dir * oy * shareB;
        }
        return true;
    }

    private static double halfWidth(LayoutInput in, int i, boolean labels) {
        return labels ? Math.max(in.radius[i], in.labelHalfWidth[i]) : in.radius[i];
    }

    static double left(LayoutInput in, double[] x, int i, boolean labels) {
        return x[i] - halfWidth(in, i, labels);
    }

    static double right(LayoutInput in, double[] x, int i, boolean labels) {
        return x[i] + halfWidth(in, i, labels);
    }

    static double top(LayoutInput in, double[] y, int i) {
        return y[i] - in.radius[i];
    }

    static double bottom(LayoutInput in, double[] y, int i, boolean labels) {
        return y[i] + in.radius[i] + (labels ? in.labelHeight[i] : 0);
    }
}
