package org.entente.logic.timeline;

import org.entente.model.Relation;

/**
 * How a relation's time span is drawn: the uncertain zone of its start date, the uncertain zone of its
 * end date, and whether either end is open ("since always as far as the data goes", "still holds"). The bar
 * is firm between {@link #firmStart()} and {@link #firmEnd()}, soft over the uncertain zones, and fades out
 * at open ends, so a membership "since 1949" is not mistaken for one that started on the view's edge.
 * <p>
 * A tie whose start the sources do not give but which they show holding by some date ({@link Relation#knownBy()})
 * has an open start and a {@code knownBy} extent: it is drawn from that date, with a faded lead-in and an arrow
 * to the left ("since before"), so it does not look as if it began the day an article was written.
 *
 * @param start   null when the start is open
 * @param end     null when the end is open
 * @param knownBy the date by which an open-started tie is known to hold; null otherwise
 */
public record SpanExtent(Extent start, Extent end, Extent knownBy) {

    /** A span without a "known by" date. */
    public SpanExtent(Extent start, Extent end) {
        this(start, end, null);
    }

    /** The span of a relation. */
    public static SpanExtent of(Relation relation) {
        return new SpanExtent(relation.start() == null ? null : Extent.of(relation.start()),
                relation.end() == null ? null : Extent.of(relation.end()),
                relation.isKnownOnlyBy() ? Extent.of(relation.knownBy()) : null);
    }

    public boolean openStart() {
        return start == null;
    }

    /** Whether the start is open but the tie is known to hold by {@link #knownBy()}: drawn from that date. */
    public boolean knownOnlyBy() {
        return start == null && knownBy != null;
    }

    public boolean openEnd() {
        return end == null;
    }

    /** The first day the bar is drawn from: the start, the "known by" date, or negative infinity when open. */
    public double from() {
        if (start != null) return start.start();
        return knownBy == null ? Double.NEGATIVE_INFINITY : knownBy.start();
    }

    /** The day after the last day the tie could hold; positive infinity when open. */
    public double until() {
        return end == null ? Double.POSITIVE_INFINITY : end.end();
    }

    /** Where the tie surely holds from: after the start's (or the "known by" date's) uncertain zone. */
    public double firmStart() {
        if (start != null) return start.end();
        return knownBy == null ? Double.NEGATIVE_INFINITY : knownBy.end();
    }

    /** Where the tie surely holds until: before the end's uncertain zone. */
    public double firmEnd() {
        return end == null ? Double.POSITIVE_INFINITY : end.start();
    }
}
