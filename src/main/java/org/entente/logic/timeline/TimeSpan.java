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
    /** The farthest zoom: two hundred years across the view. */
    public static final double MAX_DAYS = 200 * 365.25;

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
        return new TimeSpan(centre - clampedDays / 2, centre + clampedDays / 2);
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
        return new TimeSpan(newStart, newStart + days);
    }

    /** Moves the span by {@code days} (positive: later). */
    public TimeSpan shift(double days) {
        return new TimeSpan(start + days, end + days);
    }

    /** Whether {@code day} lies inside. */
    public boolean contains(double day) {
        return day >= start && day < end;
    }

    /** The calendar day at the start (floor). */
    public LocalDate startDate() {
        return LocalDate.ofEpochDay((long) Math.floor(start));
    }

    /** The calendar day at the end (floor of the exclusive end minus a bit). */
    public LocalDate endDate() {
        return LocalDate.ofEpochDay((long) Math.floor(end - 1e-9));
    }
}
