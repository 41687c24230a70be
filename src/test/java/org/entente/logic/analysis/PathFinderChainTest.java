package org.entente.logic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

/** The path finder walks on its own stack: a chain of 100,000 ties is found end to end, not a StackOverflowError. */
class PathFinderChainTest {

    @Test
    void aChainOfAHundredThousandHopsIsOnePath() {
        int hops = 100_000;
        Graph<Actor, Relation> graph = new DirectedPseudograph<>(Relation.class);
        List<Actor> actors = new ArrayList<>(hops + 1);
        for (int i = 0; i <= hops; i++) {
            Actor a = Actor.of("a" + i, "A" + i, "state");
            actors.add(a);
            graph.addVertex(a);
            if (i > 0) {
                graph.addEdge(actors.get(i - 1), a, Relation.of("r" + i, "a" + (i - 1), "a" + i, "partner-of", null, null));
            }
        }
        List<ConnectionPath> paths = new PathFinder(3).shortestPaths(graph, actors.get(0), actors.get(hops));
        assertEquals(1, paths.size());
        assertEquals(hops, paths.get(0).relations().size());
        assertEquals("a" + hops, paths.get(0).actors().get(hops).id());
    }
}
