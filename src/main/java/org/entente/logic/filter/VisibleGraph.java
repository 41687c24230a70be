package org.entente.logic.filter;

import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.jgrapht.Graph;

/**
 * What both views show right now: the filtered, time-sliced graph view and the ids of the events that
 * pass the same filter and window. Computed once per change of dataset, date, window or filter and
 * shared, which is what keeps the graph and the timeline in step.
 */
public record VisibleGraph(Dataset dataset, Graph<Actor, Relation> graph, Set<String> eventIds) {

    public VisibleGraph {
        eventIds = Set.copyOf(eventIds);
    }

    public int actorCount() {
        return graph.vertexSet().size();
    }

    public int relationCount() {
        return graph.edgeSet().size();
    }

    public boolean showsActor(String id) {
        return dataset.actor(id).map(graph::containsVertex).orElse(false);
    }

    public boolean showsRelation(String id) {
        return dataset.relation(id).map(graph::containsEdge).orElse(false);
    }
}
