package org.entente.logic.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jgrapht.Graph;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;

/**
 * How much a dataset holds, overall or as of a day: the numbers a teacher checks before a lesson and a
 * curator after an edit. "As of" means what the graph shows on that day (actors that exist, relations
 * that hold between them) and the events that have happened by then.
 *
 * @param asOf   the day counted, or null for everything
 * @param byKind actors per kind, most frequent first
 * @param byType relations per type, most frequent first
 */
public record DatasetCounts(LocalDate asOf, int actors, int relations, int events, int sources, int disputes, int figures,
                            Map<String, Integer> byKind, Map<String, Integer> byType) {

    public DatasetCounts {
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    /** Counts everything in the dataset, or what exists as of {@code asOf} when it is not null. */
    public static DatasetCounts of(Dataset dataset, LocalDate asOf) {
        Graph<Actor, Relation> graph = asOf == null ? dataset.graph().all() : dataset.graph().asOf(asOf);
        Collection<Actor> actors = asOf == null ? dataset.actors() : graph.vertexSet();
        Collection<Relation> relations = asOf == null ? dataset.relations() : graph.edgeSet();
        List<Event> events = asOf == null ? dataset.events()
                : dataset.events().stream().filter(e -> !e.date().earliest().isAfter(asOf)).toList();
        int figures = actors.stream().mapToInt(a -> a.figures().size()).sum()
                + relations.stream().mapToInt(r -> r.figures().size()).sum()
                + events.stream().mapToInt(e -> e.figures().size()).sum();
        return new DatasetCounts(asOf, actors.size(), relations.size(), events.size(), dataset.sources().size(),
                dataset.disputes().size(), figures, tally(actors, Actor::kind), tally(relations, Relation::type));
    }

    private static <T> Map<String, Integer> tally(Collection<T> items, Function<T, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        items.forEach(i -> counts.merge(key.apply(i), 1, Integer::sum));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
