package org.entente.logic.timeline;

import java.time.LocalDate;
import java.time.Period;

import org.entente.model.DateRange;

/**
 * The stretch of time a picture of the timeline shows when it is about one date: a tour step, a slide
 * exported "as of" a day, a handout. The whole span of a dataset that reaches back to 1945 leaves a recent
 * date's events as a crowd in the last few pixels, so such pictures show the years leading up to the date
 * (and a little after it, so the as-of line is not on the edge). One rule, so the presentation, the export
 * and the handout agree.
 */
public final class TimelinePeriod {

    /** How far back a picture "as of" a date looks by default: the handout's default period too. */
    public static final Period DEFAULT_LOOK_BACK = Period.ofYears(5);
    /** Share of the period shown after the date. */
    private static final double AFTER = 0.08;
    /** Shortest period worth drawing, in days. */
    private static final double MIN_DAYS = 60;

    private TimelinePeriod() {
    }

    /**
     * The span from {@code from} to a little after {@code asOf}, kept inside {@code extent} (everything the
     * dataset dates) when that leaves enough to draw; {@code extent} itself when {@code asOf} is null or the
     * period misses the data.
     */
    public static TimeSpan between(LocalDate from, LocalDate asOf, TimeSpan extent) {
        if (asOf == null) return extent;
        LocalDate start = from == null || !from.isBefore(asOf) ? asOf.minus(DEFAULT_LOOK_BACK) : from;
        double a = start.toEpochDay();
        double b = asOf.toEpochDay() + 1.0;
        b += (b - a) * AFTER;
        double lo = Math.max(a, extent.start());
        double hi = Math.min(b, extent.end());
        if (hi - lo < MIN_DAYS) return extent;
        return TimeSpan.clamped(lo, hi);
    }

    /**
     * The period a picture of {@code asOf} shows: the user's time window when one is set (with a small
     * margin), else the default look-back before {@code asOf}.
     */
    public static TimeSpan around(LocalDate asOf, DateRange window, TimeSpan extent) {
        if (window != null && window.isBounded()) {
            double a = window.start().toEpochDay();
            double b = window.end().toEpochDay() + 1.0;
            double pad = (b - a) * 0.04;
            return TimeSpan.clamped(a - pad, b + pad);
        }
        return between(asOf == null ? null : asOf.minus(DEFAULT_LOOK_BACK), asOf, extent);
    }
}
