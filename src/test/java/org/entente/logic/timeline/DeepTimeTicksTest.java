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
    void theBigBangIsOnTheAxisWithTicksInBillionsOfYears() {
        org.entente.model.Dataset d = new org.entente.model.Dataset("entente/1", "Cosmos", "", List.of(), List.of(), List.of(),
                List.of(org.entente.model.Event.of("big-bang", PartialDate.parse("-13800000000"), "Big Bang", List.of()),
                        org.entente.model.Event.of("earth", PartialDate.parse("~-4540000000"), "Earth forms", List.of()),
                        org.entente.model.Event.of("rutte", PartialDate.parse("2025-04-09"), "Rutte in Tokyo", List.of())), List.of());
        TimeSpan all = new TimelineIndex(d, LocalDate.of(2025, 6, 1)).extent();
        double bang = PartialDate.parse("-13800000000").axisDay();
        assertTrue(all.start() <= bang && all.contains(bang), "the Big Bang is in view: " + TimeSpan.yearAt(all.start()));
        assertTrue(all.end() > LocalDate.of(2025, 4, 9).toEpochDay(), "and today's event too");
        AxisTicks t = generator.ticks(all, 1200);
        List<String> labels = t.ticks().stream().map(Tick::label).toList();
        assertTrue(labels.contains("10 billion years ago") && labels.contains("2 billion years ago"), labels.toString());
        assertTrue(labels.stream().allMatch(l -> l.endsWith(" billion years ago")), labels.toString());
        assertTrue(t.ticks().size() <= 12, "labels do not crowd: " + labels);
        double x10 = all.x(t.ticks().get(labels.indexOf("10 billion years ago")).day(), 0, 1200);
        double x2 = all.x(t.ticks().get(labels.indexOf("2 billion years ago")).day(), 0, 1200);
        double xBang = all.x(bang, 0, 1200);
        assertTrue(xBang < x10 && x10 < x2, "13.8 billion years ago lies left of 10, which lies left of 2: " + xBang + " " + x10 + " " + x2);
        assertEquals(3.8 / 8 * (x2 - x10), x10 - xBang, 2.0, "the Big Bang is 3.8 billion years left of the 10 billion tick");
    }

    @Test
    void zoomingAndPanningOutReachAllTimeAndStopAtItsEdges() {
        TimeSpan day = new TimeSpan(LocalDate.of(2025, 4, 9).toEpochDay(), LocalDate.of(2025, 4, 10).toEpochDay());
        TimeSpan out = day;
        for (int i = 0; i < 80; i++) out = out.zoom(out.start(), 0.5);
        assertTrue(out.days() > 365.0 * 900_000_000, "zoomed out to about two billion years: " + out.days() / 365.25);
        TimeSpan far = out.shift(-1e15);
        assertEquals(TimeSpan.FIRST_DAY, far.start(), "panning stops at the earliest year a date can have");
        assertEquals(-20_000_000_000L, TimeSpan.yearAt(far.start()));
        AxisTicks t = generator.ticks(far, 1200);
        assertEquals(TickUnit.MEGAYEAR, t.unit());
        assertTrue(t.ticks().stream().map(Tick::label).anyMatch(l -> l.endsWith("billion years ago")), t.ticks().toString());
        assertTrue(t.ticks().size() <= 12, "labels do not crowd: " + t.ticks());
    }
}
