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

    /** More ties than the screen draws one by one, a tenth of them minor, the actors on a wide circle. */
    private static GraphSnapshot denseGraph() {
        int n = 120, m = GraphPainter.DENSE_EDGES + 300;
        Actor[] actors = new Actor[n];
        for (int i = 0; i < n; i++) actors[i] = Actor.of("a" + i, "A" + i, i % 10 == 0 ? "place" : "state");
        Relation[] ties = new Relation[m];
        int[] src = new int[m], dst = new int[m];
        EdgeStatus[] status = new EdgeStatus[m];
        for (int e = 0; e < m; e++) {
            src[e] = e % n;
            dst[e] = e % 10 == 0 ? (e / 10 * 10 + 10) % n : (e * 7 + 1 + e / n) % n;
            if (dst[e] == src[e]) dst[e] = (dst[e] + 1) % n;
            RelationFamily family = e % 10 == 0 ? RelationFamily.LOCATION : RelationFamily.MEMBERSHIP;
            ties[e] = Relation.of("t" + e, actors[src[e]].id(), actors[dst[e]].id(), typeOf(family), null, null);
            status[e] = EdgeStatus.SAME;
        }
        double[] radius = new double[n];
        java.util.Arrays.fill(radius, 6);
        GraphSnapshot g = new GraphSnapshot(actors, new double[n], radius, new int[n], new boolean[n], ties, src, dst, status,
                SnapshotBuilder.bends(src, dst));
        for (int i = 0; i < n; i++) g.place(i, 1000 * Math.cos(2 * Math.PI * i / n), 1000 * Math.sin(2 * Math.PI * i / n));
        return g;
    }

    private static Set<String> tiesNoted(java.util.List<org.entente.ui.render.SceneItem> items) {
        Set<String> ids = new java.util.TreeSet<>();
        for (var i : items) if (i.kind() == org.entente.ui.render.SceneItem.Kind.TIE) ids.add(i.id());
        return ids;
    }

    /**
     * In a dense overview the screen leaves minor ties out; the scene report, an SVG and a PNG of the same
     * view must leave out the same ones (the report used to list ties the picture did not draw).
     */
    @Test
    void aDenseOverviewLeavesOutTheSameMinorTiesOnEverySurface() throws Exception {
        GraphSnapshot g = denseGraph();
        Camera cam = new Camera(0, 0, GraphPainter.FULL_DETAIL_ZOOM / 4, 0, 0, SIZE, SIZE);
        Set<String>[] seen = HeadlessFx.call(() -> {
            SceneRecorder rec = new SceneRecorder(SIZE, SIZE);
            new GraphPainter().paint(rec, g, cam, PaintState.NONE, Theme.LIGHT.palette(), 1);
            java.util.List<org.entente.ui.render.SceneItem> onCanvas = new java.util.ArrayList<>();
            javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(SIZE, SIZE);
            new GraphPainter().paint(new org.entente.ui.render.CanvasSurface(canvas.getGraphicsContext2D(), SIZE, SIZE, onCanvas::add),
                    g, cam, PaintState.NONE, Theme.LIGHT.palette(), 1);
            @SuppressWarnings("unchecked")
            Set<String>[] both = new Set[] {tiesNoted(rec.items()), tiesNoted(onCanvas)};
            return both;
        });
        Set<String> minor = new java.util.TreeSet<>();
        for (int e = 0; e < g.edgeCount(); e++) if (g.family[e] == RelationFamily.LOCATION) minor.add(g.relations[e].id());
        assertTrue(seen[1].size() > GraphPainter.DENSE_EDGES / 2, "the canvas draws the ties: " + seen[1].size());
        assertTrue(seen[1].stream().noneMatch(minor::contains), "the canvas leaves the minor ties out at overview");
        assertEquals(seen[1], seen[0], "the scene report lists exactly the ties the canvas drew");
    }
}
