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
 * once who belongs where and how that changes when the date moves. Each hull has its own colour and dash
 * and carries the grouping's name at its top, so overlapping hulls can be told apart.
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

    /** A grouping's name, to be placed at the top of its hull ({@code x}, {@code y}) in its hull's colour. */
    record Name(String id, String text, double x, double y, Color colour) {
    }

    /**
     * Paints the hulls, each grouping in its own colour and dash so that overlapping hulls stay apart, and
     * returns their names for the label layer to place clear of the other labels.
     */
    static List<Name> paint(Surface s, GraphSnapshot g, Camera cam, Palette p, double scale) {
        List<Name> names = new ArrayList<>();
        int index = 0;
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
            Color c = NodeColours.community(index);
            double dash = (2 + 2 * (index % 4)) * scale;
            index++;
            s.setFill(c);
            s.setGlobalAlpha(0.08);
            s.fillPolygon(hull[0], hull[1], hull[0].length);
            s.setStroke(c);
            s.setGlobalAlpha(0.7);
            s.setLineWidth(1.6 * scale * p.lineScale());
            s.setLineDashes(dash, 3 * scale);
            s.strokePolygon(hull[0], hull[1], hull[0].length);
            s.setLineDashes();
            int top = 0;
            for (int k = 1; k < hull[1].length; k++) if (hull[1][k] < hull[1][top]) top = k;
            names.add(new Name(g.actors[group[0]].id(), LabelText.of(g.actors[group[0]]), hull[0][top], hull[1][top], c));
        }
        s.setGlobalAlpha(1);
        return names;
    }
}
