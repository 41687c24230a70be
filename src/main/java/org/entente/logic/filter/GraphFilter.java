package org.entente.logic.filter;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Turns a dataset, an as-of date, a time window, filter criteria and a focus into the {@link VisibleGraph}
 * the views draw. Pure: the same inputs give the same view, with no toolkit involved.
 * <p>
 * Every criterion is a predicate over the model; the result is a JGraphT mask view over the dataset's one
 * graph, never a copy, so a change of filter costs one pass over actors and relations. The steps:
 * <ol>
 *   <li>attributes: actor kind and region, relation type, disputed-only, the as-of day and the window;</li>
 *   <li>ties: actors with fewer visible ties than the minimum (or none, when isolated actors are hidden)
 *       are removed, repeatedly, so that every actor left really has that many ties on screen;</li>
 *   <li>focus: only actors within the focus depth of the focus actor stay (when it is visible).</li>
 * </ol>
 * Events follow the same filter: an event is shown when it falls in the window and at least one of its
 * actors passes the filter over the window (an event of an actor that no longer exists on the as-of day
 * still belongs on the timeline).
 */
public class GraphFilter {

    /** Applies date, window and criteria, without focus. */
    public VisibleGraph apply(Dataset dataset, LocalDate asOf, DateRange window, FilterCriteria criteria) {
        return apply(dataset, asOf, window, criteria, Focus.NONE);
    }

    /**
     * @param asOf   the day whose ties are shown; null shows everything in the window
     * @param window the time window; {@link DateRange#ALL} for none
     * @param focus  the neighbourhood to keep; {@link Focus#NONE} for all
     */
    public VisibleGraph apply(Dataset dataset, LocalDate asOf, DateRange window, FilterCriteria criteria, Focus focus) {
        DateRange w = window == null ? DateRange.ALL : window;
        FilterCriteria c = criteria == null ? FilterCriteria.NONE : criteria;
        Focus f = focus == null ? Focus.NONE : focus;
        Graph<Actor, Relation> graph = filtered(dataset, asOf, w, c, f);
        Set<String> events = new HashSet<>();
        Set<String> eventActors = null;
        for (Event e : dataset.events()) {
            if (!e.span().overlaps(w)) {
                continue;
            }
            if (c.onlyDisputed() && dataset.disputesAbout(e.id()).isEmpty()) {
                continue;
            }
            if (e.actors().isEmpty()) {
                if (f.isNone()) events.add(e.id());
                continue;
            }
            if (eventActors == null) {
                eventActors = asOf == null ? ids(graph) : ids(filtered(dataset, null, w, c, f));
            }
            if (e.actors().stream().anyMatch(eventActors::contains)) {
                events.add(e.id());
            }
        }
        return new VisibleGraph(dataset, graph, events);
    }

    private Graph<Actor, Relation> filtered(Dataset dataset, LocalDate asOf, DateRange window, FilterCriteria c, Focus focus) {
        Predicate<Relation> keepRelation = relationTest(dataset, asOf, window, c);
        Predicate<Actor> keepActor = actorTest(dataset, asOf, window, c, keepRelation);
        Graph<Actor, Relation> attributes = dataset.graph().masked(keepActor, keepRelation);
        Set<Actor> kept = new HashSet<>(attributes.vertexSet());
        int minTies = Math.max(c.minTies(), c.hideIsolated() ? 1 : 0);
        if (minTies > 0) {
            pruneByTies(attributes, kept, minTies);
        }
        if (!focus.isNone()) {
            dataset.actor(focus.actorId()).filter(kept::contains).ifPresent(centre -> {
                Set<Actor> near = neighbourhood(attributes, kept, centre, focus.depth());
                kept.retainAll(near);
            });
        }
        if (kept.size() == attributes.vertexSet().size()) {
            return attributes;
        }
        return dataset.graph().masked(kept::contains, keepRelation);
    }

    private static Predicate<Relation> relationTest(Dataset dataset, LocalDate asOf, DateRange window, FilterCriteria c) {
        Set<String> named = c.onlyDisputed() ? disputeSubjects(dataset) : Set.of();
        return r -> (asOf == null || r.holdsAt(asOf)) && r.span().overlaps(window)
                && c.keepsRelationType(r.type())
                && (!c.onlyDisputed() || named.contains(r.id()));
    }

    private static Predicate<Actor> actorTest(Dataset dataset, LocalDate asOf, DateRange window, FilterCriteria c,
                                              Predicate<Relation> keepRelation) {
        Set<String> disputed = c.onlyDisputed() ? disputedActors(dataset, keepRelation) : Set.of();
        return a -> (asOf == null || a.existsAt(asOf)) && a.existence().overlaps(window)
                && c.keepsKind(a.kind()) && c.keepsRegion(a.region())
                && (!c.onlyDisputed() || disputed.contains(a.id()));
    }

    /** Actors named in a dispute, and the ends of disputed relations that pass the other tests. */
    private static Set<String> disputedActors(Dataset dataset, Predicate<Relation> keepRelation) {
        Set<String> named = disputeSubjects(dataset);
        Set<String> actors = new HashSet<>();
        for (String id : named) {
            dataset.actor(id).ifPresent(a -> actors.add(a.id()));
            dataset.relation(id).filter(keepRelation).ifPresent(r -> {
                actors.add(r.from());
                actors.add(r.to());
            });
        }
        return actors;
    }

    private static Set<String> disputeSubjects(Dataset dataset) {
        Set<String> named = new HashSet<>();
        for (Dispute d : dataset.disputes()) {
            named.addAll(d.subjects());
        }
        return named;
    }

    /** Removes actors with fewer than {@code min} ties to other kept actors until none is left to remove. */
    private static void pruneByTies(Graph<Actor, Relation> graph, Set<Actor> kept, int min) {
        Map<Actor, Integer> ties = new HashMap<>();
        for (Relation r : graph.edgeSet()) {
            Actor s = graph.getEdgeSource(r);
            Actor t = graph.getEdgeTarget(r);
            if (!s.equals(t)) {
                ties.merge(s, 1, Integer::sum);
                ties.merge(t, 1, Integer::sum);
            }
        }
        Deque<Actor> drop = new ArrayDeque<>();
        for (Actor a : kept) {
            if (ties.getOrDefault(a, 0) < min) drop.add(a);
        }
        while (!drop.isEmpty()) {
            Actor a = drop.poll();
            if (!kept.remove(a)) continue;
            for (Relation r : graph.edgesOf(a)) {
                Actor other = Graphs.getOppositeVertex(graph, r, a);
                if (!other.equals(a) && kept.contains(other)) {
                    int left = ties.merge(other, -1, Integer::sum);
                    if (left < min) drop.add(other);
                }
            }
        }
    }

    /** Actors within {@code depth} steps of {@code centre}, following ties either way between kept actors. */
    private static Set<Actor> neighbourhood(Graph<Actor, Relation> graph, Set<Actor> kept, Actor centre, int depth) {
        Set<Actor> seen = new HashSet<>();
        seen.add(centre);
        Set<Actor> frontier = Set.of(centre);
        for (int step = 0; step < depth; step++) {
            Set<Actor> next = new HashSet<>();
            for (Actor a : frontier) {
                for (Relation r : graph.edgesOf(a)) {
                    Actor other = Graphs.getOppositeVertex(graph, r, a);
                    if (kept.contains(other) && seen.add(other)) next.add(other);
                }
            }
            frontier = next;
        }
        return seen;
    }

    private static Set<String> ids(Graph<Actor, Relation> graph) {
        Set<String> ids = new HashSet<>();
        graph.vertexSet().forEach(a -> ids.add(a.id()));
        return ids;
    }
}
