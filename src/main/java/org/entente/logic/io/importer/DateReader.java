package org.entente.logic.io.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.model.PartialDate;

/**
 * Reads the dates people type into spreadsheets and other tools write, as precisely as they are given and
 * no more: years, year-months, days, date-times (kept to the day written), approximate dates ({@code c. 1990},
 * {@code circa}, {@code ~1990}), intervals, Excel day numbers, years before the common era ({@code 500 BC},
 * {@code -500}; there is no year zero) and deep time ({@code 66 Ma}). A numeric day whose day and month
 * could be swapped is never guessed: it comes back {@link Ambiguous} unless a {@link DayOrder} is chosen.
 */
public final class DateReader {

    /** What reading one text gave. */
    public sealed interface Result permits Ok, Ambiguous, Bad {
    }

    /** A date, or an interval when {@code end} is not null; {@code note} says how it was read when not plain. */
    public record Ok(PartialDate start, PartialDate end, String note) implements Result {
    }

    /** A numeric date whose day and month could be either way round. */
    public record Ambiguous(String text) implements Result {
    }

    /** Not a date, with the reason in words. */
    public record Bad(String why) implements Result {
    }

    private static final Pattern APPROX = Pattern.compile(
            "^(?:~|circa|ca\\.?|c\\.?|about|around|approximately|approx\\.?)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BCE = Pattern.compile("^(.+?)\\s*(?:BCE|BC|B\\.C\\.E\\.|B\\.C\\.)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CE = Pattern.compile("^(?:(?:AD|CE|A\\.D\\.)\\s*(.+)|(.+?)\\s*(?:AD|CE|A\\.D\\.))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEEP = Pattern.compile(
            "^([0-9]+(?:\\.[0-9]+)?)\\s*(thousand|million|billion|ka|ma|ga|mya|kya|bya)\\s*(?:years?)?\\s*(?:ago)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("^(-?\\d{1,12})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$");
    private static final Pattern ISO_SLASH = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$");
    private static final Pattern DATE_TIME = Pattern.compile(
            "^(-?\\d{4,})-(\\d{2})-(\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2,4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(\\d{1,2})[/.](\\d{4})$");
    private static final Pattern D_MON_Y = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{1,9})$");
    private static final Pattern MON_D_Y = Pattern.compile("^([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{1,9})$");
    private static final Pattern MON_Y = Pattern.compile("^([A-Za-z]+)\\.?,?\\s+(\\d{1,9})$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{5}(?:\\.\\d+)?$");
    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*(?:–|—|\\s-\\s|\\s+to\\s+|\\.\\.|/)\\s*(.+)$");
    private static final Pattern YEAR_RANGE = Pattern.compile("^(\\d{3,4})-(\\d{3,4})$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Excel's day 0 in the 1900 system (day 60 is the non-existent 29 February 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** Reads one cell's text; blank text is a {@link Bad} with "empty". */
    public Result read(String text, DayOrder order) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Bad("empty");
        }
        Result single = single(t, order);
        if (!(single instanceof Bad)) {
            return single;
        }
        Matcher yr = YEAR_RANGE.matcher(t);
        if (yr.matches()) {
            return range(single(yr.group(1), order), single(yr.group(2), order), single);
        }
        Matcher r = RANGE.matcher(t);
        if (r.matches()) {
            return range(single(r.group(1), order), single(r.group(2), order), single);
        }
        return single;
    }

    private static Result range(Result a, Result b, Result fallback) {
        if (a instanceof Ambiguous || b instanceof Ambiguous) {
            return a instanceof Ambiguous ? a : b;
        }
        if (a instanceof Ok x && b instanceof Ok y && x.end == null && y.end == null) {
            if (y.start.latest().isBefore(x.start.earliest())) {
                return new Bad("the interval ends (" + y.start + ") before it starts (" + x.start + ")");
            }
            return new Ok(x.start, y.start, join(x.note, y.note));
        }
        return fallback;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    private Result single(String text, DayOrder order) {
        Matcher m = APPROX.matcher(text);
        if (m.matches() && !text.toLowerCase(Locale.ROOT).startsWith("ce")) {
            Result inner = single(m.group(1).strip(), order);
            return inner instanceof Ok ok ? new Ok(ok.start.approximately(), ok.end == null ? null : ok.end.approximately(), ok.note) : inner;
        }
        if (text.endsWith("?") && text.length() > 1) {
            Result inner = single(text.substring(0, text.length() - 1).strip(), order);
            return inner instanceof Ok ok ? new Ok(ok.start.approximately(), ok.end, ok.note) : inner;
        }
        m = DEEP.matcher(text);
        if (m.matches()) {
            return deep(new BigDecimal(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
        }
        m = BCE.matcher(text);
        if (m.matches()) {
            Result inner = single(m.group(1).strip(), order);
            if (inner instanceof Ok ok && ok.end == null && ok.start.longYear() > 0) {
                PartialDate d = ok.start;
                try {
                    PartialDate bce = switch (d.precision()) {
                        case YEAR -> PartialDate.ofDeepYear(-d.longYear());
                        case MONTH -> PartialDate.ofMonth(-d.year(), d.month());
                        case DAY -> PartialDate.ofDay(-d.year(), d.month(), d.day());
                    };
                    return new Ok(d.isApproximate() ? bce.approximately() : bce, null, ok.note);
                } catch (DateTimeException e) {
                    return new Bad(e.getMessage());
                }
            }
            return inner instanceof Ok ? new Bad("a BCE date needs a positive year") : inner;
        }
        m = CE.matcher(text);
        if (m.matches()) {
            return single((m.group(1) != null ? m.group(1) : m.group(2)).strip(), order);
        }
        m = DATE_TIME.matcher(text);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3), "a date and time, kept to the day written");
        }
        m = ISO_SLASH.matcher(text);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3), null);
        }
        m = NUMERIC.matcher(text);
        if (m.matches()) {
            return numeric(text, m, order);
        }
        m = MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return make(m.group(2), m.group(1), null, null);
        }
        m = D_MON_Y.matcher(text);
        if (m.matches() && month(m.group(2)) != null) {
            return make(m.group(3), String.valueOf(month(m.group(2))), m.group(1), null);
        }
        m = MON_D_Y.matcher(text);
        if (m.matches() && month(m.group(1)) != null) {
            return make(m.group(3), String.valueOf(month(m.group(1))), m.group(2), null);
        }
        m = MON_Y.matcher(text);
        if (m.matches() && month(m.group(1)) != null) {
            return make(m.group(2), String.valueOf(month(m.group(1))), null, null);
        }
        m = SERIAL.matcher(text);
        if (m.matches()) {
            double serial = Double.parseDouble(text);
            if (serial >= 20_000 && serial <= 80_000) {
                return excelSerial(serial);
            }
        }
        m = ISO.matcher(text);
        if (m.matches()) {
            return make(m.group(1), m.group(2), m.group(3), null);
        }
        return new Bad("not a date: write 2025, 2025-04, 2025-04-09, 9 April 2025, c. 1990, 500 BC or 1990-1995");
    }

    /** A day given as an Excel day number (days since 30 December 1899). */
    public Result excelSerial(double serial) {
        if (serial < 1 || serial > 2_958_465) {
            return new Bad(serial + " is not an Excel day number");
        }
        LocalDate d = EXCEL_EPOCH.plusDays((long) Math.floor(serial));
        return new Ok(PartialDate.of(d), null, "an Excel day number, read as " + d);
    }

    private static Result deep(BigDecimal amount, String unit) {
        BigDecimal factor = switch (unit) {
            case "thousand", "ka", "kya" -> BigDecimal.valueOf(1_000);
            case "million", "ma", "mya" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
        BigDecimal years = amount.multiply(factor);
        if (years.compareTo(BigDecimal.valueOf(PartialDate.DEEP_LIMIT)) > 0) {
            return new Bad(amount.toPlainString() + " " + unit + " years ago is beyond the 20 billion years a timeline can place");
        }
        long y = years.longValue();
        if (y < 1) {
            return new Bad("too recent to be counted in " + unit);
        }
        return new Ok(PartialDate.ofDeepYear(-y).approximately(), null, "deep time, read as about " + y + " years ago");
    }

    private static Result numeric(String text, Matcher m, DayOrder order) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        if (m.group(4).length() != 4) {
            return new Bad("a two-digit year is ambiguous: write the year in full");
        }
        DayOrder forced = evidence(text);
        DayOrder use = order != DayOrder.UNSET ? order : forced;
        if (use == DayOrder.UNSET) {
            return a == b ? make(m.group(4), m.group(1), m.group(1), null) : new Ambiguous(text);
        }
        return use == DayOrder.DAY_FIRST ? make(m.group(4), String.valueOf(b), String.valueOf(a), null)
                : make(m.group(4), String.valueOf(a), String.valueOf(b), null);
    }

    /**
     * Which order a numeric date forces by itself: day-first when its first number is above 12,
     * month-first when its second is, {@link DayOrder#UNSET} when either reading fits (or it is not numeric).
     */
    public static DayOrder evidence(String text) {
        Matcher m = NUMERIC.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return DayOrder.UNSET;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        if (a > 12 && b <= 12) return DayOrder.DAY_FIRST;
        if (b > 12 && a <= 12) return DayOrder.MONTH_FIRST;
        return DayOrder.UNSET;
    }

    /**
     * The order a column's own values prove (day-first if some date like 25/03/2025 appears, month-first if
     * 03/25/2025 does), or {@link DayOrder#UNSET} when they prove nothing or contradict each other.
     */
    public static DayOrder columnEvidence(Collection<String> values) {
        boolean day = false;
        boolean month = false;
        for (String v : values) {
            DayOrder e = evidence(v);
            day |= e == DayOrder.DAY_FIRST;
            month |= e == DayOrder.MONTH_FIRST;
        }
        return day == month ? DayOrder.UNSET : day ? DayOrder.DAY_FIRST : DayOrder.MONTH_FIRST;
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) return null;
        Integer m = MONTHS.get(n.length() > 4 ? n.substring(0, 3) : n);
        if (m == null) return null;
        String full = java.time.Month.of(m).name().toLowerCase(Locale.ROOT);
        return full.startsWith(n) || n.equals("sept") ? m : null;
    }

    private static Result day(String y, String mo, String d, String note) {
        return make(y, mo, d, note);
    }

    private static Result make(String y, String mo, String d, String note) {
        long year;
        try {
            year = Long.parseLong(y);
        } catch (NumberFormatException e) {
            return new Bad("'" + y + "' is not a year");
        }
        if (Math.abs(year) > PartialDate.DEEP_LIMIT) {
            return new Bad("year " + y + " is beyond the 20 billion years a timeline can place");
        }
        if (Math.abs(year) > 999_999_999L) {
            if (mo != null) {
                return new Bad("year " + y + " is beyond the billion years a month or day can be placed in: give the year alone");
            }
            return new Ok(PartialDate.ofDeepYear(year), null, note);
        }
        try {
            int yi = (int) year;
            PartialDate date = d != null ? PartialDate.ofDay(yi, Integer.parseInt(mo), Integer.parseInt(d))
                    : mo != null ? PartialDate.ofMonth(yi, Integer.parseInt(mo)) : PartialDate.ofYear(yi);
            return new Ok(date, null, note);
        } catch (DateTimeException e) {
            String msg = e.getMessage();
            return new Bad(msg != null && msg.contains("year zero") ? msg : "not a real date (" + msg + ")");
        }
    }
}
