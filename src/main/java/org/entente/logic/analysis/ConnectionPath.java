package org.entente.logic.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.Relation;

/**
 * One way two actors are connected: the actors in order from the first to the last, and the relation
 * used for each step (which may point either way: the sentence reads its direction).
 */
public record ConnectionPath(List<Actor> actors, List<Relation> relations) {

    public ConnectionPath {
        actors = List.copyOf(actors);
        relations = List.copyOf(relations);
        if (actors.size() != relations.size() + 1) {
            throw new IllegalArgumentException("a path of " + relations.size() + " steps needs " + (relations.size() + 1) + " actors");
        }
    }

    /** Number of steps. */
    public int length() {
        return relations.size();
    }

    /** Ids of every actor and relation on the path, for highlighting. */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        actors.forEach(a -> ids.add(a.id()));
        relations.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** The actor ids in order, convenient in tests and messages. */
    public List<String> actorIds() {
        List<String> ids = new ArrayList<>();
        actors.forEach(a -> ids.add(a.id()));
        return ids;
    }
}
