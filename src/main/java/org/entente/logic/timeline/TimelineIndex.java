package org.entente.logic.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;

/**
 * What the timeline needs to know about a whole dataset in time: the sorted event days (for stepping the
 * as-of cursor to the previous or next event, and for the overview strip's density) and the span of all
 * dated content (for "fit all"). Built once per dataset.
 */
public final class TimelineIndex {

    private final double[] eventDays;
    private final TimeSpan extent;

    public TimelineIndex(Dataset dataset, LocalDate today) {
        eventDays = new double[dataset.events().size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int i = 0;
        for (Event e : dataset.events()) {
            Extent x = Extent.of(e.date(), e.end());
            eventDays[i++] = e.date().axisDay();
            min = Math.min(min, x.start());
            max = Math.max(max, x.end());
        }
        Arrays.sort(eventDays);
        for (Relation r : dataset.relations()) {
            SpanExtent s = SpanExtent.of(r);
            if (s.start() != null) { min = Math.min(min, s.start().start()); max = Math.max(max, s.start().end()); }
            if (s.knownBy() != null) { min = Math.min(min, s.knownBy().start()); max = Math.max(max, s.knownBy().end()); }
            if (s.end() != null) { min = Math.min(min, s.end().start()); max = Math.max(max, s.end().end()); }
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = today.minusYears(5).toEpochDay();
            max = today.plusYears(1).toEpochDay();
        }
        double pad = Math.max(15, (max - min) * 0.03);
        extent = TimeSpan.clamped(min - pad, max + pad);
    }

    /** Event days (first day each event could mean), ascending. */
    public double[] eventDays() {
        return eventDays;
    }

    /** Everything dated in the dataset, with a small margin: what "fit all" shows. */
    public TimeSpan extent() {
        return extent;
    }

    /** The first event day strictly after {@code day}, if any. */
    public Optional<LocalDate> nextEvent(LocalDate day) {
        int i = DensityBuckets.lowerBound(eventDays, day.toEpochDay() + 1.0);
        return i < eventDays.length ? Optional.of(TimeSpan.calendarDay(eventDays[i])) : Optional.empty();
    }

    /** The last event day strictly before {@code day}, if any. */
    public Optional<LocalDate> previousEvent(LocalDate day) {
        int i = DensityBuckets.lowerBound(eventDays, day.toEpochDay()) - 1;
        return i >= 0 ? Optional.of(TimeSpan.calendarDay(eventDays[i])) : Optional.empty();
    }
}
