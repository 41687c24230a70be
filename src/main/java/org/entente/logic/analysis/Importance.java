package org.entente.logic.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Who matters in the visible graph: degree, betweenness and closeness centrality and communities, using
 * JGraphT's algorithms on an undirected, simple reading of the graph (a tie is a tie whichever way it
 * points, and two ties between the same pair do not make a shorter path twice).
 * <p>
 * Closeness is computed within each connected group and scaled by the group's share of the graph
 * (Wasserman and Faust), because JGraphT gives 0 to everyone in a disconnected graph and the visible
 * graph almost always has a few separate groups. Communities come from label propagation with a fixed
 * seed, so the colours are the same every time; they are numbered by size, largest first.
 */
public final class Importance {

    /**
     * Up to this many actors JGraphT's own centrality algorithms are used; beyond, {@link FastCentrality}
     * (same numbers, breadth-first instead of Dijkstra), because JGraphT's take minutes at 2,000 actors.
     */
    static final int JGRAPHT_LIMIT = 600;

    /** Seed for label propagation: the same graph gives the same communities. */
    private static final long SEED = 20250409L;

    private final List<ActorScore> scores;

    private Importance(List<ActorScore> scores) {
        this.scores = List.copyOf(scores);
    }

    /** Measures every actor of {@code graph}. Heavy on large graphs: run off the UI thread. */
    public static Importance of(Graph<Actor, Relation> graph) {
        Graph<Actor, DefaultEdge> simple = simpleUndirected(graph);
        Map<Actor, Double> betweenness;
        Map<Actor, Double> closeness;
        if (simple.vertexSet().size() <= JGRAPHT_LIMIT) {
            betweenness = new BetweennessCentrality<>(simple, false).getScores();
            closeness = closeness(simple);
        } else {
            FastCentrality<Actor, DefaultEdge> fast = new FastCentrality<>(simple);
            betweenness = fast.betweenness();
            closeness = fast.closeness();
        }
        Map<Actor, Integer> community = communities(simple);
        List<ActorScore> scores = new ArrayList<>();
        for (Actor a : graph.vertexSet()) {
            int ties = 0;
            for (Relation r : graph.edgesOf(a)) {
                if (!r.from().equals(r.to())) ties++;
            }
            scores.add(new ActorScore(a, ties, betweenness.getOrDefault(a, 0.0), closeness.getOrDefault(a, 0.0),
                    community.getOrDefault(a, 0)));
        }
        scores.sort(Comparator.comparing(s -> s.actor().id()));
        return new Importance(scores);
    }

    static <V, E> Graph<V, DefaultEdge> simpleUndirected(Graph<V, E> graph) {
        SimpleGraph<V, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        graph.vertexSet().forEach(g::addVertex);
        for (E r : graph.edgeSet()) {
            V s = graph.getEdgeSource(r);
            V t = graph.getEdgeTarget(r);
            if (!s.equals(t)) g.addEdge(s, t);
        }
        return g;
    }

    private static Map<Actor, Double> closeness(Graph<Actor, DefaultEdge> g) {
        Map<Actor, Double> result = new HashMap<>();
        int n = g.vertexSet().size();
        for (Set<Actor> group : new ConnectivityInspector<>(g).connectedSets()) {
            if (group.size() < 2) {
                group.forEach(a -> result.put(a, 0.0));
                continue;
            }
            Map<Actor, Double> within = new ClosenessCentrality<>(new AsSubgraph<>(g, group), false, true).getScores();
            double share = (group.size() - 1) / (double) (n - 1);
            within.forEach((a, c) -> result.put(a, c * share));
        }
        return result;
    }

    private static Map<Actor, Integer> communities(Graph<Actor, DefaultEdge> g) {
        List<Set<Actor>> clusters = new ArrayList<>(
                new LabelPropagationClustering<>(g, 0, new Random(SEED)).getClustering().getClusters());
        clusters.sort(Comparator.comparingInt((Set<Actor> c) -> -c.size())
                .thenComparing(c -> Collections.min(c, Comparator.comparing(Actor::id)).id()));
        Map<Actor, Integer> number = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (Actor a : clusters.get(i)) number.put(a, i);
        }
        return number;
    }

    /** Every actor's scores, in id order. */
    public List<ActorScore> scores() {
        return scores;
    }

    /** The {@code limit} highest-scoring actors by a measure, ties broken by name. */
    public List<ActorScore> top(Measure m, int limit) {
        return scores.stream()
                .sorted(Comparator.comparingDouble((ActorScore s) -> -s.value(m))
                        .thenComparing(s -> String.valueOf(s.actor().name())))
                .limit(limit).toList();
    }

    /** Each actor's score divided by the highest (0 to 1), for sizing nodes; all 0 when nobody scores. */
    public Map<String, Double> normalised(Measure m) {
        double max = scores.stream().mapToDouble(s -> s.value(m)).max().orElse(0);
        Map<String, Double> out = new HashMap<>();
        for (ActorScore s : scores) {
            out.put(s.actor().id(), max > 0 ? s.value(m) / max : 0.0);
        }
        return out;
    }

    /** Community number per actor id (0 = largest). */
    public Map<String, Integer> communities() {
        Map<String, Integer> out = new HashMap<>();
        scores.forEach(s -> out.put(s.actor().id(), s.community()));
        return out;
    }

    /** How many communities there are. */
    public int communityCount() {
        return (int) scores.stream().mapToInt(ActorScore::community).distinct().count();
    }
}
