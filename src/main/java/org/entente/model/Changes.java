package org.entente.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed between two dates: ties that began, ties that ended, and what happened in between.
 * Lets a class compare "before" and "after" without reading the whole timeline.
 */
public record Changes(LocalDate from, LocalDate to, List<Relation> started, List<Relation> ended, List<Event> events) {
    public Changes {
        started = List.copyOf(started);
        ended = List.copyOf(ended);
        events = List.copyOf(events);
    }

    public boolean isEmpty() {
        return started.isEmpty() && ended.isEmpty() && events.isEmpty();
    }
}
