package org.entente.logic.layout;

import java.util.Random;

/**
 * A deterministic force-directed layout (Fruchterman–Reingold forces with gravity to keep separate groups
 * close, and springs to earlier positions so that a changed graph keeps its shape). Repulsion is exact for
 * small graphs and Barnes–Hut beyond {@link #EXACT_LIMIT} nodes. No randomness after the seeded start, so
 * the same input always gives the same picture.
 */
final class ForceLayout {

    static final int EXACT_LIMIT = 400;
    private static final double GRAVITY = 0.9;
    private static final double ANCHOR = 0.6;
    private static final double THETA = 0.9;
    /** Coarser approximation for large graphs, where exact detail is invisible at overview zoom. */
    private static final double THETA_LARGE = 1.15;
    /** Each tie makes a node push harder, which spreads hubs' neighbourhoods (as in ForceAtlas2). */
    private static final double MASS_PER_TIE = 0.35;
    /**
     * Edge lengths grow with degree: a tie to an actor with one tie is short ({@code LEAF} of the preferred
     * length), and each step in the square root of the smaller end's degree adds one preferred length, so
     * hubs tied to each other stand apart with room for their own neighbourhoods between them.
     */
    private static final double LEAF = 0.5;
    private static final double LENGTH_PER_ROOT_DEGREE = 1;
    /**
     * When most nodes were placed before (a filter or the as-of date changed), an earlier node moves at most
     * this share of the preferred length: the picture stays put while new actors find their place.
     */
    static final double MAX_DRIFT = 0.3;
    /** Gravity is stronger vertically, giving a wide picture that suits screens and slides. */
    private static final double ASPECT = 1.7;

    private final LayoutInput in;
    private final double k;
    private final double[] x;
    private final double[] y;
    private final double[] dx;
    private final double[] dy;
    private final boolean[] anchored;
    private final double[] ax;
    private final double[] ay;
    private final BarnesHutTree tree = new BarnesHutTree();
    private final double[] force = new double[2];
    private final double[] mass;
    private final double[] restLength;
    private double meanStep;
    private double maxDrift = Double.POSITIVE_INFINITY;
    /** Forces on earlier nodes at their earlier places, taken away so that only what changed moves them. */
    private double[] biasX;
    private double[] biasY;

    ForceLayout(LayoutInput in, double edgeLength, double[] x, double[] y) {
        this.in = in;
        this.k = edgeLength;
        this.x = x;
        this.y = y;
        int n = in.size();
        dx = new double[n];
        dy = new double[n];
        anchored = new boolean[n];
        ax = new double[n];
        ay = new double[n];
        mass = new double[n];
        for (int e = 0; e < in.src.length; e++) {
            if (in.src[e] == in.dst[e]) continue;
            mass[in.src[e]] += MASS_PER_TIE;
            mass[in.dst[e]] += MASS_PER_TIE;
        }
        restLength = new double[in.src.length];
        for (int e = 0; e < in.src.length; e++) {
            double da = mass[in.src[e]] / MASS_PER_TIE, db = mass[in.dst[e]] / MASS_PER_TIE;
            restLength[e] = k * (LEAF + LENGTH_PER_ROOT_DEGREE * (Math.sqrt(Math.min(da, db)) - 1));
        }
        for (int i = 0; i < n; i++) {
            mass[i] += 1;
            anchored[i] = !Double.isNaN(in.initX[i]) && !in.fixed[i];
            ax[i] = x[i];
            ay[i] = y[i];
        }
    }

    /**
     * Places nodes without a known position: near the middle of their placed neighbours when they have
     * any (new actors ease in beside the ones they are tied to), otherwise at a point seeded by their id.
     */
    static void initialPositions(LayoutInput in, double k, long seed, double[] x, double[] y) {
        int n = in.size();
        boolean[] placed = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(in.initX[i])) {
                x[i] = in.initX[i];
                y[i] = in.initY[i];
                placed[i] = true;
            }
        }
        int[][] adjacency = adjacency(in);
        double spread = k * Math.sqrt(Math.max(1, n)) * 0.6;
        boolean progress = true;
        boolean anyPlaced = in.knownCount() > 0;
        while (progress && anyPlaced) {
            progress = false;
            for (int i = 0; i < n; i++) {
                if (placed[i]) continue;
                double sx = 0, sy = 0;
                int c = 0;
                for (int j : adjacency[i]) {
                    if (placed[j]) {
                        sx += x[j];
                        sy += y[j];
                        c++;
                    }
                }
                if (c > 0) {
                    Random r = random(seed, in.ids[i]);
                    double angle = r.nextDouble() * Math.PI * 2;
                    x[i] = sx / c + Math.cos(angle) * k * 0.5;
                    y[i] = sy / c + Math.sin(angle) * k * 0.5;
                    placed[i] = true;
                    progress = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!placed[i]) {
                Random r = random(seed, in.ids[i]);
                double angle = r.nextDouble() * Math.PI * 2;
                double dist = Math.sqrt(r.nextDouble()) * spread;
                x[i] = Math.cos(angle) * dist;
                y[i] = Math.sin(angle) * dist;
            }
        }
    }

    static Random random(long seed, String id) {
        return new Random(seed * 31 + id.hashCode());
    }

    static int[][] adjacency(LayoutInput in) {
        int n = in.size();
        int[] deg = new int[n];
        for (int e = 0; e < in.src.length; e++) {
            if (in.src[e] == in.dst[e]) continue;
            deg[in.src[e]]++;
            deg[in.dst[e]]++;
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) adj[i] = new int[deg[i]];
        int[] fill = new int[n];
        for (int e = 0; e < in.src.length; e++) {
            int a = in.src[e], b = in.dst[e];
            if (a == b) continue;
            adj[a][fill[a]++] = b;
            adj[b][fill[b]++] = a;
        }
        return adj;
    }

    /** Keeps every node placed before within {@link #MAX_DRIFT} preferred lengths of where it was. */
    void keepEarlierNodesNear() {
        maxDrift = MAX_DRIFT * k;
        biasX = new double[in.size()];
        biasY = new double[in.size()];
        step(0);
        System.arraycopy(dx, 0, biasX, 0, dx.length);
        System.arraycopy(dy, 0, biasY, 0, dy.length);
    }

    /** The average step of the last iteration. */
    double meanStep() {
        return meanStep;
    }

    /** One iteration at the given temperature (largest step allowed); returns the largest step taken. */
    double step(double temperature) {
        int n = in.size();
        double k2 = k * k;
        java.util.Arrays.fill(dx, 0);
        java.util.Arrays.fill(dy, 0);
        if (n <= EXACT_LIMIT) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ddx = x[i] - x[j], ddy = y[i] - y[j];
                    double d2 = ddx * ddx + ddy * ddy;
                    if (d2 < 1e-4) {
                        ddx = (i - j) * 0.01;
                        ddy = 0.01;
                        d2 = ddx * ddx + ddy * ddy;
                    }
                    double f = k2 * mass[i] * mass[j] / d2;
                    dx[i] += ddx * f;
                    dy[i] += ddy * f;
                    dx[j] -= ddx * f;
                    dy[j] -= ddy * f;
                }
            }
        } else {
            tree.build(x, y, mass, n);
            for (int i = 0; i < n; i++) {
                force[0] = 0;
                force[1] = 0;
                tree.repulsion(i, x[i], y[i], mass[i], k2, n > 1000 ? THETA_LARGE : THETA, force);
                dx[i] += force[0];
                dy[i] += force[1];
            }
        }
        for (int e = 0; e < in.src.length; e++) {
            int a = in.src[e], b = in.dst[e];
            if (a == b) continue;
            double ddx = x[b] - x[a], ddy = y[b] - y[a];
            double d = Math.sqrt(ddx * ddx + ddy * ddy);
            double f = d / restLength[e];
            dx[a] += ddx * f;
            dy[a] += ddy * f;
            dx[b] -= ddx * f;
            dy[b] -= ddy * f;
        }
        double maxStep = 0;
        double sumStep = 0;
        for (int i = 0; i < n; i++) {
            if (in.fixed[i]) continue;
            // gravity grows with the square root of the mass only, so hubs are not all pulled into the centre
            double gm = Math.sqrt(mass[i]);
            dx[i] -= GRAVITY * gm * x[i];
            dy[i] -= GRAVITY * ASPECT * gm * y[i];
            if (anchored[i]) {
                dx[i] += ANCHOR * (ax[i] - x[i]) * 4;
                dy[i] += ANCHOR * (ay[i] - y[i]) * 4;
                if (biasX != null) {
                    dx[i] -= biasX[i];
                    dy[i] -= biasY[i];
                }
            }
            double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len < 1e-9) continue;
            double s = Math.min(len, temperature);
            x[i] += dx[i] / len * s;
            y[i] += dy[i] / len * s;
            if (anchored[i]) {
                double ox = x[i] - ax[i], oy = y[i] - ay[i], drift = Math.sqrt(ox * ox + oy * oy);
                if (drift > maxDrift) {
                    x[i] = ax[i] + ox / drift * maxDrift;
                    y[i] = ay[i] + oy / drift * maxDrift;
                }
            }
            maxStep = Math.max(maxStep, s);
            sumStep += s;
        }
        meanStep = n == 0 ? 0 : sumStep / n;
        return maxStep;
    }
}
