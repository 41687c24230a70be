package org.entente.logic.filter;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
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
        boolean simple = simple(c, f);
        Set<Actor> keptOut = simple ? new HashSet<>() : null;
        Set<Relation> tiesOut = simple ? new HashSet<>() : null;
        Graph<Actor, Relation> graph = filtered(dataset, asOf, w, c, f, keptOut, tiesOut);
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
                eventActors = asOf == null ? ids(graph) : ids(filtered(dataset, null, w, c, f, null, null));
            }
            if (e.actors().stream().anyMatch(eventActors::contains)) {
                events.add(e.id());
            }
        }
        VisibleGraph result = new VisibleGraph(dataset, graph, events);
        synchronized (this) {
            last = simple ? new Last(result, asOf, w, c, new PatchedSet<>(keptOut), new PatchedSet<>(tiesOut),
                    asOf == null ? null : eventActors, null) : null;
        }
        return result;
    }

    /**
     * The view of {@code next}, the dataset an edit made from {@code before}'s, which touched only the
     * items whose ids are in {@code touched}: when {@code before} is the last view this filter made with
     * the same date, window and criteria (and no tie minimum, focus or disputed-only, whose effects spread
     * through the graph), only the touched actors, their ties and the events naming them are tested again;
     * otherwise the same as {@link #apply}.
     */
    public VisibleGraph applyEdited(VisibleGraph before, Dataset next, Collection<String> touched, LocalDate asOf,
                                    DateRange window, FilterCriteria criteria, Focus focus) {
        DateRange w = window == null ? DateRange.ALL : window;
        FilterCriteria c = criteria == null ? FilterCriteria.NONE : criteria;
        Focus f = focus == null ? Focus.NONE : focus;
        Last memo;
        synchronized (this) {
            memo = last;
        }
        if (memo == null || memo.view() != before || !simple(c, f) || touched.size() > 32 || !Objects.equals(memo.asOf(), asOf)
                || !memo.window().equals(w) || !memo.criteria().equals(c) || (asOf != null && memo.eventActors() == null)) {
            return apply(next, asOf, w, c, f);
        }
        Dataset old = before.dataset();
        Graph<Actor, Relation> all = next.graph().all();
        Predicate<Relation> relationPasses = relationTest(next, asOf, w, c);
        Predicate<Actor> actorPasses = actorTest(next, asOf, w, c, relationPasses);
        PatchedSet<Actor> kept = memo.kept().copy();
        PatchedSet<Relation> ties = memo.ties().copy();
        Set<String> eventActors = memo.eventActors() == null ? null : new HashSet<>(memo.eventActors());
        Set<Relation> retest = new HashSet<>();
        for (String id : touched) {
            old.actor(id).ifPresent(kept::remove);
            old.relation(id).ifPresent(ties::remove);
            if (eventActors != null) eventActors.remove(id);
            Actor a = next.actor(id).filter(all::containsVertex).orElse(null);
            if (a != null) {
                if (actorPasses.test(a)) kept.add(a);
                if (eventActors != null && (asOf == null ? actorPasses.test(a) : actorTest(next, null, w, c, relationTest(next, null, w, c)).test(a))) {
                    eventActors.add(a.id());
                }
                retest.addAll(all.edgesOf(a));
            }
            next.relation(id).filter(all::containsEdge).ifPresent(retest::add);
        }
        for (Relation r : retest) {
            ties.remove(r);
            if (kept.contains(all.getEdgeSource(r)) && kept.contains(all.getEdgeTarget(r)) && relationPasses.test(r)) ties.add(r);
        }
        Graph<Actor, Relation> graph = next.graph().masked(kept::contains, ties::contains);
        Set<String> events = new HashSet<>(before.eventIds());
        // with no as-of date, an event's actors are tested against the view itself, without listing its actors
        Predicate<String> visible = asOf != null ? eventActors::contains : id -> next.actor(id).filter(kept::contains).isPresent();
        for (Event e : next.events()) {
            boolean named = touched.contains(e.id());
            for (int i = 0; !named && i < e.actors().size(); i++) named = touched.contains(e.actors().get(i));
            if (!named) continue;
            events.remove(e.id());
            if (!e.span().overlaps(w)) continue;
            if (e.actors().isEmpty()) {
                events.add(e.id());
                continue;
            }
            if (e.actors().stream().anyMatch(visible)) events.add(e.id());
        }
        for (String id : touched) if (old.event(id).isPresent() && next.event(id).isEmpty()) events.remove(id);
        VisibleGraph result = new VisibleGraph(next, graph, events);
        synchronized (this) {
            last = new Last(result, asOf, w, c, kept, ties, asOf == null ? null : eventActors, new Patch(before, Set.copyOf(touched)));
        }
        return result;
    }

    /**
     * How {@code view} was made when {@link #applyEdited} patched it from an earlier view (it is the last view
     * this filter made): that view and the ids the edit touched. Null when it was filtered from scratch.
     * Between the two views only the touched actors and ties, the ties of touched actors and the events
     * naming them can differ, so a view drawing the earlier one can patch its picture the same way.
     */
    public synchronized Patch patchOf(VisibleGraph view) {
        return last != null && last.view() == view ? last.patch() : null;
    }

    /** See {@link #patchOf}: the view an edit's view was patched from, and the ids the edit touched. */
    public record Patch(VisibleGraph before, Set<String> touched) {
    }

    /** The sets behind the last view made, kept so that an edit can patch them. */
    private record Last(VisibleGraph view, LocalDate asOf, DateRange window, FilterCriteria criteria,
                        PatchedSet<Actor> kept, PatchedSet<Relation> ties, Set<String> eventActors, Patch patch) {
    }

    private Last last;

    private static boolean simple(FilterCriteria c, Focus f) {
        return c.minTies() <= 0 && !c.hideIsolated() && !c.onlyDisputed() && f.isNone();
    }

    private Graph<Actor, Relation> filtered(Dataset dataset, LocalDate asOf, DateRange window, FilterCriteria c, Focus focus,
                                            Set<Actor> keptOut, Set<Relation> tiesOut) {
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
        if (keptOut != null) keptOut.addAll(kept);
        if (tiesOut != null) tiesOut.addAll(ties);
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
