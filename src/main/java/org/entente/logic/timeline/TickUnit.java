package org.entente.logic.timeline;

/**
 * The calendar unit the time axis is labelled in at the current zoom. Exposed so that views, tests and
 * tours can tell what a student sees ("months" once zoomed into a year).
 */
public enum TickUnit {
    DAY("days"), MONTH("months"), QUARTER("quarters"), YEAR("years"), DECADE("decades");

    private final String label;

    TickUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
