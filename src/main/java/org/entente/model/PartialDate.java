package org.entente.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as the sources allow: a year, a month or a day, possibly approximate.
 * <p>
 * Historical and news sources rarely give exact days, and a timeline that pretended otherwise would
 * mislead students. A {@code PartialDate} therefore remembers its precision and stands for the whole
 * span it could mean ({@link #earliest()} to {@link #latest()}), so that filters test interval overlap
 * and the timeline can draw the uncertainty honestly.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(~)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final int year;
    private final int month;
    private final int day;
    private final boolean approximate;

    private PartialDate(int year, int month, int day, boolean approximate) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.approximate = approximate;
    }

    /** A year-precise date. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, false);
    }

    /** A month-precise date. */
    public static PartialDate ofMonth(int year, int month) {
        YearMonth.of(year, month);
        return new PartialDate(year, month, 0, false);
    }

    /** A day-precise date. */
    public static PartialDate ofDay(int year, int month, int day) {
        LocalDate.of(year, month, day);
        return new PartialDate(year, month, day, false);
    }

    /** A day-precise date from a {@link LocalDate}. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }

    /** The same date marked approximate. */
    public PartialDate approximately() {
        return new PartialDate(year, month, day, true);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, optionally prefixed with {@code ~}.
     *
     * @throws IllegalArgumentException with a message naming the offending text when it is not such a date
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a date is missing");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with ~");
        }
        boolean approx = m.group(1) != null;
        int y = Integer.parseInt(m.group(2));
        int mo = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int d = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        try {
            PartialDate date = d != 0 ? ofDay(y, mo, d) : mo != 0 ? ofMonth(y, mo) : ofYear(y);
            return approx ? date.approximately() : date;
        } catch (DateTimeException e) {
            String why = mo < 1 || mo > 12 ? "there is no month " + mo : "month " + mo + " of " + y + " has no day " + d;
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + why);
        }
    }

    /** Like {@link #parse} but {@code null} for null or blank text. */
    public static PartialDate parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public int year() { return year; }

    /** The month 1-12, or 0 when only the year is known. */
    public int month() { return month; }

    /** The day of month, or 0 when not known. */
    public int day() { return day; }

    public boolean isApproximate() { return approximate; }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date could mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date could mean. */
    public LocalDate latest() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        if (month != 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** The span this date could mean, inclusive. */
    public DateRange span() {
        return new DateRange(earliest(), latest());
    }

    /** The canonical text form, as written in dataset files: {@code ~2025-04}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (approximate) sb.append('~');
        sb.append(String.format(Locale.ROOT, "%04d", year));
        if (month != 0) sb.append(String.format(Locale.ROOT, "-%02d", month));
        if (day != 0) sb.append(String.format(Locale.ROOT, "-%02d", day));
        return sb.toString();
    }

    /** A human form that shows the precision: "2025", "April 2025", "about 8 April 2025". */
    public String display() {
        StringBuilder sb = new StringBuilder();
        if (approximate) sb.append("about ");
        if (day != 0) sb.append(day).append(' ');
        if (month != 0) sb.append(java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ');
        sb.append(year);
        return sb.toString();
    }

    /** Orders by earliest day, then coarser precision first, then exact before approximate. */
    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        if (c != 0) return c;
        c = precision().compareTo(o.precision());
        if (c != 0) return c;
        return Boolean.compare(approximate, o.approximate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day && p.approximate == approximate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, approximate);
    }
}
