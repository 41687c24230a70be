package org.entente.logic.filter;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.jgrapht.Graph;

/**
 * Turns a dataset, an as-of date, a time window and filter criteria into the {@link VisibleGraph} the
 * views draw. Pure: the same inputs give the same view, with no toolkit involved.
 * <p>
 * FOUNDATION VERSION: applies the date and window; the criteria predicates are added by the filtering work.
 */
public class GraphFilter {

    /**
     * @param asOf   the day whose ties are shown; null shows everything in the window
     * @param window the time window; {@link DateRange#ALL} for none
     */
    public VisibleGraph apply(Dataset dataset, LocalDate asOf, DateRange window, FilterCriteria criteria) {
        Graph<Actor, Relation> graph = dataset.graph().masked(
                a -> (asOf == null || a.existsAt(asOf)) && a.existence().overlaps(window),
                r -> (asOf == null || r.holdsAt(asOf)) && r.span().overlaps(window));
        Set<String> events = new HashSet<>();
        for (Event e : dataset.events()) {
            if (e.span().overlaps(window)) {
                events.add(e.id());
            }
        }
        return new VisibleGraph(dataset, graph, events);
    }
}
