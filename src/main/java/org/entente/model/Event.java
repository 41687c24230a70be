package org.entente.model;

import java.util.List;

/**
 * Something that happened (or is planned) on a partial date, possibly lasting until {@code end}, with the
 * actors involved. The {@code note} says how a derived date was worked out. Equal by id like actors and
 * relations; {@link #sameValues} compares every field.
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

    /**
     * Whether {@code other} holds the same values in every field. {@link #equals} compares ids only (graph
     * identity); an edit keeps the id and changes the values, so editing code and caches compare with this.
     */
    public boolean sameValues(Event other) {
        return other != null && java.util.Arrays.asList(id, date, end, title, summary, actors, tags, note, figures, sources)
                .equals(java.util.Arrays.asList(other.id, other.date, other.end, other.title, other.summary, other.actors, other.tags, other.note, other.figures, other.sources));
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
