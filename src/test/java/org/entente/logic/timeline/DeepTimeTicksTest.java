package org.entente.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.entente.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The axis writes years before the common era as BCE and counts deep time in thousands and millions of years. */
class DeepTimeTicksTest {

    private final TickGenerator generator = new TickGenerator(LabelWidth.perChar(7), 10);

    private AxisTicks ticks(String from, String to) {
        LocalDate a = PartialDate.parse(from).earliest();
        LocalDate b = PartialDate.parse(to).latest();
        return generator.ticks(new TimeSpan(a.toEpochDay(), b.toEpochDay() + 1.0), 1200);
    }

    @Test
    void classicalAntiquityIsLabelledBce() {
        List<String> labels = ticks("-0600", "-0300").ticks().stream().map(Tick::label).toList();
        assertTrue(labels.contains("500 BCE"), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.startsWith("-")), labels.toString());
    }

    @Test
    void spanAcrossTheEraSkipsYearZero() {
        List<String> labels = ticks("-0050", "0050").ticks().stream().map(Tick::label).toList();
        assertTrue(labels.contains("10 BCE") && labels.contains("10"), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.equals("0")), labels.toString());
    }

    @Test
    void deepTimeIsCountedInMillionsOfYears() {
        AxisTicks t = ticks("-100000000", "-0001");
        assertEquals(TickUnit.MEGAYEAR, t.unit());
        assertTrue(t.ticks().stream().map(Tick::label).anyMatch(l -> l.equals("50 million years ago")), t.ticks().toString());
    }

    @Test
    void prehistoryIsCountedInThousands() {
        AxisTicks t = ticks("-40000", "-10000");
        assertEquals(TickUnit.MILLENNIUM, t.unit());
        assertTrue(t.ticks().stream().map(Tick::label).anyMatch(l -> l.equals("20,000 BCE")), t.ticks().toString());
    }

    @Test
    void fitAllShowsADatasetFromTheDinosaursToTodayInMillionsOfYears() {
        org.entente.model.Dataset d = new org.entente.model.Dataset("entente/1", "Deep", "", List.of(), List.of(), List.of(),
                List.of(org.entente.model.Event.of("k-pg", PartialDate.parse("-66000000"), "Dinosaurs die out", List.of()),
                        org.entente.model.Event.of("rutte", PartialDate.parse("2025-04-09"), "Rutte in Tokyo", List.of())), List.of());
        TimeSpan all = new TimelineIndex(d, LocalDate.of(2025, 6, 1)).extent();
        assertTrue(all.start() <= PartialDate.parse("-66000000").earliest().toEpochDay(), "the oldest event is in view: " + all.startDate());
        assertTrue(all.end() > LocalDate.of(2025, 4, 9).toEpochDay(), "and today's: " + all.endDate());
        AxisTicks t = generator.ticks(all, 1200);
        assertEquals(TickUnit.MEGAYEAR, t.unit());
        assertTrue(t.ticks().stream().map(Tick::label).anyMatch(l -> l.equals("60 million years ago") || l.equals("50 million years ago")),
                t.ticks().toString());
    }

    @Test
    void zoomingAndPanningOutReachAllTimeAndStopAtItsEdges() {
        TimeSpan day = new TimeSpan(LocalDate.of(2025, 4, 9).toEpochDay(), LocalDate.of(2025, 4, 10).toEpochDay());
        TimeSpan out = day;
        for (int i = 0; i < 80; i++) out = out.zoom(out.start(), 0.5);
        assertTrue(out.days() > 365.0 * 900_000_000, "zoomed out to about two billion years: " + out.days() / 365.25);
        TimeSpan far = out.shift(-1e15);
        assertEquals(LocalDate.MIN, far.startDate(), "panning stops at the earliest day a date can have");
        AxisTicks t = generator.ticks(far, 1200);
        assertEquals(TickUnit.MEGAYEAR, t.unit());
        assertTrue(t.ticks().stream().map(Tick::label).anyMatch(l -> l.endsWith("million years ago")), t.ticks().toString());
        assertTrue(t.ticks().size() <= 12, "labels do not crowd: " + t.ticks());
    }
}
