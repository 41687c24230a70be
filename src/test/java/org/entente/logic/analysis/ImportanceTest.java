package org.entente.logic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

class ImportanceTest {

    private static Dataset graph(List<String> ids, String... edges) {
        List<Actor> actors = ids.stream().map(id -> Actor.of(id, id.toUpperCase(), "state")).toList();
        List<Relation> relations = new ArrayList<>();
        for (String e : edges) {
            String[] ends = e.split("-");
            relations.add(Relation.of(e, ends[0], ends[1], "partner-of", null, null));
        }
        return new Dataset("entente/1", "t", "", List.of(), actors, relations, List.of(), List.of());
    }

    private static ActorScore score(Importance imp, String id) {
        return imp.scores().stream().filter(s -> s.actor().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void starHasAHubOnEveryShortestPath() {
        // c is tied to four leaves: it lies on all C(4,2) = 6 leaf-to-leaf shortest paths
        Importance imp = Importance.of(graph(List.of("c", "a", "b", "d", "e"), "a-c", "c-b", "d-c", "c-e").graph().all());
        assertEquals(4, score(imp, "c").degree());
        assertEquals(6.0, score(imp, "c").betweenness(), 1e-9);
        assertEquals(0.0, score(imp, "a").betweenness(), 1e-9);
        assertEquals(1.0, score(imp, "c").closeness(), 1e-9);
        assertEquals(4.0 / 7.0, score(imp, "a").closeness(), 1e-9, "a reaches c in 1 step and three leaves in 2");
        assertEquals("c", imp.top(Measure.BETWEENNESS, 1).get(0).actor().id());
        assertEquals(1.0, imp.normalised(Measure.DEGREE).get("c"), 1e-9);
        assertEquals(0.25, imp.normalised(Measure.DEGREE).get("a"), 1e-9);
    }

    @Test
    void pathGraphHasKnownBetweennessAndCloseness() {
        // a - b - c - d: b and c each lie on two shortest paths (a-c, a-d / b-d, a-d)
        Importance imp = Importance.of(graph(List.of("a", "b", "c", "d"), "a-b", "b-c", "c-d").graph().all());
        assertEquals(0.0, score(imp, "a").betweenness(), 1e-9);
        assertEquals(2.0, score(imp, "b").betweenness(), 1e-9);
        assertEquals(2.0, score(imp, "c").betweenness(), 1e-9);
        assertEquals(3.0 / 6.0, score(imp, "a").closeness(), 1e-9);
        assertEquals(3.0 / 4.0, score(imp, "b").closeness(), 1e-9);
    }

    @Test
    void directionAndDoubleTiesDoNotChangeTheMeasures() {
        Importance one = Importance.of(graph(List.of("a", "b", "c"), "a-b", "b-c").graph().all());
        Importance two = Importance.of(graph(List.of("a", "b", "c"), "a-b", "b-a", "c-b").graph().all());
        assertEquals(score(one, "b").betweenness(), score(two, "b").betweenness(), 1e-9);
        assertEquals(score(one, "a").closeness(), score(two, "a").closeness(), 1e-9);
        assertEquals(2, score(two, "a").degree(), "degree counts ties on screen");
    }

    @Test
    void closenessIsMeasuredWithinEachGroupOfADisconnectedGraph() {
        // two separate pairs and a loner: JGraphT alone would give 0 to everyone
        Importance imp = Importance.of(graph(List.of("a", "b", "c", "d", "e"), "a-b", "c-d").graph().all());
        assertEquals(1.0 / 4.0, score(imp, "a").closeness(), 1e-9);
        assertEquals(0.0, score(imp, "e").closeness(), 1e-9);
    }

    @Test
    void theFastMeasuresForLargeGraphsGiveJGraphTsNumbers() {
        java.util.Random random = new java.util.Random(7);
        org.jgrapht.graph.SimpleGraph<Integer, org.jgrapht.graph.DefaultEdge> g =
                new org.jgrapht.graph.SimpleGraph<>(org.jgrapht.graph.DefaultEdge.class);
        for (int i = 0; i < 80; i++) g.addVertex(i);
        for (int i = 0; i < 140; i++) {
            int a = random.nextInt(70);
            int b = random.nextInt(70);
            if (a != b) g.addEdge(a, b);
        }
        // vertices 70..79 stay isolated: the graph is disconnected, as visible graphs usually are
        FastCentrality<Integer, org.jgrapht.graph.DefaultEdge> fast = new FastCentrality<>(g);
        Map<Integer, Double> expected = new org.jgrapht.alg.scoring.BetweennessCentrality<>(g, false).getScores();
        for (int v : g.vertexSet()) {
            assertEquals(expected.get(v), fast.betweenness().get(v), 1e-6, "betweenness of " + v);
        }
        List<Actor> actors = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        g.vertexSet().forEach(v -> actors.add(Actor.of("v" + v, "V" + v, "state")));
        g.edgeSet().forEach(e -> relations.add(Relation.of("e" + g.getEdgeSource(e) + "-" + g.getEdgeTarget(e),
                "v" + g.getEdgeSource(e), "v" + g.getEdgeTarget(e), "partner-of", null, null)));
        Importance small = Importance.of(new Dataset("entente/1", "t", "", List.of(), actors, relations, List.of(), List.of()).graph().all());
        for (ActorScore s : small.scores()) {
            int v = Integer.parseInt(s.actor().id().substring(1));
            assertEquals(s.closeness(), fast.closeness().get(v), 1e-9, "closeness of " + v);
        }
    }

    @Test
    void communitiesSplitTwoCliquesJoinedByOneTieAndAreStable() {
        Dataset d = graph(List.of("a", "b", "c", "d", "x", "y", "z", "w"),
                "a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "x-y", "x-z", "x-w", "y-z", "y-w", "z-w", "d-x");
        Importance imp = Importance.of(d.graph().all());
        Map<String, Integer> c = imp.communities();
        assertEquals(2, imp.communityCount());
        assertEquals(c.get("a"), c.get("c"));
        assertEquals(c.get("y"), c.get("w"));
        assertNotEquals(c.get("a"), c.get("y"));
        assertEquals(c, Importance.of(d.graph().all()).communities(), "the same graph gives the same communities");
    }
}
