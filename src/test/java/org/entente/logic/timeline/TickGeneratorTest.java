package org.entente.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TickGeneratorTest {

    private static final LabelWidth MEASURE = LabelWidth.perChar(7);
    private static final double GAP = 10;
    private static final double WIDTH = 1200;
    private final TickGenerator generator = new TickGenerator(MEASURE, GAP);

    private static TimeSpan span(String from, String to) {
        return TimeSpan.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @ParameterizedTest(name = "{0} .. {1} is labelled in {2}")
    @CsvSource({
            "1850-01-01, 2049-12-31, DECADE",
            "1992-01-01, 2035-12-31, YEAR",
            "2020-01-01, 2027-12-31, QUARTER",
            "2025-01-01, 2025-12-31, MONTH",
            "2025-04-01, 2025-04-30, DAY",
            "2025-04-09, 2025-04-09, DAY"})
    void picksTheFinestUnitWhoseLabelsFit(String from, String to, TickUnit unit) {
        AxisTicks ticks = generator.ticks(span(from, to), WIDTH);
        assertEquals(unit, ticks.unit());
        assertFalse(ticks.ticks().isEmpty());
    }

    @ParameterizedTest(name = "labels do not overlap over {0} .. {1}")
    @CsvSource({
            "1826-01-01, 2025-12-31", "1992-01-01, 2035-12-31", "2015-01-01, 2025-12-31", "2023-01-01, 2026-12-31",
            "2025-01-01, 2025-12-31", "2025-03-01, 2025-06-30", "2025-04-01, 2025-04-30", "2025-04-05, 2025-04-12",
            "2024-02-01, 2024-03-31"})
    void adjacentLabelsNeverTouch(String from, String to) {
        for (double width : new double[] {300, 640, 1200, 1900}) {
            TimeSpan s = span(from, to);
            List<Tick> ticks = generator.ticks(s, width).ticks();
            for (int i = 0; i + 1 < ticks.size(); i++) {
                double x = s.x(ticks.get(i).day(), 0, width);
                double next = s.x(ticks.get(i + 1).day(), 0, width);
                assertTrue(x + MEASURE.of(ticks.get(i).label()) + GAP <= next + 1e-6,
                        () -> "'" + "' overlaps the next label at width " + width + ": " + ticks);
            }
        }
    }

    @Test
    void monthTicksSayTheMonthAndContextSaysTheYear() {
        AxisTicks ticks = generator.ticks(span("2025-01-01", "2025-12-31"), WIDTH);
        assertEquals(List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
                ticks.ticks().stream().map(Tick::label).toList());
        assertEquals("2025", ticks.context().get(0).label());
    }

    @Test
    void dayTicksCarryTheirMonthAsContext() {
        AxisTicks ticks = generator.ticks(span("2025-04-01", "2025-04-30"), WIDTH);
        assertEquals("1", ticks.ticks().get(0).label());
        assertEquals(LocalDate.of(2025, 4, 9), ticks.ticks().get(8).date());
        assertEquals("April 2025", ticks.context().get(0).label());
    }

    @Test
    void quarterTicksAreLabelledQ1ToQ4() {
        AxisTicks ticks = generator.ticks(span("2023-01-01", "2026-12-31"), 800);
        assertEquals(TickUnit.QUARTER, ticks.unit());
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), ticks.ticks().subList(0, 4).stream().map(Tick::label).toList());
        assertEquals(LocalDate.of(2023, 4, 1), ticks.ticks().get(1).date());
    }

    @Test
    void coarseYearStepsLandOnRoundYears() {
        AxisTicks ticks = generator.ticks(span("1992-01-01", "2035-12-31"), 400);
        assertTrue(ticks.step() > 1, "43 years in 400 px cannot label every year");
        for (Tick t : ticks.ticks()) {
            assertEquals(0, t.date().getYear() % (ticks.unit() == TickUnit.DECADE ? 10 * ticks.step() : ticks.step()));
        }
        assertTrue(ticks.context().isEmpty());
    }
}
