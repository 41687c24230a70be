package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.logic.layout.NodeSize;
import org.entente.model.Actor;
import org.entente.model.Relation;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * Far out, as the default fit is in a 1024×768 window, a graph of a lesson's size keeps each actor's kind
 * shape: states are drawn as circles, not as the quick squares that only thousands of actors need (before,
 * every actor of the bundled dataset was a small square at 1024×768). Counted from what the painter drew.
 */
class KindShapesFarOutTest {

    private static GraphSnapshot states(int n) {
        Actor[] actors = new Actor[n];
        for (int i = 0; i < n; i++) actors[i] = Actor.of("s" + i, "State " + i, "state");
        Relation[] rel = {Relation.of("r0", "s0", "s1", "member-of", null, null)};
        double[] radius = new double[n];
        java.util.Arrays.fill(radius, NodeSize.MIN_RADIUS);
        GraphSnapshot g = new GraphSnapshot(actors, new double[n], radius, new int[n], new boolean[n], rel,
                new int[] {0}, new int[] {1}, new EdgeStatus[] {EdgeStatus.SAME}, SnapshotBuilder.bends(new int[] {0}, new int[] {1}));
        int side = (int) Math.ceil(Math.sqrt(n));
        for (int i = 0; i < n; i++) g.place(i, (i % side) * 600, (i / side) * 600);
        return g;
    }

    private static StyleRecorder paintFarOut(GraphSnapshot g) throws Exception {
        return HeadlessFx.call(() -> {
            StyleRecorder r = new StyleRecorder(900, 600);
            Camera cam = Camera.fit(g.bounds(), 0, 0, 900, 600, 20, 3);
            assertTrue(cam.radius(NodeSize.MIN_RADIUS) < 3, "the view is far out: actors are drawn under 3 px radius");
            new GraphPainter().paint(r, g, cam, PaintState.NONE, Theme.LIGHT.palette(), 1);
            return r;
        });
    }

    @Test
    void aLessonSizedGraphFarOutDrawsStatesAsCircles() throws Exception {
        GraphSnapshot g = states(150);
        StyleRecorder r = paintFarOut(g);
        assertEquals(150, r.filledOvals, "each state a filled circle");
        assertEquals(0, r.filledRects, "no quick squares");
    }

    @Test
    void thousandsOfActorsFarOutStillGetQuickSquares() throws Exception {
        GraphSnapshot g = states(GraphPainter.SHAPES_UP_TO + 400);
        StyleRecorder r = paintFarOut(g);
        assertEquals(g.nodeCount(), r.filledRects, "level of detail kept for large graphs");
    }
}
