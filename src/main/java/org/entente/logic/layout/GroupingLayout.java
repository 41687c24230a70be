package org.entente.logic.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The "groupings" arrangement: every alliance, organization or initiative with at least two members
 * becomes an anchor with its members on a ring around it; the groups sit side by side on a larger ring,
 * the largest first, and actors in no group gather near the actors they are tied to.
 */
final class GroupingLayout {

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

    static void place(LayoutInput in, double k, double[] x, double[] y) {
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
        double totalDiameter = 0;
        for (int a : anchors) {
            double perimeter = 0;
            for (int m : members.get(a)) perimeter += 2 * Math.max(in.radius[m], in.labelHalfWidth[m]) + k * 0.25;
            ringRadius[a] = Math.max(k, perimeter / (2 * Math.PI));
            totalDiameter += 2 * (ringRadius[a] + k * 0.8);
        }
        double big = anchors.size() <= 1 ? 0 : totalDiameter / (2 * Math.PI);
        double angle = -Math.PI / 2;
        boolean[] placed = new boolean[n];
        for (int a : anchors) {
            double share = 2 * (ringRadius[a] + k * 0.8) / Math.max(1e-9, totalDiameter) * Math.PI * 2;
            double theta = angle + share / 2;
            angle += share;
            set(in, x, y, placed, a, Math.cos(theta) * big, Math.sin(theta) * big);
            List<Integer> ms = members.get(a);
            ms.sort(Comparator.comparing(m -> in.ids[m]));
            for (int j = 0; j < ms.size(); j++) {
                double t = 2 * Math.PI * j / ms.size() - Math.PI / 2;
                set(in, x, y, placed, ms.get(j), x[a] + Math.cos(t) * ringRadius[a], y[a] + Math.sin(t) * ringRadius[a]);
            }
        }
        int[][] adj = ForceLayout.adjacency(in);
        double outer = big + k * 2 + (anchors.isEmpty() ? 0 : ringRadius[anchors.get(0)]);
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
                set(in, x, y, placed, i, Math.cos(t) * outer, Math.sin(t) * outer);
            }
        }
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
