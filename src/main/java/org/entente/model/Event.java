package org.entente.model;

import java.util.List;

/**
 * Something that happened (or is planned) on a partial date, possibly lasting until {@code end}, with the
 * actors involved. The {@code note} says how a derived date was worked out.
 */
public record Event(String id, PartialDate date, PartialDate end, String title, String summary, List<String> actors,
                    List<String> tags, String note, List<Figure> figures, List<String> sources) {

    public Event {
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
    }

    /** A minimal event, convenient in tests and generators. */
    public static Event of(String id, PartialDate date, String title, List<String> actors) {
        return new Event(id, date, null, title, null, actors, List.of(), null, List.of(), List.of());
    }

    /** Every day the event could cover, from its date's earliest to its end's (or date's) latest. */
    public DateRange span() {
        return new DateRange(date.earliest(), (end == null ? date : end).latest());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event e && e.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
