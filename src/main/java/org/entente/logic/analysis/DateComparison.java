package org.entente.logic.analysis;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.model.Actor;
import org.entente.model.Changes;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;

/**
 * "What changed between these two dates?": the ties that started and ended and the events in between,
 * narrowed to what the filter lets through (relation types, and actors' kinds and regions), so the list
 * matches what the graph shows.
 */
public final class DateComparison {

    private DateComparison() {
    }

    public static Changes compare(Dataset dataset, LocalDate first, LocalDate second, FilterCriteria criteria) {
        FilterCriteria c = criteria == null ? FilterCriteria.NONE : criteria;
        Changes all = dataset.graph().changesBetween(first, second);
        List<Relation> started = all.started().stream().filter(r -> keeps(dataset, r, c)).toList();
        List<Relation> ended = all.ended().stream().filter(r -> keeps(dataset, r, c)).toList();
        List<Event> events = all.events().stream()
                .filter(e -> e.actors().isEmpty() || e.actors().stream().anyMatch(id -> keepsActor(dataset, id, c)))
                .toList();
        return new Changes(all.from(), all.to(), started, ended, events);
    }

    private static boolean keeps(Dataset dataset, Relation r, FilterCriteria c) {
        return c.keepsRelationType(r.type()) && keepsActor(dataset, r.from(), c) && keepsActor(dataset, r.to(), c);
    }

    private static boolean keepsActor(Dataset dataset, String id, FilterCriteria c) {
        return dataset.actor(id).map((Actor a) -> c.keepsKind(a.kind()) && c.keepsRegion(a.region())).orElse(false);
    }

    /** Ids to highlight for a comparison: the changed ties, their actors and the events. */
    public static Set<String> ids(Changes changes) {
        Set<String> ids = new LinkedHashSet<>();
        for (List<Relation> list : List.of(changes.started(), changes.ended())) {
            for (Relation r : list) {
                ids.add(r.id());
                ids.add(r.from());
                ids.add(r.to());
            }
        }
        changes.events().forEach(e -> ids.add(e.id()));
        return ids;
    }

    /** "2 ties started, 1 ended and 3 events happened between 1 January 2024 and 1 June 2025." */
    public static String summary(Changes changes) {
        if (changes.isEmpty()) {
            return "Nothing changed between " + day(changes.from()) + " and " + day(changes.to()) + ".";
        }
        return count(changes.started().size(), "tie", "ties") + " started, " + changes.ended().size() + " ended and "
                + count(changes.events().size(), "event", "events") + " happened"
                + " between " + day(changes.from()) + " and " + day(changes.to()) + ".";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String day(LocalDate d) {
        return org.entente.model.PartialDate.of(d).display();
    }
}
