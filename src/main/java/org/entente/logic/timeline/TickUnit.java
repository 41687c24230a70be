package org.entente.logic.timeline;

/**
 * The calendar unit the time axis is labelled in at the current zoom. Exposed so that views, tests and
 * tours can tell what a student sees ("months" once zoomed into a year).
 */
public enum TickUnit {
    DAY("days"), MONTH("months"), QUARTER("quarters"), YEAR("years"), DECADE("decades"),
    /** Centuries and thousands of years, for history before the common era. */
    MILLENNIUM("thousands of years"),
    /** Millions of years, for deep time. */
    MEGAYEAR("millions of years");

    private final String label;

    TickUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
