package org.entente.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The dataset as a directed graph of actors and relations that can be asked about time: what holds on a
 * day, what holds during a window, what changed between two days. Time slices are JGraphT mask views
 * over one shared, immutable graph ({@link SharedGraph}), never copies, so moving the as-of cursor costs nothing until a view is read.
 */
public final class TimeGraph {

    private final Graph<Actor, Relation> graph;
    private final List<Event> events;

    TimeGraph(Graph<Actor, Relation> graph, List<Event> events) {
        this.graph = graph;
        this.events = events;
    }

    /** Every actor and relation, regardless of time. */
    public Graph<Actor, Relation> all() {
        return graph;
    }

    /** The actors that exist and the relations that hold on {@code day}. */
    public Graph<Actor, Relation> asOf(LocalDate day) {
        return masked(a -> a.existsAt(day), r -> r.holdsAt(day));
    }

    /** The actors that exist and the relations that hold at some point within {@code window}. */
    public Graph<Actor, Relation> within(DateRange window) {
        return masked(a -> a.existence().overlaps(window), r -> r.span().overlaps(window));
    }

    /** A view keeping the actors and relations that pass both tests (a relation also needs both ends). */
    public Graph<Actor, Relation> masked(Predicate<Actor> keepActor, Predicate<Relation> keepRelation) {
        return new MaskSubgraph<>(graph, a -> !keepActor.test(a), r -> !keepRelation.test(r));
    }

    /**
     * Relations that hold on {@code to} but not on {@code from} (started), those that held on {@code from}
     * but not on {@code to} (ended), and the events whose date falls after {@code from} up to {@code to}.
     */
    public Changes changesBetween(LocalDate from, LocalDate to) {
        LocalDate a = from.isBefore(to) ? from : to;
        LocalDate b = from.isBefore(to) ? to : from;
        List<Relation> started = new ArrayList<>();
        List<Relation> ended = new ArrayList<>();
        for (Relation r : graph.edgeSet()) {
            boolean before = r.holdsAt(a);
            boolean after = r.holdsAt(b);
            if (after && !before) started.add(r);
            if (before && !after) ended.add(r);
        }
        Comparator<Relation> byStart = Comparator.comparing(Relation::start, Comparator.nullsFirst(Comparator.naturalOrder()));
        started.sort(byStart.thenComparing(Relation::id));
        ended.sort(Comparator.comparing(Relation::end, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Relation::id));
        List<Event> happened = a.equals(b) ? List.of() : events.stream()
                .filter(e -> e.date().earliest().isAfter(a) && !e.date().earliest().isAfter(b))
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
                .toList();
        return new Changes(a, b, started, ended, happened);
    }
}
