package org.entente.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

    @Test
    void zoomKeepsTheAnchorDayUnderTheSamePixel() {
        TimeSpan s = new TimeSpan(0, 1000);
        double anchor = s.dayAt(300, 0, 1200);
        TimeSpan z = s.zoom(anchor, 2);
        assertEquals(500, z.days(), 1e-9);
        assertEquals(300, z.x(anchor, 0, 1200), 1e-9);
    }

    @Test
    void zoomStopsAtOneDayAndAtAllTheTimeADateCanPlace() {
        TimeSpan s = new TimeSpan(0, 10);
        assertEquals(TimeSpan.MIN_DAYS, s.zoom(5, 1000).days(), 1e-9);
        assertEquals(TimeSpan.MAX_DAYS, s.zoom(5, 1e-15).days(), 1e-9);
        assertTrue(TimeSpan.MAX_DAYS > 365.0 * 1_900_000_000, "about two billion years");
    }

    @Test
    void indexStepsBetweenEventsAndFitsEverything() {
        Dataset d = new Dataset("entente/1", "t", "", java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(Event.of("a", PartialDate.parse("2014-05"), "A", java.util.List.of()),
                        Event.of("b", PartialDate.parse("2025-04-09"), "B", java.util.List.of()),
                        Event.of("c", PartialDate.parse("2030"), "C", java.util.List.of())), java.util.List.of());
        TimelineIndex index = new TimelineIndex(d, LocalDate.of(2025, 11, 1));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 9)), index.nextEvent(LocalDate.of(2020, 1, 1)));
        assertEquals(Optional.of(LocalDate.of(2030, 1, 1)), index.nextEvent(LocalDate.of(2025, 4, 9)));
        assertEquals(Optional.of(LocalDate.of(2014, 5, 1)), index.previousEvent(LocalDate.of(2025, 4, 9)));
        assertEquals(Optional.empty(), index.previousEvent(LocalDate.of(2014, 5, 1)));
        assertEquals(true, index.extent().start() < LocalDate.of(2014, 5, 1).toEpochDay());
        assertEquals(true, index.extent().end() > LocalDate.of(2031, 1, 1).toEpochDay(), "planned items after today are included");
    }
}
