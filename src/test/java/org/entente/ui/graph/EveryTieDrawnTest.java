package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

import org.entente.model.Actor;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.SceneRecorder;
import org.entente.ui.render.SvgSurface;
import org.entente.ui.theme.Palette;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * Every visible tie is stroked exactly once, whatever its style and whether it is straight, one of a
 * bundle of parallel curves, or a straight tie sharing its style with curves elsewhere (the mix that once
 * lost the straight ties: a curve began a new path and threw away the lines gathered before it).
 */
class EveryTieDrawnTest {

    private static final int SIZE = 900;
    private static final int NODES = 16;

    /** For every family and status: a lone straight tie, a bundle of three (curve, straight, curve) and a pair of curves. */
    private static GraphSnapshot mixedGraph() {
        Actor[] actors = new Actor[NODES];
        for (int i = 0; i < NODES; i++) actors[i] = Actor.of("a" + i, "A" + i, "state");
        List<Relation> rel = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        List<EdgeStatus> status = new ArrayList<>();
        int pair = 0;
        for (RelationFamily family : RelationFamily.values()) {
            String type = typeOf(family);
            for (EdgeStatus st : EdgeStatus.values()) {
                int a = pair % NODES, b = (pair + 1) % NODES;
                int c = (pair + 5) % NODES, d = (pair + 9) % NODES;
                int[][] ties = {{a, b}, {c, d}, {d, c}, {c, d}, {b, d}, {d, b}};
                for (int[] t : ties) {
                    rel.add(Relation.of("r" + rel.size(), actors[t[0]].id(), actors[t[1]].id(), type, null, null));
                    ends.add(t);
                    status.add(st);
                }
                pair++;
            }
        }
        int m = rel.size();
        int[] src = new int[m], dst = new int[m];
        for (int e = 0; e < m; e++) {
            src[e] = ends.get(e)[0];
            dst[e] = ends.get(e)[1];
        }
        double[] weight = new double[NODES], radius = new double[NODES];
        java.util.Arrays.fill(radius, 6);
        GraphSnapshot g = new GraphSnapshot(actors, weight, radius, new int[NODES], new boolean[NODES],
                rel.toArray(Relation[]::new), src, dst, status.toArray(EdgeStatus[]::new), SnapshotBuilder.bends(src, dst));
        for (int i = 0; i < NODES; i++) {
            double angle = 2 * Math.PI * i / NODES;
            g.place(i, 300 * Math.cos(angle), 300 * Math.sin(angle));
        }
        return g;
    }

    private static String typeOf(RelationFamily family) {
        return Vocabulary.DEFAULT_TYPES.entrySet().stream().filter(en -> en.getValue() == family)
                .map(Map.Entry::getKey).findFirst().orElse("unlisted-tie");
    }

    private static Camera camera(GraphSnapshot g) {
        return Camera.fit(g.bounds(), 0, 0, SIZE, SIZE, 60, 3);
    }

    /** Nothing selected (one pass), and a selection that dims some ties and emphasises others (three passes). */
    private static List<PaintState> states() {
        return List.of(PaintState.NONE, new PaintState(-1, -1, 3, -1, -1, Set.of(), Set.of(), null, false));
    }

    @Test
    void recordingSurfaceSeesEveryTieStrokedOnceAndNothingThrownAway() throws Exception {
        GraphSnapshot g = mixedGraph();
        assertTrue(java.util.stream.IntStream.range(0, g.edgeCount()).anyMatch(e -> !EdgeGeometry.curved(g, e))
                        && java.util.Arrays.stream(g.bend).anyMatch(b -> b != 0)
                        && java.util.stream.IntStream.range(0, g.edgeCount()).anyMatch(e -> g.bend[e] == 0 && EdgeGeometry.curved(g, e)),
                "the fixture mixes straight ties, parallel curves and ties bent into a fan");
        for (PaintState ps : states()) {
            for (Theme theme : Theme.values()) {
                SceneRecorder rec = HeadlessFx.call(() -> {
                    SceneRecorder r = new SceneRecorder(SIZE, SIZE);
                    new GraphPainter().paint(r, g, camera(g), ps, theme.palette(), 1);
                    return r;
                });
                assertEquals(0, rec.discarded(), "no tie gathered into a path is thrown away");
                assertEquals(0, rec.separateLines(), "ties go through paths, none is drawn on its own");
                Map<String, Integer> strokedTimes = new HashMap<>();
                for (int e = 0; e < g.edgeCount(); e++) {
                    double[] seg = EdgeGeometry.segment(g, camera(g), e, 1);
                    int count = 0;
                    for (SceneRecorder.Segment s : rec.segments()) {
                        if (s.strokes() == 0 || s.fills() > 0) continue;
                        if (near(s.start(), seg[0], seg[1]) && near(s.end(), seg[2], seg[3])
                                && s.curved() == EdgeGeometry.curved(g, e)
                                && (!s.curved() || near(s.points().get(1), seg[4], seg[5]))) {
                            count += s.strokes();
                        }
                    }
                    strokedTimes.put(g.relations[e].id() + " (" + g.family[e] + ", " + g.status[e] + ", bend " + g.bend[e] + ")", count);
                }
                strokedTimes.forEach((tie, n) -> assertEquals(1, n, tie + " is stroked exactly once in " + theme));
                long stroked = rec.segments().stream().filter(s -> s.strokes() > 0).count();
                assertEquals(g.edgeCount(), stroked, "no other stroked segments than the ties");
                Map<String, Long> noted = new HashMap<>();
                rec.items().stream().filter(i -> i.kind() == SceneItem.Kind.TIE).forEach(i -> noted.merge(i.id(), 1L, Long::sum));
                assertEquals(g.edgeCount(), noted.size(), "the scene report lists every tie");
                assertTrue(noted.values().stream().allMatch(n -> n == 1), "and each once");
            }
        }
    }

    @Test
    void svgStrokesEveryTieOnce() throws Exception {
        GraphSnapshot g = mixedGraph();
        for (PaintState ps : states()) {
            String xml = HeadlessFx.call(() -> {
                SvgSurface svg = new SvgSurface(SIZE, SIZE);
                new GraphPainter().paint(svg, g, camera(g), ps, Theme.LIGHT.palette(), 1);
                return svg.toXml();
            });
            Matcher m = Pattern.compile("<path d=\"([^\"]*)\" fill=\"none\"").matcher(xml);
            List<String> subpaths = new ArrayList<>();
            while (m.find()) {
                for (String part : m.group(1).split("(?=M)")) if (!part.isBlank()) subpaths.add(part.trim());
            }
            assertEquals(g.edgeCount(), subpaths.size(), "one stroked subpath per tie");
            long curves = subpaths.stream().filter(s -> s.contains("Q")).count();
            assertEquals(java.util.stream.IntStream.range(0, g.edgeCount()).filter(e -> EdgeGeometry.curved(g, e)).count(), curves, "curved ties are curves");
        }
    }

    /** On a canvas (screen and PNG): a straight tie sharing its style with later curves still shows along its length. */
    @Test
    void canvasShowsStraightTiesBesideCurvesOfTheirStyle() throws Exception {
        GraphSnapshot g = mixedGraph();
        Palette p = Theme.LIGHT.palette();
        List<String> missing = HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(SIZE, SIZE);
            CanvasSurface s = new CanvasSurface(canvas.getGraphicsContext2D(), SIZE, SIZE);
            s.clear(p.background());
            new GraphPainter().paint(s, g, camera(g), PaintState.NONE, p, 1);
            PixelReader px = canvas.snapshot(null, null).getPixelReader();
            List<String> absent = new ArrayList<>();
            Camera cam = camera(g);
            for (int e = 0; e < g.edgeCount(); e++) {
                if (EdgeGeometry.curved(g, e) || g.status[e] == EdgeStatus.GONE) continue;
                double[] seg = EdgeGeometry.segment(g, cam, e, 1);
                Color want = g.status[e] == EdgeStatus.NEW ? p.added() : p.familyColor(g.family[e]);
                // minor ties (a place, an office) are drawn quieter at overview: their colour over the background
                boolean quiet = GraphPainter.MINOR.contains(g.family[e]) && cam.zoom() < GraphPainter.FULL_DETAIL_ZOOM;
                want = p.background().interpolate(want, quiet ? GraphPainter.QUIET_ALPHA : 0.9);
                boolean seen = false;
                for (int k = 3; k <= 7 && !seen; k++) {
                    double t = k / 10.0;
                    int x = (int) Math.round(seg[0] + t * (seg[2] - seg[0])), y = (int) Math.round(seg[1] + t * (seg[3] - seg[1]));
                    for (int dx = -1; dx <= 1 && !seen; dx++) {
                        for (int dy = -1; dy <= 1 && !seen; dy++) seen = close(px.getColor(x + dx, y + dy), want);
                    }
                }
                if (!seen) absent.add(g.relations[e].id() + " " + g.family[e] + " " + g.status[e]);
            }
            return absent;
        });
        assertEquals(List.of(), missing, "straight ties with no line on the canvas");
    }

    private static boolean near(double[] pt, double x, double y) {
        return Math.abs(pt[0] - x) < 1e-6 && Math.abs(pt[1] - y) < 1e-6;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 0.3;
    }
}
