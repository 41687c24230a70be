package org.entente.logic.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;

/**
 * Betweenness (Brandes) and closeness (Wasserman and Faust) for large unweighted, undirected graphs, by
 * breadth-first search over plain int arrays. JGraphT's general implementations run Dijkstra with heaps
 * and take minutes on the synthetic 2,000-actor benchmark graphs; this gives the same numbers (a test
 * compares them) in well under a second. {@link Importance} uses JGraphT for curated-size graphs and this
 * beyond.
 */
final class FastCentrality<V, E> {

    /** Up to this many vertices every vertex is a source and the results are exact. */
    static final int EXACT_LIMIT = 2500;

    /** Sources sampled on larger graphs. */
    static final int SAMPLE = 600;

    private final List<V> vertices;
    private final int[][] neighbours;
    private final double[] betweenness;
    private final double[] closeness;

    FastCentrality(Graph<V, E> graph) {
        vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) index.put(vertices.get(i), i);
        neighbours = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            V v = vertices.get(i);
            neighbours[i] = graph.edgesOf(v).stream()
                    .mapToInt(e -> index.get(org.jgrapht.Graphs.getOppositeVertex(graph, e, v)))
                    .filter(j -> j != index.get(v)).distinct().toArray();
        }
        int n = vertices.size();
        betweenness = new double[n];
        closeness = new double[n];
        run(n);
    }

    private void run(int n) {
        int[] sources = sources(n);
        double scale = (double) n / Math.max(1, sources.length);
        int[] distance = new int[n];
        long[] paths = new long[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        long[] distanceSum = new long[n];
        int[] reachedBy = new int[n];
        for (int s : sources) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            while (head < tail) {
                int v = order[head++];
                distanceSum[v] += distance[v];
                reachedBy[v]++;
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) paths[w] += paths[v];
                }
            }
            for (int i = tail - 1; i > 0; i--) {
                int w = order[i];
                for (int v : neighbours[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += (double) paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                betweenness[w] += dependency[w];
            }
        }
        for (int v = 0; v < n; v++) {
            betweenness[v] = betweenness[v] * scale / 2;
            // distances are symmetric, so the sums over sources stand for the sums from v
            double others = reachedBy[v] * scale - 1;
            double sum = distanceSum[v] * scale;
            closeness[v] = sum <= 0 || n < 2 ? 0 : (others / (n - 1)) * (others / sum);
        }
    }

    /**
     * Every vertex up to {@link #EXACT_LIMIT} vertices (exact results); beyond, a fixed pseudo-random
     * sample of {@link #SAMPLE} sources (Brandes and Pich's estimate), so 10,000 actors take seconds.
     */
    private static int[] sources(int n) {
        if (n <= EXACT_LIMIT) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        java.util.Random random = new java.util.Random(42);
        int[] shuffled = new int[n];
        for (int i = 0; i < n; i++) shuffled[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        return Arrays.copyOf(shuffled, SAMPLE);
    }

    Map<V, Double> betweenness() {
        return scores(betweenness);
    }

    Map<V, Double> closeness() {
        return scores(closeness);
    }

    private Map<V, Double> scores(double[] values) {
        Map<V, Double> out = new HashMap<>();
        for (int i = 0; i < values.length; i++) out.put(vertices.get(i), values[i]);
        return out;
    }
}
