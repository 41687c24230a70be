package org.entente.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A directed tie from one actor to another ("Japan participates-in NSATU"), holding between optional
 * start and end dates. Equal by id, so that it stays a stable edge in a JGraphT graph.
 *
 * @param type      open vocabulary, see {@link Vocabulary#familyOf(String)}
 * @param certainty "confirmed", "reported", "planned" or "disputed"; null means confirmed
 */
public record Relation(String id, String from, String to, String type, PartialDate start, PartialDate end,
                       String summary, String certainty, String note, List<Figure> figures, List<String> sources) {

    public Relation {
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
    }

    /** A minimal relation, convenient in tests and generators. */
    public static Relation of(String id, String from, String to, String type, PartialDate start, PartialDate end) {
        return new Relation(id, from, to, type, start, end, null, null, null, List.of(), List.of());
    }

    /** The span in which the tie holds. */
    public DateRange span() {
        return DateRange.of(start, end);
    }

    /** Whether the tie holds on the given day (a partial start counts from its earliest day). */
    public boolean holdsAt(LocalDate day) {
        return span().contains(day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return from + " -" + type + "-> " + to;
    }
}
