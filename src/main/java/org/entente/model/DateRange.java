package org.entente.model;

import java.time.LocalDate;

/**
 * An inclusive interval of days; either end may be open ({@code null}) for "since always" or "still".
 * <p>
 * Time windows, relation spans and partial dates all reduce to this one shape, so that "does X hold
 * during Y" is a single overlap test everywhere in the program.
 */
public record DateRange(LocalDate start, LocalDate end) {

    /** The unbounded range. */
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("range ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The range from {@code start} (earliest day) to {@code end} (latest day); either may be null. */
    public static DateRange of(PartialDate start, PartialDate end) {
        return new DateRange(start == null ? null : start.earliest(), end == null ? null : end.latest());
    }

    public boolean contains(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    public boolean overlaps(DateRange other) {
        return (start == null || other.end == null || !other.end.isBefore(start))
                && (end == null || other.start == null || !other.start.isAfter(end));
    }

    public boolean isBounded() {
        return start != null && end != null;
    }
}
