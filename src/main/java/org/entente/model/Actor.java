package org.entente.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A state, alliance, initiative, agreement, person, place or company: anything that can take part in a
 * relation or an event. Equal by id, so that it stays a stable vertex in a JGraphT graph (the graph of one dataset holds
 * one actor per id, and views look vertices up across versions of the dataset); {@link #sameValues} compares
 * every field, for edits and for datasets compared by content ({@link Dataset#sameContent}).
 *
 * @param kind   open vocabulary, see {@link Vocabulary#DEFAULT_KINDS}
 * @param region may be null
 * @param start  when it came into being, may be null (always existed as far as the data goes)
 * @param end    when it ceased to exist, may be null (still exists)
 * @param shortName how the graph labels it when the full name is long ("NSATU", "IP4"); may be null
 */
public record Actor(String id, String name, String kind, List<String> aliases, String region, String summary,
                    PartialDate start, PartialDate end, String note, List<Figure> figures, List<String> sources,
                    String shortName) {

    public Actor {
        aliases = List.copyOf(aliases);
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
    }

    /** An actor without a short name. */
    public Actor(String id, String name, String kind, List<String> aliases, String region, String summary,
                 PartialDate start, PartialDate end, String note, List<Figure> figures, List<String> sources) {
        this(id, name, kind, aliases, region, summary, start, end, note, figures, sources, null);
    }

    /** The name a label shows: the short name when there is one, else the full name. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }

    /** A minimal actor, convenient in tests and generators. */
    public static Actor of(String id, String name, String kind) {
        return new Actor(id, name, kind, List.of(), null, null, null, null, null, List.of(), List.of());
    }

    /** The span in which the actor exists. */
    public DateRange existence() {
        return DateRange.of(start, end);
    }

    public boolean existsAt(LocalDate day) {
        return existence().contains(day);
    }

    /**
     * Whether {@code other} holds the same values in every field. {@link #equals} compares ids only (graph
     * identity); an edit keeps the id and changes the values, so editing code and caches compare with this.
     */
    public boolean sameValues(Actor other) {
        return other != null && java.util.Arrays.asList(id, name, kind, aliases, region, summary, start, end, note, figures, sources, shortName)
                .equals(java.util.Arrays.asList(other.id, other.name, other.kind, other.aliases, other.region, other.summary, other.start, other.end, other.note, other.figures, other.sources, other.shortName));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor a && a.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
