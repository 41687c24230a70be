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
}
