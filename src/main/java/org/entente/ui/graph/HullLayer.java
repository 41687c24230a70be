package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javafx.scene.paint.Color;

import org.entente.logic.layout.ConvexHull;
import org.entente.model.RelationFamily;
import org.entente.ui.render.Surface;
import org.entente.ui.theme.Palette;

/**
 * Shaded areas around the members of each grouping (the G7, the IP4, NATO...): the convex hull of the
 * grouping and the actors that are members of or take part in it as of the shown date, so a class sees at
 * once who belongs where and how that changes when the date moves.
 */
final class HullLayer {

    static final Set<String> GROUPING_KINDS = Set.of("alliance", "organization", "initiative");
    private static final int MAX_HULLS = 8;

    private HullLayer() {
    }

    /** Groupings with their member node indices (anchor first), largest first. */
    static List<int[]> groups(GraphSnapshot g) {
        int n = g.nodeCount();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) members.add(new ArrayList<>());
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.status[e] == EdgeStatus.GONE) continue;
            RelationFamily f = g.family[e];
            if (f != RelationFamily.MEMBERSHIP && f != RelationFamily.PARTICIPATION) continue;
            int to = g.dst[e], from = g.src[e];
            if (to == from || !GROUPING_KINDS.contains(g.actors[to].kind())) continue;
            if (!members.get(to).contains(from)) members.get(to).add(from);
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (members.get(i).size() < 2) continue;
            int[] group = new int[members.get(i).size() + 1];
            group[0] = i;
            for (int k = 0; k < members.get(i).size(); k++) group[k + 1] = members.get(i).get(k);
            out.add(group);
        }
        out.sort(Comparator.<int[]>comparingInt(a -> -a.length).thenComparing(a -> g.actors[a[0]].id()));
        return out.size() > MAX_HULLS ? out.subList(0, MAX_HULLS) : out;
    }

    static void paint(Surface s, GraphSnapshot g, Camera cam, Palette p, double scale) {
        for (int[] group : groups(g)) {
            int pts = 0;
            double[] xs = new double[group.length * 8];
            double[] ys = new double[group.length * 8];
            for (int i : group) {
                if (!g.placed(i)) continue;
                double r = cam.radius(g.radius[i]) + 10 * scale;
                for (int k = 0; k < 8; k++) {
                    double a = Math.PI * 2 * k / 8;
                    xs[pts] = cam.sx(g.x[i]) + Math.cos(a) * r;
                    ys[pts] = cam.sy(g.y[i]) + Math.sin(a) * r;
                    pts++;
                }
            }
            if (pts < 3) continue;
            double[][] hull = ConvexHull.of(xs, ys, pts);
            Color c = NodeColours.fill(g, group[0], p);
            s.setFill(c);
            s.setGlobalAlpha(0.10);
            s.fillPolygon(hull[0], hull[1], hull[0].length);
            s.setStroke(c);
            s.setGlobalAlpha(0.45);
            s.setLineWidth(1.2 * scale * p.lineScale());
            s.setLineDashes(2 * scale, 4 * scale);
            s.strokePolygon(hull[0], hull[1], hull[0].length);
            s.setLineDashes();
        }
        s.setGlobalAlpha(1);
    }
}
