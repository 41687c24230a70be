package org.entente.logic.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The "groupings" arrangement: every alliance, organization or initiative with at least two members
 * becomes an anchor with its members on a ring around it; the groups sit side by side in rows as wide as
 * a screen, the largest first, and actors in no group gather near the actors they are tied to.
 */
final class GroupingLayout {

    /** Width over height of the arrangement: screens and slides are wide. */
    static final double ASPECT = 1.8;

    static final Set<String> GROUPING_KINDS = Set.of("alliance", "organization", "initiative");

    private GroupingLayout() {
    }

    /** Anchor index of each node (-1 for none), anchors pointing to themselves. */
    static int[] groups(LayoutInput in) {
        int n = in.size();
        int[] members = new int[n];
        for (int e = 0; e < in.src.length; e++) {
            if (in.groupingEdge[e] && in.src[e] != in.dst[e]) members[in.dst[e]]++;
        }
        boolean[] anchor = new boolean[n];
        for (int i = 0; i < n; i++) {
            anchor[i] = members[i] >= 2 && GROUPING_KINDS.contains(in.kinds[i]);
        }
        int[] group = new int[n];
        java.util.Arrays.fill(group, -1);
        for (int i = 0; i < n; i++) if (anchor[i]) group[i] = i;
        for (int e = 0; e < in.src.length; e++) {
            int a = in.src[e], g = in.dst[e];
            if (!in.groupingEdge[e] || !anchor[g] || anchor[a] || a == g) continue;
            int cur = group[a];
            if (cur < 0 || members[g] > members[cur] || (members[g] == members[cur] && g < cur)) group[a] = g;
        }
        return group;
    }

    /**
     * Places every node; returns which nodes belong to a group (anchors and their members), which the
     * caller keeps in place while the force layout spreads the others around them.
     */
    static boolean[] place(LayoutInput in, double k, double[] x, double[] y) {
        int n = in.size();
        int[] group = groups(in);
        List<Integer> anchors = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>());
            if (group[i] == i) anchors.add(i);
        }
        for (int i = 0; i < n; i++) {
            if (group[i] >= 0 && group[i] != i) members.get(group[i]).add(i);
        }
        anchors.sort(Comparator.<Integer>comparingInt(a -> -members.get(a).size()).thenComparing(a -> in.ids[a]));
        double[] ringRadius = new double[n];
        for (int a : anchors) {
            double perimeter = 0;
            for (int m : members.get(a)) perimeter += 2 * Math.max(in.radius[m], in.labelHalfWidth[m]) + k * 0.25;
            ringRadius[a] = Math.max(k, perimeter / (2 * Math.PI));
        }
        // the groups side by side in rows, largest first, as many rows as bring the whole nearest to a wide
        // screen's shape (not on one big ring, which left most of a wide view empty)
        double bestRowWidth = 0, bestScore = Double.POSITIVE_INFINITY;
        double totalWidth = 0;
        for (int a : anchors) totalWidth += 2 * (ringRadius[a] + k * 0.8);
        for (int rows = 1; rows <= Math.max(1, anchors.size()); rows++) {
            double rowWidth = totalWidth / rows;
            double[] size = rows(anchors, ringRadius, k, rowWidth, null, null);
            double score = Math.abs(Math.log(size[0] / Math.max(1e-9, size[1]) / ASPECT));
            if (score < bestScore) {
                bestScore = score;
                bestRowWidth = rowWidth;
            }
        }
        double[] cellX = new double[n], cellY = new double[n];
        double[] size = rows(anchors, ringRadius, k, bestRowWidth, cellX, cellY);
        double widest = size[0], cursorY = size[1], rowHeight = 0;
        double offsetX = widest / 2, offsetY = (cursorY + rowHeight) / 2;
        boolean[] placed = new boolean[n];
        for (int a : anchors) {
            set(in, x, y, placed, a, cellX[a] - offsetX, cellY[a] - offsetY);
            List<Integer> ms = members.get(a);
            ms.sort(Comparator.comparing(m -> in.ids[m]));
            for (int j = 0; j < ms.size(); j++) {
                double t = 2 * Math.PI * j / ms.size() - Math.PI / 2;
                set(in, x, y, placed, ms.get(j), x[a] + Math.cos(t) * ringRadius[a], y[a] + Math.sin(t) * ringRadius[a]);
            }
        }
        double shelfY = (cursorY + rowHeight) / 2 + k;
        double shelfWidth = Math.max(widest, k * 8);
        int[][] adj = ForceLayout.adjacency(in);
        double shelfX = -shelfWidth / 2;
        List<Integer> loose = new ArrayList<>();
        for (int i = 0; i < n; i++) if (!placed[i]) loose.add(i);
        loose.sort(Comparator.comparing(i -> in.ids[i]));
        for (int idx = 0; idx < loose.size(); idx++) {
            int i = loose.get(idx);
            double sx = 0, sy = 0;
            int c = 0;
            for (int j : adj[i]) {
                if (placed[j]) {
                    sx += x[j];
                    sy += y[j];
                    c++;
                }
            }
            double t = 2 * Math.PI * idx / loose.size();
            if (c > 0) {
                set(in, x, y, placed, i, sx / c + Math.cos(t) * k * 0.7, sy / c + Math.sin(t) * k * 0.7);
            } else {
                // tied to no group: on a shelf below the groups
                double half = Math.max(in.radius[i], in.labelHalfWidth[i]) + k * 0.15;
                if (shelfX + 2 * half > shelfWidth / 2 && shelfX > -shelfWidth / 2) {
                    shelfX = -shelfWidth / 2;
                    shelfY += k * 0.8;
                }
                set(in, x, y, placed, i, shelfX + half, shelfY);
                shelfX += 2 * half;
            }
        }
        return grouped(group);
    }

    /**
     * After {@link #place}: when the arrangement drawn before is known (the as-of date played on, or a
     * filter changed, in this same layout), every actor drawn before stays exactly where it was, so the
     * picture does not reshuffle each time a group gains or loses a member. A newcomer takes its place in
     * the fresh arrangement relative to its group's anchor when that anchor was drawn before, else the fresh
     * place moved by how far the arrangement moved on average.
     *
     * @return the actors to hold still while the others settle (those drawn before), or the grouped actors
     *         when nothing is known (a fresh arrangement)
     */
    static boolean[] keepKnown(LayoutInput in, boolean[] grouped, double[] x, double[] y) {
        int n = in.size();
        boolean[] known = new boolean[n];
        double shiftX = 0, shiftY = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            known[i] = !in.fixed[i] && !Double.isNaN(in.initX[i]) && !Double.isNaN(in.initY[i]);
            if (known[i]) {
                shiftX += in.initX[i] - x[i];
                shiftY += in.initY[i] - y[i];
                count++;
            }
        }
        if (count == 0) return grouped;
        shiftX /= count;
        shiftY /= count;
        int[] group = groups(in);
        double[] nx = new double[n], ny = new double[n];
        for (int i = 0; i < n; i++) {
            int a = group[i];
            if (known[i]) {
                nx[i] = in.initX[i];
                ny[i] = in.initY[i];
            } else if (in.fixed[i]) {
                nx[i] = x[i];
                ny[i] = y[i];
            } else if (a >= 0 && a != i && known[a]) {
                nx[i] = in.initX[a] + x[i] - x[a];
                ny[i] = in.initY[a] + y[i] - y[a];
            } else {
                nx[i] = x[i] + shiftX;
                ny[i] = y[i] + shiftY;
            }
        }
        System.arraycopy(nx, 0, x, 0, n);
        System.arraycopy(ny, 0, y, 0, n);
        return known;
    }

    /** Lays groups out in rows at most {@code rowWidth} wide; returns {width, height}; fills the cells' centres when given. */
    private static double[] rows(List<Integer> anchors, double[] ringRadius, double k, double rowWidth, double[] cellX, double[] cellY) {
        double cursorX = 0, cursorY = 0, rowHeight = 0, widest = 0;
        for (int a : anchors) {
            double side = 2 * (ringRadius[a] + k * 0.8);
            if (cursorX > 0 && cursorX + side > rowWidth + 1e-6) {
                cursorX = 0;
                cursorY += rowHeight;
                rowHeight = 0;
            }
            if (cellX != null) {
                cellX[a] = cursorX + side / 2;
                cellY[a] = cursorY + side / 2;
            }
            cursorX += side;
            rowHeight = Math.max(rowHeight, side);
            widest = Math.max(widest, cursorX);
        }
        return new double[] {widest, cursorY + rowHeight};
    }

    private static boolean[] grouped(int[] group) {
        boolean[] g = new boolean[group.length];
        for (int i = 0; i < group.length; i++) g[i] = group[i] >= 0;
        return g;
    }

    private static void set(LayoutInput in, double[] x, double[] y, boolean[] placed, int i, double px, double py) {
        if (in.fixed[i]) {
            x[i] = in.initX[i];
            y[i] = in.initY[i];
        } else {
            x[i] = px;
            y[i] = py;
        }
        placed[i] = true;
    }
}
