package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * A number worth showing a class (an aid total, a budget, a count of warheads), with its unit, the
 * date it refers to and where it comes from: figures without a source would not survive a question.
 * <p>
 * A source often gives a bound, not an amount ("more than 150 Chinese citizens"); {@code qualifier} keeps
 * that bound so the number is never shown as more exact than the source: one of {@link #QUALIFIERS}, or
 * null for a plain amount.
 * <p>
 * {@code extras} are the figure's fields in the file that this version does not know (name to JSON text, in
 * file order): they travel with the figure through edits, so a save writes them back in place.
 */
public record Figure(String label, double value, String unit, PartialDate when, List<String> sources, String qualifier,
                     Map<String, String> extras) {

    /** The bounds a figure may carry, as written in the data; shown with the hyphen turned into a space. */
    public static final List<String> QUALIFIERS = List.of("more-than", "at-least", "about", "up-to", "less-than");

    public Figure {
        sources = List.copyOf(sources);
        extras = Dataset.orderedCopy(extras);
    }

    /** A figure without unknown fields. */
    public Figure(String label, double value, String unit, PartialDate when, List<String> sources, String qualifier) {
        this(label, value, unit, when, sources, qualifier, Map.of());
    }

    /** A plain amount, without a bound. */
    public Figure(String label, double value, String unit, PartialDate when, List<String> sources) {
        this(label, value, unit, when, sources, null);
    }

    /** The value as shown, with its bound in words ("more than 150 citizens") and its unit. */
    public String displayValue() {
        String amount = amount();
        return qualifier == null || qualifier.isBlank() ? amount : qualifier.replace('-', ' ') + " " + amount;
    }

    /** The value without a trailing ".0" for whole numbers, followed by the unit. */
    private String amount() {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(java.util.Locale.ROOT, "%,d", (long) value)
                : String.format(java.util.Locale.ROOT, "%,.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return unit == null || unit.isBlank() ? v : v + " " + unit;
    }
}
