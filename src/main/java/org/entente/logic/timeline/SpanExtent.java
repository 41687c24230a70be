package org.entente.logic.timeline;

import org.entente.model.Relation;

/**
 * How a relation's time span is drawn: the uncertain zone of its start date, the uncertain zone of its
 * end date, and whether either end is open ("since always as far as the data goes", "still holds"). The bar
 * is firm between {@link #firmStart()} and {@link #firmEnd()}, soft over the uncertain zones, and fades out
 * at open ends, so a membership "since 1949" is not mistaken for one that started on the view's edge.
 *
 * @param start null when the start is open
 * @param end   null when the end is open
 */
public record SpanExtent(Extent start, Extent end) {

    /** The span of a relation. */
    public static SpanExtent of(Relation relation) {
        return new SpanExtent(relation.start() == null ? null : Extent.of(relation.start()),
                relation.end() == null ? null : Extent.of(relation.end()));
    }

    public boolean openStart() {
        return start == null;
    }

    public boolean openEnd() {
        return end == null;
    }

    /** The first day the tie could hold; negative infinity when open. */
    public double from() {
        return start == null ? Double.NEGATIVE_INFINITY : start.start();
    }

    /** The day after the last day the tie could hold; positive infinity when open. */
    public double until() {
        return end == null ? Double.POSITIVE_INFINITY : end.end();
    }

    /** Where the tie surely holds from: after the start's uncertain zone. */
    public double firmStart() {
        return start == null ? Double.NEGATIVE_INFINITY : start.end();
    }

    /** Where the tie surely holds until: before the end's uncertain zone. */
    public double firmEnd() {
        return end == null ? Double.POSITIVE_INFINITY : end.start();
    }
}
