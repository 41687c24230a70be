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
 * <p>
 * Years before the common era are negative, the way historians count: there is no year zero, so
 * {@code -480} is 480 BCE and the year before 1 CE is -1. Internally the days are ISO days (whose
 * year 0 is 1 BCE), so {@link #earliest()} of -480 falls in ISO year -479.
 * <p>
 * Deep time: days, months and years reach about a billion years, the range of {@link LocalDate}. Beyond it a
 * date can still be a year (the Big Bang, {@code -13800000000}), up to {@link #DEEP_LIMIT} years either way:
 * {@link #longYear()} holds it, ordering uses it, and {@link #earliest()}/{@link #latest()} clamp to
 * {@link LocalDate#MIN}/{@link LocalDate#MAX} so that day-based computations (as-of filters) stay defined.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT = Pattern.compile("(~)?(-?\\d{4,12})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The furthest year a deep-time date may name, either way: 20 billion years (the universe is 13.8 billion years old). */
    public static final long DEEP_LIMIT = 20_000_000_000L;

    /** The historian's years at the edges of {@link LocalDate}'s range. */
    private static final int FIRST_YEAR = LocalDate.MIN.getYear() - 1;
    private static final int LAST_YEAR = LocalDate.MAX.getYear();

    private final int year;
    private final int month;
    private final int day;
    private final boolean approximate;
    /** The year itself; differs from {@link #year} (then clamped to LocalDate's range) only for deep time. */
    private final long longYear;

    private PartialDate(int year, int month, int day, boolean approximate) {
        this(year, month, day, approximate, year);
    }

    private PartialDate(int year, int month, int day, boolean approximate, long longYear) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.approximate = approximate;
        this.longYear = longYear;
    }

    /** A year-precise date; negative years are BCE and there is no year zero. */
    public static PartialDate ofYear(int year) {
        isoYear(year);
        return new PartialDate(year, 0, 0, false);
    }

    /**
     * A year-precise date that may lie beyond {@link LocalDate}'s billion years ({@code -13_800_000_000L}, the Big
     * Bang), up to {@link #DEEP_LIMIT} either way; within LocalDate's range it is {@link #ofYear(int)}.
     *
     * @throws DateTimeException for year zero or a year beyond {@link #DEEP_LIMIT}
     */
    public static PartialDate ofDeepYear(long year) {
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
            return ofYear((int) year);
        }
        if (Math.abs(year) > DEEP_LIMIT) {
            throw new DateTimeException("year " + year + " is beyond the 20 billion years a timeline can place");
        }
        return new PartialDate(year < 0 ? FIRST_YEAR : LAST_YEAR, 0, 0, false, year);
    }

    /** A month-precise date. */
    public static PartialDate ofMonth(int year, int month) {
        YearMonth.of(isoYear(year), month);
        return new PartialDate(year, month, 0, false);
    }

    /** A day-precise date. */
    public static PartialDate ofDay(int year, int month, int day) {
        LocalDate.of(isoYear(year), month, day);
        return new PartialDate(year, month, day, false);
    }

    /** A day-precise date from a {@link LocalDate} (ISO year 0 becomes 1 BCE). */
    public static PartialDate of(LocalDate date) {
        int iso = date.getYear();
        return new PartialDate(iso <= 0 ? iso - 1 : iso, date.getMonthValue(), date.getDayOfMonth(), false);
    }

    /** The ISO (proleptic, with a year zero) year of a historian's year; refuses year zero and years beyond range. */
    private static int isoYear(int year) {
        if (year == 0) {
            throw new DateTimeException("there is no year zero: the year before 1 CE is 1 BCE (-1)");
        }
        int iso = year < 0 ? year + 1 : year;
        if (iso < LocalDate.MIN.getYear() || iso > LocalDate.MAX.getYear()) {
            throw new DateTimeException("year " + year + " is beyond the billion years a timeline can place");
        }
        return iso;
    }

    /** The same date marked approximate. */
    public PartialDate approximately() {
        return new PartialDate(year, month, day, true, longYear);
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
            throw new IllegalArgumentException("'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (-YYYY for BCE), optionally prefixed with ~");
        }
        boolean approx = m.group(1) != null;
        long wide = Long.parseLong(m.group(2));
        int mo = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int d = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (wide < FIRST_YEAR || wide > LAST_YEAR) {
            if (mo != 0) {
                throw new IllegalArgumentException("'" + text + "' is beyond the billion years a month or day can be placed in: write the year alone");
            }
            if (Math.abs(wide) > DEEP_LIMIT) {
                throw new IllegalArgumentException("'" + text + "' is beyond the 20 billion years a timeline can place");
            }
            PartialDate deep = ofDeepYear(wide);
            return approx ? deep.approximately() : deep;
        }
        int y = (int) wide;
        try {
            PartialDate date = d != 0 ? ofDay(y, mo, d) : mo != 0 ? ofMonth(y, mo) : ofYear(y);
            return approx ? date.approximately() : date;
        } catch (DateTimeException e) {
            String why = y == 0 ? e.getMessage() : mo < 1 || mo > 12 ? "there is no month " + mo : "month " + mo + " of " + y + " has no day " + d;
            throw new IllegalArgumentException("'" + text + "' is not a real date: " + why);
        }
    }

    /** Like {@link #parse} but {@code null} for null or blank text. */
    public static PartialDate parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** The year; for deep time ({@link #isDeep()}) the year at the edge of LocalDate's range, see {@link #longYear()}. */
    public int year() { return year; }

    /** The year, also beyond LocalDate's billion years ({@code -13800000000}). */
    public long longYear() { return longYear; }

    /** Whether the year lies beyond {@link LocalDate}'s range (then {@link #earliest()} and {@link #latest()} are clamped). */
    public boolean isDeep() { return longYear != year; }

    /**
     * Where this date starts on a day axis counted like {@link LocalDate#toEpochDay()}: the epoch day of
     * {@link #earliest()}, or for deep time the year times the mean Gregorian year (365.2425 days).
     */
    public double axisDay() {
        return isDeep() ? (longYear - 1970) * 365.2425 : earliest().toEpochDay();
    }

    /** The month 1-12, or 0 when only the year is known. */
    public int month() { return month; }

    /** The day of month, or 0 when not known. */
    public int day() { return day; }

    public boolean isApproximate() { return approximate; }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** Where this date ends on the same axis as {@link #axisDay()} (exclusive): the day after {@link #latest()}, or a year on. */
    public double axisEndDay() {
        return isDeep() ? axisDay() + 365.2425 : latest().toEpochDay() + 1.0;
    }

    /** The first day this date could mean; {@link LocalDate#MIN} or MAX's year for deep time. */
    public LocalDate earliest() {
        return LocalDate.of(isoYear(year), month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date could mean. */
    public LocalDate latest() {
        if (day != 0) {
            return LocalDate.of(isoYear(year), month, day);
        }
        if (month != 0) {
            return YearMonth.of(isoYear(year), month).atEndOfMonth();
        }
        return LocalDate.of(isoYear(year), 12, 31);
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
        sb.append(longYear < 0 ? "-" : "").append(String.format(Locale.ROOT, "%04d", Math.abs(longYear)));
        if (month != 0) sb.append(String.format(Locale.ROOT, "-%02d", month));
        if (day != 0) sb.append(String.format(Locale.ROOT, "-%02d", day));
        return sb.toString();
    }

    /** A human form that shows the precision: "2025", "April 2025", "about 8 April 2025", "480 BCE". */
    public String display() {
        StringBuilder sb = new StringBuilder();
        if (approximate) sb.append("about ");
        if (day != 0) sb.append(day).append(' ');
        if (month != 0) sb.append(java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ');
        sb.append(longYear < 0 ? yearsBce(-longYear) : String.valueOf(longYear));
        return sb.toString();
    }

    /** "480 BCE", "12,000 BCE", "13.8 million years ago", "13.8 billion years ago" for deep time. */
    private static String yearsBce(long years) {
        if (years >= 1_000_000_000) {
            return String.format(Locale.ROOT, "%s billion years ago", trim(years / 1_000_000_000.0));
        }
        if (years >= 1_000_000) {
            return String.format(Locale.ROOT, "%s million years ago", trim(years / 1_000_000.0));
        }
        return String.format(Locale.ENGLISH, years >= 10_000 ? "%,d BCE" : "%d BCE", years);
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Orders by earliest day, then coarser precision first, then exact before approximate. */
    @Override
    public int compareTo(PartialDate o) {
        int c = Long.compare(longYear, o.longYear);
        if (c != 0) return c;
        c = earliest().compareTo(o.earliest());
        if (c != 0) return c;
        c = precision().compareTo(o.precision());
        if (c != 0) return c;
        return Boolean.compare(approximate, o.approximate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day && p.approximate == approximate
                && p.longYear == longYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(longYear, month, day, approximate);
    }
}
