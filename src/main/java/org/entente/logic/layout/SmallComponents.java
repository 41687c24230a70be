package org.entente.logic.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lines up actors that are alone or in pairs (tied to nothing else on the shown date) on shelves: in a
 * free corner of the connected part's box when there is one (along its bottom edge, then its top), else
 * below it. Left to the forces, they would drift far out and shrink everything else when the view frames
 * the whole graph; on a shelf they stay visible and out of the way, and in a corner they cost the picture
 * no height, so on a 1024×768 screen everything is drawn larger.
 */
final class SmallComponents {

    static final int MAX_SIZE = 2;

    private SmallComponents() {
    }

    static void shelve(LayoutInput in, double k, double[] x, double[] y) {
        int n = in.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int e = 0; e < in.src.length; e++) union(parent, in.src[e], in.dst[e]);
        int[] size = new int[n];
        for (int i = 0; i < n; i++) size[find(parent, i)]++;
        boolean[] movable = new boolean[n];
        Arrays.fill(movable, true);
        for (int i = 0; i < n; i++) {
            if (in.fixed[i] || !Double.isNaN(in.initX[i])) movable[find(parent, i)] = false;
        }
        List<List<Integer>> small = new ArrayList<>();
        List<Integer> rootsSeen = new ArrayList<>();
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        boolean anyMain = false;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (size[r] > MAX_SIZE || !movable[r]) {
                minX = Math.min(minX, x[i] - in.labelHalfWidth[i]);
                maxX = Math.max(maxX, x[i] + in.labelHalfWidth[i]);
                maxY = Math.max(maxY, y[i] + in.radius[i] + in.labelHeight[i]);
                anyMain = true;
            } else if (!rootsSeen.contains(r)) {
                rootsSeen.add(r);
                List<Integer> members = new ArrayList<>();
                for (int j = 0; j < n; j++) if (find(parent, j) == r) members.add(j);
                small.add(members);
            }
        }
        if (small.isEmpty() || !anyMain) return;
        small.sort(Comparator.comparing(c -> in.ids[c.get(0)]));
        double mainWidth = maxX - minX;
        if (n <= PACK_LIMIT) {
            double minY = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                int r = find(parent, i);
                if (size[r] > MAX_SIZE || !movable[r]) minY = Math.min(minY, y[i] - in.radius[i]);
            }
            // first choice: a free corner of the picture, so the loose actors cost no extra height or width
            for (double share : new double[] {0.25, 1 / 3.0, 0.5}) {
                double[][] block = arrange(in, k, small, Math.max(mainWidth * share, widest(in, k, small)));
                double bw = block[0][0], bh = block[0][1];
                double[] at = freeSpot(in, parent, size, movable, x, y, k, minX, minY, maxX, maxY, bw, bh);
                if (at != null) {
                    place(small, block, at[0], at[1], x, y);
                    return;
                }
            }
        }
        double[][] block = arrange(in, k, small, Math.max(mainWidth, k * 8));
        place(small, block, minX, maxY + k * 0.9, x, y);
    }

    /** Actors up to this many are packed into a free corner; beyond, the search would cost too much. */
    static final int PACK_LIMIT = 600;

    private static double widest(LayoutInput in, double k, List<List<Integer>> small) {
        double w = 0;
        for (List<Integer> comp : small) {
            double c = 0;
            for (int i : comp) c += 2 * Math.max(in.radius[i], in.labelHalfWidth[i]) + k * 0.3;
            w = Math.max(w, c);
        }
        return w;
    }

    /**
     * Lines the components up in rows at most {@code rowWidth} wide; returns {{width, height}, {x, y} of
     * each actor in order} relative to the block's top-left corner (y at the node's centre row).
     */
    private static double[][] arrange(LayoutInput in, double k, List<List<Integer>> small, double rowWidth) {
        int count = 0;
        for (List<Integer> comp : small) count += comp.size();
        double[][] out = new double[count + 1][];
        double cursorX = 0, rowTop = 0, rowHeight = 0, width = 0;
        int at = 1;
        for (List<Integer> comp : small) {
            double w = 0;
            for (int i : comp) w += 2 * Math.max(in.radius[i], in.labelHalfWidth[i]) + k * 0.3;
            if (cursorX + w > rowWidth && cursorX > 0) {
                cursorX = 0;
                rowTop += rowHeight + k * 0.3;
                rowHeight = 0;
            }
            for (int i : comp) {
                double half = Math.max(in.radius[i], in.labelHalfWidth[i]);
                out[at++] = new double[] {cursorX + half, rowTop};
                cursorX += 2 * half + k * 0.3;
                width = Math.max(width, cursorX - k * 0.3);
                rowHeight = Math.max(rowHeight, 2 * in.radius[i] + in.labelHeight[i]);
            }
        }
        out[0] = new double[] {width, rowTop + rowHeight};
        return out;
    }

    private static void place(List<List<Integer>> small, double[][] block, double left, double top, double[] x, double[] y) {
        int at = 1;
        for (List<Integer> comp : small) {
            for (int i : comp) {
                x[i] = left + block[at][0];
                y[i] = top + block[at][1];
                at++;
            }
        }
    }

    /**
     * The top-left corner for a {@code bw} by {@code bh} block inside the main part's box where no actor,
     * name or tie of the main part comes within a small margin: along the bottom edge first, then the top,
     * left to right; null when there is none.
     */
    private static double[] freeSpot(LayoutInput in, int[] parent, int[] size, boolean[] movable, double[] x, double[] y,
                                     double k, double minX, double minY, double maxX, double maxY, double bw, double bh) {
        if (bw > maxX - minX || bh > (maxY - minY) / 3) return null;
        double clear = k * 0.4, step = k * 0.25;
        int n = in.size();
        boolean[] main = new boolean[n];
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            main[i] = size[r] > MAX_SIZE || !movable[r];
        }
        // the block's node row sits at its top: its discs reach up by the largest radius
        double lift = 0;
        for (int i = 0; i < n; i++) if (!main[i]) lift = Math.max(lift, in.radius[i]);
        for (double top : new double[] {maxY - bh + lift, minY + lift}) {
            for (double left = minX; left + bw <= maxX + 1e-9; left += step) {
                double x0 = left - clear, x1 = left + bw + clear, y0 = top - lift - clear, y1 = top - lift + bh + clear;
                if (free(in, main, x, y, x0, y0, x1, y1)) return new double[] {left, top};
            }
        }
        return null;
    }

    private static boolean free(LayoutInput in, boolean[] main, double[] x, double[] y, double x0, double y0, double x1, double y1) {
        for (int i = 0; i < main.length; i++) {
            if (!main[i]) continue;
            double half = Math.max(in.radius[i], in.labelHalfWidth[i]);
            if (x[i] + half > x0 && x[i] - half < x1 && y[i] + in.radius[i] + in.labelHeight[i] > y0 && y[i] - in.radius[i] < y1) return false;
        }
        for (int e = 0; e < in.src.length; e++) {
            int a = in.src[e], b = in.dst[e];
            if (!main[a] || !main[b]) continue;
            if (segmentMeetsBox(x[a], y[a], x[b], y[b], x0, y0, x1, y1)) return false;
        }
        return true;
    }

    /** Liang–Barsky: whether the segment passes through the box. */
    static boolean segmentMeetsBox(double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1) {
        double t0 = 0, t1 = 1, dx = bx - ax, dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return false;
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    if (t > t1) return false;
                    t0 = Math.max(t0, t);
                } else {
                    if (t < t0) return false;
                    t1 = Math.min(t1, t);
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
