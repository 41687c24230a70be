package org.entente.ui.details;

import org.entente.model.PartialDate;
import org.entente.model.Relation;

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

    /**
     * A tie's span for lists and tooltips: as {@link #span(PartialDate, PartialDate)}, except that a tie the sources
     * show only by some date reads "holds by April 2025; start not given" (and "; until ..." when it ended), so
     * nobody takes the article's date for the day the tie began.
     */
    public static String span(Relation r) {
        if (!r.isKnownOnlyBy()) return span(r.start(), r.end());
        String known = "holds by " + r.knownBy().display() + "; start not given";
        return r.end() == null ? known : known + "; until " + r.end().display();
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
