package org.entente.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One loaded, validated dataset: an immutable whole that every view reads. Editing never changes a
 * dataset; it makes the next one ({@code org.entente.logic.edit}), so a view holding an old dataset still
 * sees a consistent picture. Lookups by id are indexed once here so that views and analyses never scan
 * lists for an id.
 * <p>
 * Items are equal by id (graph identity); {@link #sameContent} compares two datasets field by field.
 * {@link #extras()} keeps the fields of the file that this version does not know, so that opening and
 * saving a file written by a newer version or another tool does not drop them.
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
    private final IdMap<Source> sourceById;
    private final IdMap<Actor> actorById;
    private final IdMap<Relation> relationById;
    private final IdMap<Event> eventById;
    private final TimeGraph graph;
    private final Map<String, Map<String, String>> extras;

    public Dataset(String schema, String title, String description, List<Source> sources, List<Actor> actors,
                   List<Relation> relations, List<Event> events, List<Dispute> disputes) {
        this(schema, title, description, sources, actors, relations, events, disputes, Map.of());
    }

    /**
     * A dataset with the unknown fields of its file: {@code extras} maps an item's {@link #extrasKey} to its
     * unknown fields (name to compact JSON text, in file order).
     */
    public Dataset(String schema, String title, String description, List<Source> sources, List<Actor> actors,
                   List<Relation> relations, List<Event> events, List<Dispute> disputes,
                   Map<String, Map<String, String>> extras) {
        this.extras = Map.copyOf(extras);
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
        this.graph = new TimeGraph(new SharedGraph(this, actorById, relationById), this.events);
    }

    /**
     * The next version of {@code base} after an edit that touched only the items whose ids are in
     * {@code touched}: the lists are the new ones, but the indexes are copied from {@code base} and patched
     * for those ids instead of rebuilt (an edit of one actor in 50,000 ties must not re-index them all).
     * The first item with an id still wins, as in a full build.
     */
    public static Dataset edited(Dataset base, String title, String description, List<Source> sources, List<Actor> actors,
                                 List<Relation> relations, List<Event> events, List<Dispute> disputes,
                                 Map<String, Map<String, String>> extras, java.util.Collection<String> touched) {
        return new Dataset(base, title, description, sources, actors, relations, events, disputes, extras, touched);
    }

    private Dataset(Dataset base, String title, String description, List<Source> sources, List<Actor> actors,
                    List<Relation> relations, List<Event> events, List<Dispute> disputes,
                    Map<String, Map<String, String>> extras, java.util.Collection<String> touched) {
        this.extras = extras == base.extras ? base.extras : Map.copyOf(extras);
        this.schema = base.schema;
        this.title = title;
        this.description = description;
        this.sources = List.copyOf(sources);
        this.actors = List.copyOf(actors);
        this.relations = List.copyOf(relations);
        this.events = List.copyOf(events);
        this.disputes = List.copyOf(disputes);
        this.sourceById = patched(base.sourceById, this.sources, Source::id, touched);
        this.actorById = patched(base.actorById, this.actors, Actor::id, touched);
        this.relationById = patched(base.relationById, this.relations, Relation::id, touched);
        this.eventById = patched(base.eventById, this.events, Event::id, touched);
        SharedGraph next = touched.size() > 32 ? new SharedGraph(this, actorById, relationById)
                : new SharedGraph((SharedGraph) base.graph.all(), this, actorById, relationById, touched);
        this.graph = new TimeGraph(next, this.events);
    }

    private static <T> IdMap<T> patched(IdMap<T> base, List<T> items, Function<T, String> id,
                                        java.util.Collection<String> touched) {
        if (touched.size() > 32) return index(items, id);
        java.util.Set<String> wanted = new java.util.HashSet<>(touched);
        Map<String, T> first = new java.util.HashMap<>();
        // one pass: the first item with each touched id (another with the same id may follow it)
        for (int i = 0; i < items.size() && first.size() < wanted.size(); i++) {
            T item = items.get(i);
            String key = id.apply(item);
            if (wanted.contains(key)) first.putIfAbsent(key, item);
        }
        Map<String, T> updates = new java.util.HashMap<>();
        for (String key : wanted) {
            T now = first.get(key);
            if (now != base.get(key)) updates.put(key, now);
        }
        return base.with(updates);
    }

    /** An empty dataset, shown before anything is loaded. */
    public static Dataset empty() {
        return new Dataset("entente/1", "No dataset", "", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> IdMap<T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new java.util.HashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return new IdMap<>(map);
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

    /**
     * The key of an item's unknown fields in {@link #extras()}: {@code "actors/japan"}, {@code "sources/s1"};
     * the dataset's own unknown fields have the key {@code ""}.
     */
    public static String extrasKey(String list, String id) {
        return list + "/" + id;
    }

    /**
     * An unmodifiable copy of an object's unknown fields that keeps their file order (empty for null), for
     * the nested objects (figures, dispute positions) that carry their own.
     */
    public static Map<String, String> orderedCopy(Map<String, String> extras) {
        if (extras == null || extras.isEmpty()) return Map.of();
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
    }

    /** Unknown fields of the file, by {@link #extrasKey}; each value is the field's JSON text. */
    public Map<String, Map<String, String>> extras() { return extras; }

    /** The unknown fields of one item (empty when none). */
    public Map<String, String> extrasOf(String key) { return extras.getOrDefault(key, Map.of()); }

    /**
     * Whether {@code other} holds the same header, the same items in the same order with the same values
     * (not just the same ids), and the same unknown fields.
     */
    public boolean sameContent(Dataset other) {
        if (other == this) return true;
        return other != null && java.util.Objects.equals(schema, other.schema) && java.util.Objects.equals(title, other.title)
                && java.util.Objects.equals(description, other.description) && sources.equals(other.sources)
                && disputes.equals(other.disputes) && extras.equals(other.extras)
                && same(actors, other.actors, Actor::sameValues) && same(relations, other.relations, Relation::sameValues)
                && same(events, other.events, Event::sameValues);
    }

    private static <T> boolean same(List<T> a, List<T> b, java.util.function.BiPredicate<T, T> same) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!same.test(a.get(i), b.get(i))) return false;
        }
        return true;
    }

    /** The time-aware graph of actors and relations. */
    public TimeGraph graph() { return graph; }
}
