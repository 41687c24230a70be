package org.entente.logic.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.Relation;
import org.entente.model.Vocabulary;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Answers "how are A and B connected?": every shortest chain of ties between two actors in the graph it
 * is given (the visible graph, so the as-of date and the filter apply), following ties in either
 * direction. Tied paths are all returned (up to a limit), because "Japan meets Germany both in the G7 and
 * around NSATU" is the interesting answer. Paths differ by the actors they pass through; when two actors
 * share several ties, one is chosen per step (one pointing along the path first, then the
 * vocabulary's order, then id) so the answer stays readable and the same every time. Tied paths come
 * in order of how telling their ties are: memberships and leadership first, then partnerships and taking
 * part, aid, and last places and quarrels, so "Japan is a partner of NATO, which Mark Rutte leads" is
 * read before "Japan opposes China, which Mark Rutte criticizes".
 */
public final class PathFinder {

    /** Candidates gathered before ranking, so the best of many tied paths is found, not the first. */
    private static final int CANDIDATES = 200;

    /** The vocabulary's order of relation types, by type, for choosing one tie among several. */
    private static final Map<String, Integer> TYPE_ORDER = typeOrder();

    private final int limit;

    /** @param limit the most tied paths to return */
    public PathFinder(int limit) {
        this.limit = Math.max(1, limit);
    }

    private static Map<String, Integer> typeOrder() {
        Map<String, Integer> order = new HashMap<>();
        for (String type : Vocabulary.DEFAULT_TYPES.keySet()) order.putIfAbsent(type, order.size());
        return Map.copyOf(order);
    }

    /** The shortest paths from {@code from} to {@code to}; empty when unconnected or either is missing. */
    public List<ConnectionPath> shortestPaths(Graph<Actor, Relation> graph, Actor from, Actor to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to) || from.equals(to)) {
            return List.of();
        }
        Map<Actor, Integer> distance = distancesFrom(graph, to);
        if (!distance.containsKey(from)) {
            return List.of();
        }
        List<ConnectionPath> paths = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        actors.add(from);
        walk(graph, distance, actors, new ArrayList<>(), to, paths, Math.max(limit, CANDIDATES));
        paths.sort(Comparator.comparingInt(PathFinder::weakness));
        return List.copyOf(paths.subList(0, Math.min(limit, paths.size())));
    }

    /** How little a path's ties tell about belonging together; lower reads better (stable sort keeps ties). */
    static int weakness(ConnectionPath path) {
        int sum = 0;
        for (Relation r : path.relations()) {
            sum += switch (Vocabulary.familyOf(r.type())) {
                case MEMBERSHIP, LEADERSHIP -> 0;
                case PARTNERSHIP, PARTICIPATION -> 1;
                case SUPPORT -> 2;
                case LOCATION, OPPOSITION -> 3;
                default -> 4;
            };
        }
        return sum;
    }

    /** Breadth-first distances to {@code target}, ignoring direction. */
    private static Map<Actor, Integer> distancesFrom(Graph<Actor, Relation> graph, Actor target) {
        Map<Actor, Integer> distance = new HashMap<>();
        distance.put(target, 0);
        Deque<Actor> queue = new ArrayDeque<>();
        queue.add(target);
        while (!queue.isEmpty()) {
            Actor a = queue.poll();
            for (Relation r : graph.edgesOf(a)) {
                Actor b = Graphs.getOppositeVertex(graph, r, a);
                if (!distance.containsKey(b)) {
                    distance.put(b, distance.get(a) + 1);
                    queue.add(b);
                }
            }
        }
        return distance;
    }

    /**
     * Depth-first along strictly decreasing distance to the target: every step is on a shortest path. Kept
     * on an explicit stack, not the call stack, so a chain of 100,000 ties is walked like a chain of three.
     */
    private void walk(Graph<Actor, Relation> graph, Map<Actor, Integer> distance, List<Actor> actors,
                      List<Relation> relations, Actor target, List<ConnectionPath> out, int cap) {
        Deque<Iterator<Map.Entry<Actor, Relation>>> stack = new ArrayDeque<>();
        stack.push(closer(graph, distance, actors.get(0)));
        while (!stack.isEmpty() && out.size() < cap) {
            Iterator<Map.Entry<Actor, Relation>> steps = stack.peek();
            if (!steps.hasNext()) {
                stack.pop();
                if (!relations.isEmpty()) {
                    actors.remove(actors.size() - 1);
                    relations.remove(relations.size() - 1);
                }
                continue;
            }
            Map.Entry<Actor, Relation> step = steps.next();
            actors.add(step.getKey());
            relations.add(step.getValue());
            if (step.getKey().equals(target)) {
                out.add(new ConnectionPath(actors, relations));
                actors.remove(actors.size() - 1);
                relations.remove(relations.size() - 1);
            } else {
                stack.push(closer(graph, distance, step.getKey()));
            }
        }
    }

    /** The steps from {@code here} that come one tie closer to the target, in {@link #nextSteps} order. */
    private static Iterator<Map.Entry<Actor, Relation>> closer(Graph<Actor, Relation> graph, Map<Actor, Integer> distance, Actor here) {
        int d = distance.get(here);
        List<Map.Entry<Actor, Relation>> out = new ArrayList<>();
        for (Map.Entry<Actor, Relation> step : nextSteps(graph, here).entrySet()) {
            Integer next = distance.get(step.getKey());
            if (next != null && next == d - 1) out.add(step);
        }
        return out.iterator();
    }

    /** The neighbours of an actor, in name order, each with the one tie chosen to reach it. */
    private static Map<Actor, Relation> nextSteps(Graph<Actor, Relation> graph, Actor here) {
        Map<Actor, List<Relation>> byNeighbour = new HashMap<>();
        for (Relation r : graph.edgesOf(here)) {
            Actor other = Graphs.getOppositeVertex(graph, r, here);
            if (!other.equals(here)) {
                byNeighbour.computeIfAbsent(other, k -> new ArrayList<>()).add(r);
            }
        }
        Comparator<Relation> preferred = Comparator
                .comparing((Relation r) -> !r.from().equals(here.id()))
                .thenComparingInt(r -> TYPE_ORDER.getOrDefault(r.type(), Integer.MAX_VALUE))
                .thenComparing(Relation::id);
        Map<Actor, Relation> steps = new LinkedHashMap<>();
        byNeighbour.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Actor, List<Relation>> e) -> String.valueOf(e.getKey().name()))
                        .thenComparing(e -> e.getKey().id()))
                .forEach(e -> steps.put(e.getKey(), e.getValue().stream().min(preferred).orElseThrow()));
        return steps;
    }
}
