package org.entente.logic.timeline;

import java.util.List;

/**
 * What the time axis draws at one zoom: the unit and step of the fine ticks, the fine ticks with their
 * short labels ("Apr"), and the coarser context marks that say which year or month they belong to
 * ("2025", "April 2025"). Empty context when the fine labels already say everything (years, decades).
 */
public record AxisTicks(TickUnit unit, int step, List<Tick> ticks, List<Tick> context) {

    public AxisTicks {
        ticks = List.copyOf(ticks);
        context = List.copyOf(context);
    }
}
