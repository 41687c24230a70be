package org.entente.ui.details;

import org.entente.model.PartialDate;

/**
 * Puts dates and spans into words that keep their precision: "since April 2025", "1949 – 1991",
 * "about 2025 (known to the year, approximate)". Students should see how much the sources actually know.
 */
public final class DateWording {

    private DateWording() {
    }

    /** A short span for lists: "since 1975", "until 2014", "1975 – 2014", "April 2025"; "" when undated. */
    public static String span(PartialDate start, PartialDate end) {
        if (start == null && end == null) return "";
        if (end == null) return "since " + start.display();
        if (start == null) return "until " + end.display();
        if (start.equals(end)) return start.display();
        return start.display() + " – " + end.display();
    }

    /** How precisely a date is known: "exact day", "known to the month", "known to the year", plus approximation. */
    public static String precision(PartialDate date) {
        String p = switch (date.precision()) {
            case DAY -> "exact day";
            case MONTH -> "known to the month";
            case YEAR -> "known to the year";
        };
        return date.isApproximate() ? p + ", approximate" : p;
    }

    /** A date with its precision: "April 2025 (known to the month)". */
    public static String withPrecision(PartialDate date) {
        return date.display() + " (" + precision(date) + ")";
    }
}
