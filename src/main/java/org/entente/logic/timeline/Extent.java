package org.entente.logic.timeline;

import org.entente.model.PartialDate;

/**
 * The days a partial date could mean, in epoch days with an exclusive end, as the timeline draws it: a
 * day-precise date is one day wide (a sharp marker), a month- or year-precise date covers its whole month or
 * year (an uncertain span), and an approximate ("~") date is widened by half its width on each side (at least
 * three days), because "about April 2025" could reasonably mean late March or early May. Drawing these
 * extents instead of single points keeps the timeline from claiming more than the sources say.
 *
 * @param start       first day it could mean (inclusive)
 * @param end         the day after the last day it could mean (exclusive)
 * @param precision   how much of the date is known
 * @param approximate whether the date was marked "~"
 */
public record Extent(double start, double end, PartialDate.Precision precision, boolean approximate) {

    /** Widening of an approximate day-precise date on each side, in days. */
    public static final double APPROXIMATE_DAY_PADDING = 3;

    /** The extent of one partial date. */
    public static Extent of(PartialDate date) {
        double start = date.axisDay();
        double end = date.axisEndDay();
        if (date.isApproximate()) {
            double pad = Math.max(APPROXIMATE_DAY_PADDING, (end - start) / 2);
            start -= pad;
            end += pad;
        }
        return new Extent(start, end, date.precision(), date.isApproximate());
    }

    /** The extent from {@code date} to {@code until} (an event lasting some time); just {@code date} when null. */
    public static Extent of(PartialDate date, PartialDate until) {
        Extent first = of(date);
        if (until == null) {
            return first;
        }
        Extent last = of(until);
        return new Extent(first.start, Math.max(first.end, last.end), date.precision(), date.isApproximate() || until.isApproximate());
    }

    /** Whether this is one exactly known day, drawn as a sharp marker. */
    public boolean isSharp() {
        return precision == PartialDate.Precision.DAY && !approximate && end - start <= 1.0;
    }

    /** Width in days. */
    public double days() {
        return end - start;
    }

    /** The middle of the extent, where a marker for it is centred. */
    public double centre() {
        return (start + end) / 2;
    }
}
