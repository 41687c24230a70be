package org.entente.logic.timeline;

import java.time.LocalDate;

/**
 * The stretch of time a timeline shows, in epoch days (fractional, so zoom and pan are smooth), with the
 * conversions between days and pixels. Kept as a value so that the screen, exports and the overview strip
 * can each map the same range onto their own width, and so zoom bounds live in one place.
 */
public record TimeSpan(double start, double end) {

    /** The closest zoom: one day across the view. */
    public static final double MIN_DAYS = 1;
    /** The first day a span may show: the start of the earliest deep-time year a date can have (20 billion years ago). */
    public static final double FIRST_DAY = org.entente.model.PartialDate.ofDeepYear(-org.entente.model.PartialDate.DEEP_LIMIT).axisDay();
    /** Where a span must end at the latest: the last day a date can have (its own end is left out, a day in a billion years). */
    public static final double LAST_DAY = LocalDate.MAX.toEpochDay();
    /**
     * The farthest zoom: all the time a date can place (about 21 billion years), so deep time, prehistory and
     * antiquity fit in one view; a span is kept inside {@link #FIRST_DAY}..{@link #LAST_DAY}.
     */
    public static final double MAX_DAYS = LAST_DAY - FIRST_DAY;

    public TimeSpan {
        if (!(end > start)) {
            throw new IllegalArgumentException("a time span must end after it starts: " + start + ".." + end);
        }
    }

    /** The span from the first day of {@code from} to the end of {@code to}, clamped to the zoom bounds. */
    public static TimeSpan of(LocalDate from, LocalDate to) {
        return clamped(from.toEpochDay(), to.toEpochDay() + 1.0);
    }

    /** A span with at least {@link #MIN_DAYS} and at most {@link #MAX_DAYS}, keeping its centre. */
    public static TimeSpan clamped(double start, double end) {
        double days = Math.max(end - start, 0);
        double centre = (start + end) / 2;
        double clampedDays = Math.min(MAX_DAYS, Math.max(MIN_DAYS, days));
        return inside(centre - clampedDays / 2, clampedDays);
    }

    /** The span of {@code days} starting at {@code start}, moved as little as needed to lie within the days a date can have. */
    private static TimeSpan inside(double start, double days) {
        double s = Math.max(FIRST_DAY, Math.min(start, LAST_DAY - days));
        return new TimeSpan(s, s + days);
    }

    public double days() {
        return end - start;
    }

    /** Pixels per day when the span fills {@code width} pixels. */
    public double pixelsPerDay(double width) {
        return width / days();
    }

    /** The x of {@code day} when the span fills {@code width} pixels from x = {@code left}. */
    public double x(double day, double left, double width) {
        return left + (day - start) * width / days();
    }

    /** The day under pixel {@code x}, the inverse of {@link #x}. */
    public double dayAt(double x, double left, double width) {
        return start + (x - left) * days() / width;
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping {@code anchorDay} under the same pixel, within the
     * zoom bounds.
     */
    public TimeSpan zoom(double anchorDay, double factor) {
        double days = Math.min(MAX_DAYS, Math.max(MIN_DAYS, days() / factor));
        double ratio = (anchorDay - start) / days();
        double newStart = anchorDay - ratio * days;
        return inside(newStart, days);
    }

    /** Moves the span by {@code days} (positive: later), stopping at the first and last day a date can have. */
    public TimeSpan shift(double days) {
        return inside(start + days, days());
    }

    /** Whether {@code day} lies inside. */
    public boolean contains(double day) {
        return day >= start && day < end;
    }

    /** The calendar day at the start (floor); {@link LocalDate#MIN} when the span starts in deep time before it. */
    public LocalDate startDate() {
        return calendarDay(Math.floor(start));
    }

    /** The calendar day at the end (floor of the exclusive end minus a bit), clamped like {@link #startDate()}. */
    public LocalDate endDate() {
        return calendarDay(Math.floor(end - 1e-9));
    }

    /** The historian's year (negative BCE, no year zero) at {@code day}, also in deep time beyond LocalDate. */
    public static long yearAt(double day) {
        if (day >= LocalDate.MIN.toEpochDay() && day <= LocalDate.MAX.toEpochDay()) {
            int iso = LocalDate.ofEpochDay((long) Math.floor(day)).getYear();
            return iso <= 0 ? iso - 1L : iso;
        }
        return (long) Math.floor(day / 365.2425) + 1970;
    }

    /** The calendar day at epoch day {@code day} (floor), clamped to LocalDate's range: deep time before it is {@link LocalDate#MIN}. */
    public static LocalDate calendarDay(double day) {
        day = Math.floor(day);
        if (day < LocalDate.MIN.toEpochDay()) return LocalDate.MIN;
        if (day > LocalDate.MAX.toEpochDay()) return LocalDate.MAX;
        return LocalDate.ofEpochDay((long) day);
    }
}
