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
 * graph, never a copy, so a change of filter costs one pass over actors and relations. The predicates are
 * evaluated once per change into sets of kept actors and ties, so the view's own tests are hash lookups
 * (views and analyses walk it many times). The steps:
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
        Graph<Actor, Relation> all = dataset.graph().all();
        Predicate<Relation> relationPasses = relationTest(dataset, asOf, window, c);
        Predicate<Actor> actorPasses = actorTest(dataset, asOf, window, c, relationPasses);
        Set<Actor> kept = new HashSet<>();
        for (Actor a : all.vertexSet()) {
            if (actorPasses.test(a)) kept.add(a);
        }
        Set<Relation> ties = new HashSet<>();
        for (Relation r : all.edgeSet()) {
            if (kept.contains(all.getEdgeSource(r)) && kept.contains(all.getEdgeTarget(r)) && relationPasses.test(r)) ties.add(r);
        }
        int minTies = Math.max(c.minTies(), c.hideIsolated() ? 1 : 0);
        if (minTies > 0) {
            pruneByTies(all, kept, ties, minTies);
        }
        if (!focus.isNone()) {
            dataset.actor(focus.actorId()).filter(kept::contains).ifPresent(centre ->
                    kept.retainAll(neighbourhood(all, kept, ties, centre, focus.depth())));
        }
        // a view over the one graph, with O(1) tests: drawing and analysis read it many times
        return dataset.graph().masked(kept::contains, ties::contains);
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
    private static void pruneByTies(Graph<Actor, Relation> all, Set<Actor> kept, Set<Relation> ties, int min) {
        Map<Actor, Integer> count = new HashMap<>();
        for (Relation r : ties) {
            Actor s = all.getEdgeSource(r);
            Actor t = all.getEdgeTarget(r);
            if (!s.equals(t)) {
                count.merge(s, 1, Integer::sum);
                count.merge(t, 1, Integer::sum);
            }
        }
        Deque<Actor> drop = new ArrayDeque<>();
        for (Actor a : kept) {
            if (count.getOrDefault(a, 0) < min) drop.add(a);
        }
        while (!drop.isEmpty()) {
            Actor a = drop.poll();
            if (!kept.remove(a)) continue;
            for (Relation r : all.edgesOf(a)) {
                if (!ties.remove(r)) continue;
                Actor other = Graphs.getOppositeVertex(all, r, a);
                if (!other.equals(a) && kept.contains(other) && count.merge(other, -1, Integer::sum) < min) {
                    drop.add(other);
                }
            }
        }
    }

    /** Actors within {@code depth} steps of {@code centre}, following kept ties either way. */
    private static Set<Actor> neighbourhood(Graph<Actor, Relation> all, Set<Actor> kept, Set<Relation> ties, Actor centre, int depth) {
        Set<Actor> seen = new HashSet<>();
        seen.add(centre);
        Set<Actor> frontier = Set.of(centre);
        for (int step = 0; step < depth; step++) {
            Set<Actor> next = new HashSet<>();
            for (Actor a : frontier) {
                for (Relation r : all.edgesOf(a)) {
                    if (!ties.contains(r)) continue;
                    Actor other = Graphs.getOppositeVertex(all, r, a);
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
