package org.entente.model;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The dataset's actors and relations as a read-only directed pseudograph built from the dataset's own
 * lists and id indexes. Unlike a JGraphT graph it can be made for the next version of a dataset by
 * sharing what an edit did not touch: only the ties of the actors an edit touched are grouped again, so
 * one edit of a 50,000-tie dataset does not build a graph from scratch. Immutable, so a view or a
 * background analysis holding an older version keeps a consistent picture.
 * <p>
 * Same rules as building a JGraphT pseudograph from the lists: the first item with an id wins, and a
 * relation whose ends are not both actors is left out.
 */
final class SharedGraph extends AbstractGraph<Actor, Relation> {

    private static final GraphType TYPE = DefaultGraphType.directedPseudograph().asUnmodifiable();

    private final IdMap<Actor> actorById;
    private final IdMap<Relation> relationById;
    private final List<Actor> vertices;
    private final List<Relation> edges;
    private final IdMap<List<Relation>> outs;
    private final IdMap<List<Relation>> ins;
    private final Set<Actor> vertexSet;
    private final Set<Relation> edgeSet;

    /** The graph of {@code d}, built in full. */
    SharedGraph(Dataset d, IdMap<Actor> actorById, IdMap<Relation> relationById) {
        this.actorById = actorById;
        this.relationById = relationById;
        this.vertices = firsts(d.actors(), actorById, Actor::id);
        this.edges = validEdges(d.relations());
        Map<String, List<Relation>> outs = new HashMap<>();
        Map<String, List<Relation>> ins = new HashMap<>();
        for (Relation r : edges) {
            outs.computeIfAbsent(r.from(), k -> new ArrayList<>(4)).add(r);
            ins.computeIfAbsent(r.to(), k -> new ArrayList<>(4)).add(r);
        }
        this.outs = new IdMap<>(outs);
        this.ins = new IdMap<>(ins);
        this.vertexSet = new View<>(vertices, o -> o instanceof Actor a && actorById.containsKey(a.id()));
        this.edgeSet = new View<>(edges, o -> o instanceof Relation r && current(r.id()) != null);
    }

    /**
     * The graph of {@code d}, the next version of {@code before}'s dataset after an edit touching the ids
     * {@code touched}: the ties of untouched actors are shared with {@code before}.
     */
    SharedGraph(SharedGraph before, Dataset d, IdMap<Actor> actorById, IdMap<Relation> relationById,
                Collection<String> touched) {
        this.actorById = actorById;
        this.relationById = relationById;
        this.vertices = firsts(d.actors(), actorById, Actor::id);
        Set<String> affected = new HashSet<>();
        Set<String> touchedActors = new HashSet<>();
        for (String id : touched) {
            if (before.actorById.containsKey(id) || actorById.containsKey(id)) touchedActors.add(id);
            Relation old = before.relationById.get(id);
            Relation now = relationById.get(id);
            for (Relation r : new Relation[] {old, now}) {
                if (r != null) {
                    affected.add(r.from());
                    affected.add(r.to());
                }
            }
        }
        affected.addAll(touchedActors);
        for (String id : touchedActors) {
            // ties that appear or vanish with their end's actor, though the edit did not name them
            for (Relation r : before.outs.getOrDefault(id, List.of())) affected.add(r.to());
            for (Relation r : before.ins.getOrDefault(id, List.of())) affected.add(r.from());
        }
        List<Relation> kept = new ArrayList<>(d.relations().size());
        for (Relation r : d.relations()) {
            if (relationById.get(r.id()) != r || !actorById.containsKey(r.from()) || !actorById.containsKey(r.to())) continue;
            kept.add(r);
            if (!touchedActors.isEmpty() && (touchedActors.contains(r.from()) || touchedActors.contains(r.to()))) {
                affected.add(r.from());
                affected.add(r.to());
            }
        }
        this.edges = Collections.unmodifiableList(kept);
        // the ties of the affected actors grouped again; every other actor's lists are shared with before
        Map<String, List<Relation>> outs = new HashMap<>();
        Map<String, List<Relation>> ins = new HashMap<>();
        for (String a : affected) {
            outs.put(a, null);
            ins.put(a, null);
        }
        for (Relation r : edges) {
            if (affected.contains(r.from())) {
                List<Relation> l = outs.get(r.from());
                if (l == null) outs.put(r.from(), l = new ArrayList<>(4));
                l.add(r);
            }
            if (affected.contains(r.to())) {
                List<Relation> l = ins.get(r.to());
                if (l == null) ins.put(r.to(), l = new ArrayList<>(4));
                l.add(r);
            }
        }
        this.outs = before.outs.with(outs);
        this.ins = before.ins.with(ins);
        this.vertexSet = new View<>(vertices, o -> o instanceof Actor a && actorById.containsKey(a.id()));
        this.edgeSet = new View<>(edges, o -> o instanceof Relation r && current(r.id()) != null);
    }

    private static <T> List<T> firsts(List<T> items, IdMap<T> byId, java.util.function.Function<T, String> id) {
        if (byId.size() == items.size()) return items;
        List<T> kept = new ArrayList<>(byId.size());
        for (T t : items) if (byId.get(id.apply(t)) == t) kept.add(t);
        return Collections.unmodifiableList(kept);
    }

    private List<Relation> validEdges(List<Relation> relations) {
        List<Relation> kept = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            if (relationById.get(r.id()) == r && actorById.containsKey(r.from()) && actorById.containsKey(r.to())) kept.add(r);
        }
        return Collections.unmodifiableList(kept);
    }

    /** The relation with this id when it is an edge of this graph, else null. */
    private Relation current(String id) {
        Relation r = relationById.get(id);
        return r != null && actorById.containsKey(r.from()) && actorById.containsKey(r.to()) ? r : null;
    }

    private Actor vertex(Actor v) {
        Actor a = v == null ? null : actorById.get(v.id());
        if (a == null) throw new IllegalArgumentException("no such vertex in graph: " + v);
        return a;
    }

    @Override
    public Set<Relation> getAllEdges(Actor source, Actor target) {
        if (source == null || target == null || !containsVertex(source) || !containsVertex(target)) return null;
        Set<Relation> found = new java.util.LinkedHashSet<>();
        for (Relation r : outs.getOrDefault(source.id(), List.of())) if (r.to().equals(target.id())) found.add(r);
        return found;
    }

    @Override
    public Relation getEdge(Actor source, Actor target) {
        if (source == null || target == null || !containsVertex(source) || !containsVertex(target)) return null;
        for (Relation r : outs.getOrDefault(source.id(), List.of())) if (r.to().equals(target.id())) return r;
        return null;
    }

    @Override public Supplier<Actor> getVertexSupplier() { return null; }
    @Override public Supplier<Relation> getEdgeSupplier() { return null; }
    @Override public Relation addEdge(Actor s, Actor t) { throw readOnly(); }
    @Override public boolean addEdge(Actor s, Actor t, Relation e) { throw readOnly(); }
    @Override public Actor addVertex() { throw readOnly(); }
    @Override public boolean addVertex(Actor v) { throw readOnly(); }
    @Override public Relation removeEdge(Actor s, Actor t) { throw readOnly(); }
    @Override public boolean removeEdge(Relation e) { throw readOnly(); }
    @Override public boolean removeVertex(Actor v) { throw readOnly(); }
    @Override public void setEdgeWeight(Relation e, double weight) { throw readOnly(); }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the dataset's graph is read-only; edit the dataset instead");
    }

    @Override public boolean containsEdge(Relation e) { return e != null && current(e.id()) != null; }
    @Override public boolean containsVertex(Actor v) { return v != null && actorById.containsKey(v.id()); }
    @Override public Set<Relation> edgeSet() { return edgeSet; }
    @Override public Set<Actor> vertexSet() { return vertexSet; }

    @Override public int degreeOf(Actor v) { return inDegreeOf(v) + outDegreeOf(v); }

    @Override
    public Set<Relation> edgesOf(Actor v) {
        Actor a = vertex(v);
        List<Relation> in = ins.getOrDefault(a.id(), List.of());
        List<Relation> out = outs.getOrDefault(a.id(), List.of());
        List<Relation> both = new ArrayList<>(in.size() + out.size());
        both.addAll(in);
        for (Relation r : out) if (!r.to().equals(a.id())) both.add(r);
        return new View<>(both, both::contains);
    }

    @Override public int inDegreeOf(Actor v) { return ins.getOrDefault(vertex(v).id(), List.of()).size(); }
    @Override public int outDegreeOf(Actor v) { return outs.getOrDefault(vertex(v).id(), List.of()).size(); }

    @Override
    public Set<Relation> incomingEdgesOf(Actor v) {
        List<Relation> in = ins.getOrDefault(vertex(v).id(), List.of());
        return new View<>(in, in::contains);
    }

    @Override
    public Set<Relation> outgoingEdgesOf(Actor v) {
        List<Relation> out = outs.getOrDefault(vertex(v).id(), List.of());
        return new View<>(out, out::contains);
    }

    // read for every edge each time a mask view over this graph is walked: two lookups, not four
    @Override public Actor getEdgeSource(Relation e) { return end(e, true); }
    @Override public Actor getEdgeTarget(Relation e) { return end(e, false); }

    private Actor end(Relation e, boolean source) {
        Relation r = e == null ? null : relationById.get(e.id());
        Actor a = r == null ? null : actorById.get(source ? r.from() : r.to());
        if (a == null) throw new IllegalArgumentException("no such edge in graph: " + e);
        return a;
    }
    @Override public GraphType getType() { return TYPE; }
    @Override public double getEdgeWeight(Relation e) { return DEFAULT_EDGE_WEIGHT; }

    /** A read-only set over a list of distinct items, with the given membership test. */
    private static final class View<T> extends AbstractSet<T> {
        private final List<T> items;
        private final Predicate<Object> contains;

        View(List<T> items, Predicate<Object> contains) {
            this.items = Collections.unmodifiableList(items);
            this.contains = contains;
        }

        @Override public Iterator<T> iterator() { return items.iterator(); }
        @Override public int size() { return items.size(); }
        @Override public boolean contains(Object o) { return contains.test(o); }
    }
}
