package org.entente.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A directed tie from one actor to another ("Japan participates-in NSATU"), holding between optional
 * start and end dates. Equal by id, so that it stays a stable edge in a JGraphT graph; {@link #sameValues} compares every
 * field, for edits and for datasets compared by content ({@link Dataset#sameContent}).
 *
 * @param type      open vocabulary, see {@link Vocabulary#familyOf(String)}
 * @param certainty "confirmed", "reported", "planned" or "disputed"; null means confirmed
 * @param knownBy   when the start is not given: the date by which the sources show the tie holding ("holds by
 *                  April 2025; start not given"). Then {@code start} is null, so the tie counts as holding
 *                  before that date too (a leader in office, an old partnership), while the timeline and the
 *                  details still say that the sources give no start. Null for ties with a known or no start.
 */
public record Relation(String id, String from, String to, String type, PartialDate start, PartialDate end,
                       String summary, String certainty, String note, List<Figure> figures, List<String> sources,
                       PartialDate knownBy) {

    public Relation {
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
    }

    /** A relation whose start, when absent, is simply open (no "known by" date). */
    public Relation(String id, String from, String to, String type, PartialDate start, PartialDate end,
                    String summary, String certainty, String note, List<Figure> figures, List<String> sources) {
        this(id, from, to, type, start, end, summary, certainty, note, figures, sources, null);
    }

    /** Whether the sources give no start but show the tie holding by {@link #knownBy()}. */
    public boolean isKnownOnlyBy() {
        return start == null && knownBy != null;
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

    /**
     * Whether {@code other} holds the same values in every field. {@link #equals} compares ids only (graph
     * identity); an edit keeps the id and changes the values, so editing code and caches compare with this.
     */
    public boolean sameValues(Relation other) {
        return other != null && java.util.Arrays.asList(id, from, to, type, start, end, summary, certainty, note, figures, sources, knownBy)
                .equals(java.util.Arrays.asList(other.id, other.from, other.to, other.type, other.start, other.end, other.summary, other.certainty, other.note, other.figures, other.sources, other.knownBy));
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
