package org.entente.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One loaded, validated dataset: the immutable whole that every view reads and nothing edits.
 * Lookups by id are indexed once here so that views and analyses never scan lists for an id.
 */
public final class Dataset {

    private final String schema;
    private final String title;
    private final String description;
    private final List<Source> sources;
    private final List<Actor> actors;
    private final List<Relation> relations;
    private final List<Event> events;
    private final List<Dispute> disputes;
    private final Map<String, Source> sourceById;
    private final Map<String, Actor> actorById;
    private final Map<String, Relation> relationById;
    private final Map<String, Event> eventById;
    private final TimeGraph graph;

    public Dataset(String schema, String title, String description, List<Source> sources, List<Actor> actors,
                   List<Relation> relations, List<Event> events, List<Dispute> disputes) {
        this.schema = schema;
        this.title = title;
        this.description = description;
        this.sources = List.copyOf(sources);
        this.actors = List.copyOf(actors);
        this.relations = List.copyOf(relations);
        this.events = List.copyOf(events);
        this.disputes = List.copyOf(disputes);
        this.sourceById = index(this.sources, Source::id);
        this.actorById = index(this.actors, Actor::id);
        this.relationById = index(this.relations, Relation::id);
        this.eventById = index(this.events, Event::id);
        this.graph = new TimeGraph(this);
    }

    /** An empty dataset, shown before anything is loaded. */
    public static Dataset empty() {
        return new Dataset("entente/1", "No dataset", "", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public String schema() { return schema; }
    public String title() { return title; }
    public String description() { return description; }
    public List<Source> sources() { return sources; }
    public List<Actor> actors() { return actors; }
    public List<Relation> relations() { return relations; }
    public List<Event> events() { return events; }
    public List<Dispute> disputes() { return disputes; }

    public Optional<Source> source(String id) { return Optional.ofNullable(sourceById.get(id)); }
    public Optional<Actor> actor(String id) { return Optional.ofNullable(actorById.get(id)); }
    public Optional<Relation> relation(String id) { return Optional.ofNullable(relationById.get(id)); }
    public Optional<Event> event(String id) { return Optional.ofNullable(eventById.get(id)); }

    /** The disputes that name the given actor, relation or event id among their subjects. */
    public List<Dispute> disputesAbout(String id) {
        return disputes.stream().filter(d -> d.subjects().contains(id)).toList();
    }

    /** The events an actor takes part in, in date order. */
    public List<Event> eventsOf(String actorId) {
        return events.stream().filter(e -> e.actors().contains(actorId)).sorted(java.util.Comparator.comparing(Event::date)).toList();
    }

    /** The relations from or to an actor. */
    public List<Relation> relationsOf(String actorId) {
        return relations.stream().filter(r -> r.from().equals(actorId) || r.to().equals(actorId)).toList();
    }

    /** The time-aware graph of actors and relations. */
    public TimeGraph graph() { return graph; }
}
