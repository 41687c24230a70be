package org.entente.logic.layout;

import java.util.Arrays;

/**
 * A quadtree over node positions that approximates the repulsion of far-away groups of nodes by their
 * centre of mass (Barnes–Hut), turning the O(n²) repulsion of a force layout into about O(n log n).
 * Everything lives in primitive arrays that are reused between iterations.
 */
final class BarnesHutTree {

    private static final int MAX_DEPTH = 48;

    private int[] children = new int[0];
    private double[] x0 = new double[0];
    private double[] y0 = new double[0];
    private double[] size = new double[0];
    private double[] sumX = new double[0];
    private double[] sumY = new double[0];
    private double[] mass = new double[0];
    private int[] count = new int[0];
    private int[] body = new int[0];
    private int[] depth = new int[0];
    private int cells;
    private int[] stack = new int[64];

    /** Rebuilds the tree over the first {@code n} positions. */
    void build(double[] x, double[] y, double[] m, int n) {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double side = Math.max(maxX - minX, maxY - minY) + 1;
        ensure(Math.max(16, 4 * n + 8));
        cells = 0;
        newCell(minX - 0.5, minY - 0.5, side, 0);
        for (int i = 0; i < n; i++) {
            insert(i, x[i], y[i], m[i]);
        }
    }

    private void ensure(int capacity) {
        if (count.length >= capacity) return;
        children = Arrays.copyOf(children, capacity * 4);
        x0 = Arrays.copyOf(x0, capacity);
        y0 = Arrays.copyOf(y0, capacity);
        size = Arrays.copyOf(size, capacity);
        sumX = Arrays.copyOf(sumX, capacity);
        sumY = Arrays.copyOf(sumY, capacity);
        mass = Arrays.copyOf(mass, capacity);
        count = Arrays.copyOf(count, capacity);
        body = Arrays.copyOf(body, capacity);
        depth = Arrays.copyOf(depth, capacity);
    }

    private int newCell(double cx, double cy, double side, int d) {
        if (cells + 1 > count.length) ensure(count.length * 2);
        int c = cells++;
        x0[c] = cx;
        y0[c] = cy;
        size[c] = side;
        sumX[c] = 0;
        sumY[c] = 0;
        mass[c] = 0;
        count[c] = 0;
        body[c] = -1;
        depth[c] = d;
        children[4 * c] = -1;
        return c;
    }

    private boolean isLeaf(int c) {
        return children[4 * c] < 0;
    }

    private int quadrant(int c, double px, double py) {
        double half = size[c] / 2;
        int q = px >= x0[c] + half ? 1 : 0;
        return py >= y0[c] + half ? q + 2 : q;
    }

    private void split(int c) {
        double half = size[c] / 2;
        int d = depth[c] + 1;
        int first = -1;
        for (int q = 0; q < 4; q++) {
            int child = newCell(x0[c] + (q & 1) * half, y0[c] + (q >> 1) * half, half, d);
            if (q == 0) first = child;
        }
        for (int q = 0; q < 4; q++) {
            children[4 * c + q] = first + q;
        }
    }

    private void insert(int i, double px, double py, double m) {
        int c = 0;
        while (true) {
            count[c]++;
            sumX[c] += px * m;
            sumY[c] += py * m;
            mass[c] += m;
            if (count[c] == 1) {
                body[c] = i;
                return;
            }
            if (isLeaf(c)) {
                if (depth[c] >= MAX_DEPTH) {
                    return; // coincident points: keep them together in one leaf
                }
                int old = body[c];
                body[c] = -1;
                double om = mass[c] - m;
                double ox = (sumX[c] - px * m) / om, oy = (sumY[c] - py * m) / om;
                split(c);
                int oc = children[4 * c + quadrant(c, ox, oy)];
                count[oc] = 1;
                sumX[oc] = ox * om;
                sumY[oc] = oy * om;
                mass[oc] = om;
                body[oc] = old;
            }
            c = children[4 * c + quadrant(c, px, py)];
        }
    }

    /**
     * Adds to {@code out[0..1]} the repulsion on node {@code i} at (px, py) of mass {@code mi} from every
     * other node, with force {@code k2 * mi * mj / d}, approximating cells that look smaller than {@code theta}.
     */
    void repulsion(int i, double px, double py, double mi, double k2, double theta, double[] out) {
        int top = 0;
        stack[top++] = 0;
        double theta2 = theta * theta;
        while (top > 0) {
            int c = stack[--top];
            if (count[c] == 0) continue;
            double m = mass[c];
            double cx = sumX[c] / m, cy = sumY[c] / m;
            double dx = px - cx, dy = py - cy;
            double d2 = dx * dx + dy * dy;
            boolean leaf = isLeaf(c);
            if (leaf || size[c] * size[c] < theta2 * d2) {
                if (leaf && body[c] == i) {
                    if (count[c] == 1) continue; // do not repel yourself
                    m -= mi;
                }
                if (d2 < 1e-4) {
                    // coincident: nudge apart deterministically by index
                    dx = ((i * 7919) % 13 - 6) * 0.01 + 0.001;
                    dy = ((i * 104729) % 11 - 5) * 0.01 + 0.001;
                    d2 = dx * dx + dy * dy;
                }
                double f = k2 * m * mi / d2;
                out[0] += dx * f;
                out[1] += dy * f;
            } else {
                if (top + 4 > stack.length) stack = Arrays.copyOf(stack, stack.length * 2);
                for (int q = 0; q < 4; q++) stack[top++] = children[4 * c + q];
            }
        }
    }
}
