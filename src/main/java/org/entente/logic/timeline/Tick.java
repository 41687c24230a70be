package org.entente.logic.timeline;

import java.time.LocalDate;

/** One labelled mark on the time axis: the day it stands at and the text under it. */
public record Tick(LocalDate date, String label, double day) {

    /** A mark on a calendar day; {@link #day()} is its epoch day, for pixel mapping. */
    public Tick(LocalDate date, String label) {
        this(date, label, date.toEpochDay());
    }

    /** A mark at the start of a deep-time year beyond LocalDate's range; its {@link #date()} is the range's edge. */
    static Tick deepYear(long year, String label) {
        org.entente.model.PartialDate d = org.entente.model.PartialDate.ofDeepYear(year);
        return new Tick(d.earliest(), label, d.axisDay());
    }
}
