package org.entente.logic.animate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

/** Frame dates and how ties ease in and out across them. */
class FramePlanTest {

    private static final Relation TIE = Relation.of("r1", "a", "b", "member-of", PartialDate.ofDay(2025, 3, 16), PartialDate.ofDay(2025, 6, 30));

    private static Dataset data() {
        return new Dataset("entente/1", "t", "", List.of(), List.of(Actor.of("a", "A", "state"), Actor.of("b", "B", "alliance")),
                List.of(TIE), List.of(Event.of("e1", PartialDate.ofDay(2025, 2, 10), "E", List.of("a"))), List.of());
    }

    @Test
    void aMonthlyPlanHasOneFrameAMonthBothEndsIncluded() {
        FramePlan plan = FramePlan.of(data(), LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 1), FrameStep.MONTH);
        assertEquals(120, plan.size());
        assertEquals(LocalDate.of(2016, 1, 1), plan.date(0));
        assertEquals(LocalDate.of(2016, 2, 1), plan.date(1));
        assertEquals(LocalDate.of(2025, 12, 1), plan.date(119));
    }

    @Test
    void anEventPlanHasAFrameForEachDatedChangeInRange() {
        FramePlan plan = FramePlan.of(data(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), FrameStep.EVENTS);
        assertEquals(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 16),
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), plan.dates());
    }

    @Test
    void aTieEasesInOverTheFramesAfterItStartsAndOutAfterItEnds() {
        FramePlan plan = FramePlan.of(data(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 1), FrameStep.MONTH);
        TieFade fade = new TieFade(plan);
        // starts 16 March: frame 3 (1 April) is the first on which it holds, part-way in; frame 4 in full
        double first = fade.fadeIn(TIE, 3);
        assertTrue(first > 0.3 && first < 1, "first frame part-way: " + first);
        assertEquals(1, fade.fadeIn(TIE, 4), 1e-9);
        // ends 30 June: frame 6 (1 July) no longer holds it, drawn faint; frame 7 not at all
        double last = fade.fadeOut(TIE, 6);
        assertTrue(last > 0 && last <= 0.5, "last frame faint: " + last);
        assertEquals(0, fade.fadeOut(TIE, 7), 1e-9);
        assertEquals(2.5, plan.position(LocalDate.of(2025, 3, 16)), 0.02);
    }

    @Test
    void badRangesAndStepsAreRefusedInWords() {
        assertThrows(IllegalArgumentException.class, () -> FramePlan.of(data(), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), FrameStep.MONTH));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameStep.parse("2w"));
        assertTrue(e.getMessage().contains("2w"));
        assertEquals(FrameStep.YEAR, FrameStep.parse("1y"));
    }
}
