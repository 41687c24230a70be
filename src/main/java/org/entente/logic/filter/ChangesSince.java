package org.entente.logic.filter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.Relation;

/**
 * "Changes since" a reference date, in the terms of what the graph shows now (same window, filter and
 * focus): which ties started and which ended. The one definition both the graph's new/gone marks and the
 * "What changed?" list use. A tie counts as ended only when it no longer holds at all, not merely because
 * it lies outside the focus now, so a focus never draws ghosts of ties that still hold.
 *
 * @param started ties shown now that did not hold on the reference date
 * @param ended   ties in the focus on the reference date that hold no longer (sorted by id)
 * @param heldThen ids of every tie that held on the reference date (window and filter, any focus)
 */
public record ChangesSince(List<Relation> started, List<Relation> ended, Set<String> heldThen) {

    public ChangesSince {
        started = List.copyOf(started);
        ended = List.copyOf(ended);
        heldThen = Set.copyOf(heldThen);
    }

    /** The changes from {@code since} to the view {@code now} shows (computed with the same settings). */
    public static ChangesSince of(GraphFilter filter, Dataset dataset, LocalDate since, LocalDate asOf, DateRange window,
                                  FilterCriteria criteria, Focus focus, VisibleGraph now) {
        Focus f = focus == null ? Focus.NONE : focus;
        VisibleGraph thenAll = filter.apply(dataset, since, window, criteria);
        VisibleGraph thenFocused = f.isNone() ? thenAll : filter.apply(dataset, since, window, criteria, f);
        VisibleGraph nowAll = f.isNone() ? now : filter.apply(dataset, asOf, window, criteria);
        Set<String> heldThen = ids(thenAll);
        Set<String> holdNow = ids(nowAll);
        List<Relation> started = new ArrayList<>();
        for (Relation r : now.graph().edgeSet()) if (!heldThen.contains(r.id())) started.add(r);
        List<Relation> ended = new ArrayList<>();
        for (Relation r : thenFocused.graph().edgeSet()) if (!holdNow.contains(r.id())) ended.add(r);
        started.sort(Comparator.comparing(Relation::id));
        ended.sort(Comparator.comparing(Relation::id));
        return new ChangesSince(started, ended, heldThen);
    }

    private static Set<String> ids(VisibleGraph g) {
        Set<String> ids = new HashSet<>();
        g.graph().edgeSet().forEach(r -> ids.add(r.id()));
        return ids;
    }
}
