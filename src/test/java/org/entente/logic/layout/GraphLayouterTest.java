package org.entente.logic.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.entente.logic.load.DatasetLoader;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/** The layout a student sees: the same every time, nothing overlapping, steady when the data changes. */
class GraphLayouterTest {

    static Dataset fixture() throws Exception {
        try (var in = new InputStreamReader(GraphLayouterTest.class.getResourceAsStream("/graph/fixture.json"), StandardCharsets.UTF_8)) {
            return new DatasetLoader().load("fixture.json", in).dataset().orElseThrow();
        }
    }

    static Dataset bundled() {
        return new DatasetLoader().loadBundled().dataset().orElseThrow();
    }

    /** A layout input for the actors and ties of {@code g}, with label boxes as the view sizes them. */
    static LayoutInput input(Graph<Actor, Relation> g, Predicate<Actor> keep) {
        List<Actor> actors = new ArrayList<>(g.vertexSet().stream().filter(keep).toList());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) index.put(actors.get(i).id(), i);
        List<int[]> edges = new ArrayList<>();
        List<Boolean> grouping = new ArrayList<>();
        int[] degree = new int[actors.size()];
        for (Relation r : g.edgeSet()) {
            Integer a = index.get(r.from()), b = index.get(r.to());
            if (a == null || b == null) continue;
            edges.add(new int[] {a, b});
            RelationFamily f = Vocabulary.familyOf(r.type());
            grouping.add(f == RelationFamily.MEMBERSHIP || f == RelationFamily.PARTICIPATION);
            degree[a]++;
            degree[b]++;
        }
        int max = 1;
        for (int d : degree) max = Math.max(max, d);
        int n = actors.size();
        String[] ids = new String[n], kinds = new String[n];
        double[] radius = new double[n], half = new double[n], height = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = actors.get(i).id();
            kinds[i] = actors.get(i).kind();
            radius[i] = NodeSize.radius((double) degree[i] / max);
            half[i] = actors.get(i).name().length() * 3.3 + 3;
            height[i] = 17;
        }
        int[] src = new int[edges.size()], dst = new int[edges.size()];
        boolean[] groupingEdge = new boolean[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            src[e] = edges.get(e)[0];
            dst[e] = edges.get(e)[1];
            groupingEdge[e] = grouping.get(e);
        }
        return new LayoutInput(ids, kinds, radius, half, height, src, dst, groupingEdge);
    }

    @Test
    void theSameDataGivesTheSamePictureEveryTime() throws Exception {
        LayoutInput in = input(bundled().graph().asOf(LocalDate.of(2025, 6, 1)), a -> true);
        LayoutResult first = GraphLayouter.layout(in, LayoutSettings.DEFAULT, LayoutMonitor.NONE);
        LayoutResult second = GraphLayouter.layout(input(bundled().graph().asOf(LocalDate.of(2025, 6, 1)), a -> true),
                LayoutSettings.DEFAULT, LayoutMonitor.NONE);
        assertArrayEquals(first.x(), second.x());
        assertArrayEquals(first.y(), second.y());
    }

    @Test
    void nothingOverlapsOnTheBundledDataset() {
        LayoutInput in = input(bundled().graph().asOf(LocalDate.of(2025, 6, 1)), a -> true);
        assertTrue(in.size() > 50, "the bundled dataset has many actors as of June 2025");
        LayoutResult r = GraphLayouter.layout(in, LayoutSettings.DEFAULT, LayoutMonitor.NONE);
        assertFalse(OverlapRemoval.overlaps(in, r.x(), r.y(), true), "node discs and their label boxes are all apart");
        assertTrue(r.converged(), "the layout settles within its budget");
    }

    @Test
    void nothingOverlapsOnTheFixtureInEitherArrangement() throws Exception {
        for (LayoutKind kind : LayoutKind.values()) {
            LayoutInput in = input(fixture().graph().all(), a -> true);
            LayoutResult r = GraphLayouter.layout(in, LayoutSettings.DEFAULT.withKind(kind), LayoutMonitor.NONE);
            assertFalse(OverlapRemoval.overlaps(in, r.x(), r.y(), true), kind + " leaves no overlaps");
        }
    }

    @Test
    void survivingNodesStayPutWhenAnActorDisappears() throws Exception {
        Dataset d = fixture();
        LayoutInput before = input(d.graph().all(), a -> true);
        LayoutResult first = GraphLayouter.layout(before, LayoutSettings.DEFAULT, LayoutMonitor.NONE);
        LayoutInput after = input(d.graph().all(), a -> !a.id().equals("russia"));
        Map<String, double[]> old = new HashMap<>();
        for (int i = 0; i < first.ids().length; i++) old.put(first.ids()[i], new double[] {first.x()[i], first.y()[i]});
        for (int i = 0; i < after.size(); i++) after.setInitial(i, old.get(after.id(i))[0], old.get(after.id(i))[1]);
        LayoutResult second = GraphLayouter.layout(after, LayoutSettings.DEFAULT, LayoutMonitor.NONE);
        double total = 0;
        for (int i = 0; i < after.size(); i++) {
            double[] o = old.get(after.id(i));
            total += Math.hypot(second.x()[i] - o[0], second.y()[i] - o[1]);
        }
        double mean = total / after.size();
        assertTrue(mean < LayoutSettings.DEFAULT.edgeLength() * 0.5, "nodes moved " + mean + " on average");
    }

    @Test
    void aPinnedNodeDoesNotMoveAndANewNodeStartsNearItsNeighbours() throws Exception {
        LayoutInput in = input(fixture().graph().all(), a -> true);
        int japan = indexOf(in, "japan");
        in.pin(japan, 500, -300);
        LayoutResult r = GraphLayouter.layout(in, LayoutSettings.DEFAULT, LayoutMonitor.NONE);
        assertEquals(500, r.x()[japan]);
        assertEquals(-300, r.y()[japan]);
    }

    @Test
    void groupingsPutMembersAroundTheirGrouping() throws Exception {
        LayoutInput in = input(fixture().graph().all(), a -> true);
        LayoutResult r = GraphLayouter.layout(in, LayoutSettings.DEFAULT.withKind(LayoutKind.GROUPINGS), LayoutMonitor.NONE);
        int ip4 = indexOf(in, "ip4"), nato = indexOf(in, "nato"), australia = indexOf(in, "australia");
        double toIp4 = Math.hypot(r.x()[australia] - r.x()[ip4], r.y()[australia] - r.y()[ip4]);
        double toNato = Math.hypot(r.x()[australia] - r.x()[nato], r.y()[australia] - r.y()[nato]);
        assertTrue(toIp4 < toNato, "Australia sits by the IP4, its grouping");
    }

    @Test
    void aLargeGraphLaysOutWithBarnesHutAndSettles() {
        int n = 1500;
        String[] ids = new String[n], kinds = new String[n];
        double[] radius = new double[n], half = new double[n], height = new double[n];
        java.util.Random random = new java.util.Random(3);
        int m = 4000;
        int[] src = new int[m], dst = new int[m];
        for (int i = 0; i < n; i++) {
            ids[i] = "a" + i;
            kinds[i] = "state";
            radius[i] = 8;
        }
        for (int e = 0; e < m; e++) {
            src[e] = random.nextInt(n);
            dst[e] = (src[e] + 1 + random.nextInt(n - 1)) % n;
        }
        LayoutInput in = new LayoutInput(ids, kinds, radius, half, height, src, dst, new boolean[m]);
        LayoutResult r = GraphLayouter.layout(in, LayoutSettings.DEFAULT, LayoutMonitor.NONE);
        assertFalse(OverlapRemoval.overlaps(in, r.x(), r.y(), false));
        for (double v : r.x()) assertTrue(Double.isFinite(v));
    }

    @Test
    void theConvexHullKeepsTheOuterPoints() {
        double[][] hull = ConvexHull.of(new double[] {0, 10, 10, 0, 5}, new double[] {0, 0, 10, 10, 5}, 5);
        assertEquals(4, hull[0].length, "the inner point is not on the hull");
    }

    private static int indexOf(LayoutInput in, String id) {
        for (int i = 0; i < in.size(); i++) if (in.id(i).equals(id)) return i;
        throw new AssertionError(id);
    }
}
