package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.SceneRecorder;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * Level of detail, as a student sees it: in the overview, minor ties (an actor's place, a person's
 * office) step back, drawn fainter than the ties the lesson is about; zooming in, or pointing at an actor,
 * shows them in full again. Checked from what was stroked, through a recording surface.
 */
class LevelOfDetailTest {

    private static final int SIZE = 900;
    private static final int HUB = 0, MEMBER = 1, PLACE = 2, PERSON = 3;

    /** A state that is a member of an alliance, the alliance's seat, and a person holding an office in it. */
    private static GraphSnapshot graph() {
        Actor[] actors = {Actor.of("nato", "NATO", "alliance"), Actor.of("japan", "Japan", "state"),
            Actor.of("brussels", "Brussels", "place"), Actor.of("rutte", "Mark Rutte", "person")};
        Relation[] ties = {
            Relation.of("member", "japan", "nato", typeOf(RelationFamily.MEMBERSHIP), null, null),
            Relation.of("seat", "nato", "brussels", typeOf(RelationFamily.LOCATION), null, null),
            Relation.of("office", "rutte", "nato", typeOf(RelationFamily.LEADERSHIP), null, null)};
        int[] src = {MEMBER, HUB, PERSON}, dst = {HUB, PLACE, HUB};
        int n = actors.length;
        double[] radius = new double[n];
        java.util.Arrays.fill(radius, 6);
        GraphSnapshot g = new GraphSnapshot(actors, new double[n], radius, new int[n], new boolean[n], ties, src, dst,
                new EdgeStatus[] {EdgeStatus.SAME, EdgeStatus.SAME, EdgeStatus.SAME}, SnapshotBuilder.bends(src, dst));
        g.place(HUB, 0, 0);
        g.place(MEMBER, -200, 0);
        g.place(PLACE, 200, 0);
        g.place(PERSON, 0, 200);
        return g;
    }

    private static String typeOf(RelationFamily family) {
        return Vocabulary.DEFAULT_TYPES.entrySet().stream().filter(en -> en.getValue() == family)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** The opacity each tie was stroked with, by tie id. */
    private static Map<String, Double> alphas(GraphSnapshot g, double zoom, PaintState ps) throws Exception {
        Camera cam = new Camera(0, 50, zoom, 0, 0, SIZE, SIZE);
        SceneRecorder rec = HeadlessFx.call(() -> {
            SceneRecorder r = new SceneRecorder(SIZE, SIZE);
            new GraphPainter().paint(r, g, cam, ps, Theme.LIGHT.palette(), 1);
            return r;
        });
        Map<String, Double> byTie = new java.util.HashMap<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            double[] seg = EdgeGeometry.segment(g, cam, e, 1);
            for (SceneRecorder.Segment s : rec.segments()) {
                if (s.strokes() > 0 && s.fills() == 0 && near(s.start(), seg[0], seg[1]) && near(s.end(), seg[2], seg[3])) {
                    byTie.put(g.relations[e].id(), s.strokeAlpha());
                }
            }
        }
        assertEquals(Set.of("member", "seat", "office"), byTie.keySet(), "every tie is stroked");
        return byTie;
    }

    private static boolean near(double[] pt, double x, double y) {
        return Math.abs(pt[0] - x) < 1e-6 && Math.abs(pt[1] - y) < 1e-6;
    }

    @Test
    void minorTiesStepBackInTheOverviewAndComeBackZoomedInOrPointedAt() throws Exception {
        GraphSnapshot g = graph();
        double overview = GraphPainter.FULL_DETAIL_ZOOM / 2, close = GraphPainter.FULL_DETAIL_ZOOM * 1.5;

        Map<String, Double> far = alphas(g, overview, PaintState.NONE);
        for (String minor : List.of("seat", "office")) {
            assertTrue(far.get(minor) < far.get("member") * 0.6,
                    minor + " is fainter than the membership in the overview: " + far);
        }

        Map<String, Double> zoomed = alphas(g, close, PaintState.NONE);
        for (String minor : List.of("seat", "office")) {
            assertEquals(zoomed.get("member"), zoomed.get(minor), 1e-9, minor + " is drawn in full zoomed in: " + zoomed);
        }

        PaintState pointing = new PaintState(PLACE, -1, -1, -1, -1, Set.of(), Set.of(), null, false);
        Map<String, Double> hovered = alphas(g, overview, pointing);
        assertTrue(hovered.get("seat") >= far.get("member"),
                "pointing at Brussels shows its tie in full in the overview: " + hovered);
    }
}
