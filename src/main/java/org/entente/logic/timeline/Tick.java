package org.entente.logic.timeline;

import java.time.LocalDate;

/** One labelled mark on the time axis: the day it stands at and the text under it. */
public record Tick(LocalDate date, String label) {

    /** The epoch day of the mark, for pixel mapping. */
    public double day() {
        return date.toEpochDay();
    }
}
