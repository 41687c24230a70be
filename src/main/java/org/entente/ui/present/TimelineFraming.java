package org.entente.ui.present;

import java.time.LocalDate;
import java.time.Period;

import org.entente.logic.timeline.TimelinePeriod;
import org.entente.ui.timeline.TimelineViewModel;

/**
 * Shows a tour step's period on the timeline: the months leading up to the step's date, so the class sees
 * the events the step is about ("February 2022" shows 2022), not 1945 to 2035 with the recent years crowded
 * into a few pixels.
 */
public final class TimelineFraming implements Runnable {

    /** How far back a step's timeline looks: long enough for context, short enough for the events to have room. */
    static final Period LOOK_BACK = Period.ofMonths(18);

    private final TimelineViewModel timeline;

    private TimelineFraming(TimelineViewModel timeline) {
        this.timeline = timeline;
    }

    /** A framing action for {@code timeline}. */
    public static Runnable of(TimelineViewModel timeline) {
        return new TimelineFraming(timeline);
    }

    @Override
    public void run() {
        LocalDate asOf = timeline.state().getAsOf();
        if (asOf == null || timeline.indexProperty().get() == null) return;
        timeline.revealEventsOf(new org.entente.model.DateRange(asOf.minusYears(1), asOf));
        timeline.spanProperty().set(TimelinePeriod.between(asOf.minus(LOOK_BACK), asOf, timeline.indexProperty().get().extent()));
    }
}
