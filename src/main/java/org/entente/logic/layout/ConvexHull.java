package org.entente.logic.layout;

import java.util.Arrays;

/**
 * The convex hull of a set of points (Andrew's monotone chain), for the shaded areas drawn around the
 * members of a grouping such as the G7 or NATO.
 */
public final class ConvexHull {

    private ConvexHull() {
    }

    /**
     * @return the hull as {xs, ys} in counter-clockwise order (fewer than three points come back as given)
     */
    public static double[][] of(double[] xs, double[] ys, int n) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> xs[a] != xs[b] ? Double.compare(xs[a], xs[b]) : Double.compare(ys[a], ys[b]));
        if (n < 3) {
            double[] hx = new double[n], hy = new double[n];
            for (int i = 0; i < n; i++) {
                hx[i] = xs[idx[i]];
                hy[i] = ys[idx[i]];
            }
            return new double[][] {hx, hy};
        }
        int[] hull = new int[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(xs, ys, hull[k - 2], hull[k - 1], idx[i]) <= 0) k--;
            hull[k++] = idx[i];
        }
        for (int i = n - 2, t = k + 1; i >= 0; i--) {
            while (k >= t && cross(xs, ys, hull[k - 2], hull[k - 1], idx[i]) <= 0) k--;
            hull[k++] = idx[i];
        }
        int m = k - 1;
        double[] hx = new double[m], hy = new double[m];
        for (int i = 0; i < m; i++) {
            hx[i] = xs[hull[i]];
            hy[i] = ys[hull[i]];
        }
        return new double[][] {hx, hy};
    }

    private static double cross(double[] xs, double[] ys, int o, int a, int b) {
        return (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o]);
    }
}
