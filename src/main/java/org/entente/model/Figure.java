package org.entente.model;

import java.util.List;

/**
 * A number worth showing a class (an aid total, a budget, a count of warheads), with its unit, the
 * date it refers to and where it comes from: figures without a source would not survive a question.
 */
public record Figure(String label, double value, String unit, PartialDate when, List<String> sources) {
    public Figure {
        sources = List.copyOf(sources);
    }

    /** The value without a trailing ".0" for whole numbers, followed by the unit. */
    public String displayValue() {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(java.util.Locale.ROOT, "%,d", (long) value)
                : String.format(java.util.Locale.ROOT, "%,.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return unit == null || unit.isBlank() ? v : v + " " + unit;
    }
}
