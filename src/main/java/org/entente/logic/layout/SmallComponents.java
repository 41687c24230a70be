package org.entente.logic.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lines up actors that are alone or in pairs (tied to nothing else on the shown date) on shelves below
 * the connected part of the graph. Left to the forces, they would drift far out and shrink everything
 * else when the view frames the whole graph; on a shelf they stay visible and out of the way.
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
        double rowWidth = Math.max(maxX - minX, k * 8);
        double cursorX = minX, cursorY = maxY + k * 0.9, rowHeight = 0;
        for (List<Integer> comp : small) {
            double w = 0;
            for (int i : comp) w += 2 * Math.max(in.radius[i], in.labelHalfWidth[i]) + k * 0.3;
            if (cursorX + w > minX + rowWidth && cursorX > minX) {
                cursorX = minX;
                cursorY += rowHeight + k * 0.3;
                rowHeight = 0;
            }
            for (int i : comp) {
                double half = Math.max(in.radius[i], in.labelHalfWidth[i]);
                x[i] = cursorX + half;
                y[i] = cursorY;
                cursorX += 2 * half + k * 0.3;
                rowHeight = Math.max(rowHeight, 2 * in.radius[i] + in.labelHeight[i]);
            }
        }
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
