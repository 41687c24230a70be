package org.entente.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

class ExtentTest {

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void aDayPreciseDateIsOneSharpDay() {
        Extent x = Extent.of(PartialDate.parse("2025-04-09"));
        assertEquals(day("2025-04-09"), x.start());
        assertEquals(day("2025-04-10"), x.end());
        assertTrue(x.isSharp());
    }

    @Test
    void aMonthPreciseDateCoversTheWholeMonth() {
        Extent x = Extent.of(PartialDate.parse("2024-02"));
        assertEquals(day("2024-02-01"), x.start());
        assertEquals(day("2024-03-01"), x.end(), "a leap February has 29 days");
        assertFalse(x.isSharp());
    }

    @Test
    void aYearPreciseDateCoversTheWholeYear() {
        Extent x = Extent.of(PartialDate.parse("2030"));
        assertEquals(day("2030-01-01"), x.start());
        assertEquals(365, x.days());
    }

    @Test
    void anApproximateDateIsWidenedOnBothSides() {
        Extent month = Extent.of(PartialDate.parse("~2025-04"));
        assertEquals(day("2025-04-01") - 15, month.start());
        assertEquals(day("2025-05-01") + 15, month.end());
        assertTrue(month.approximate());
        Extent exactDay = Extent.of(PartialDate.parse("~2025-04-20"));
        assertEquals(day("2025-04-17"), exactDay.start());
        assertFalse(exactDay.isSharp(), "an approximate day is not drawn as a sharp marker");
    }

    @Test
    void anEventWithAnEndRunsToTheEndOfItsEndDate() {
        Extent x = Extent.of(PartialDate.parse("2025-06-15"), PartialDate.parse("2025-06-17"));
        assertEquals(3, x.days());
        assertFalse(x.isSharp());
    }

    @Test
    void relationSpansKnowTheirUncertainAndOpenEnds() {
        SpanExtent s = SpanExtent.of(Relation.of("r", "japan", "g7", "member-of", PartialDate.parse("1975"), null));
        assertFalse(s.openStart());
        assertTrue(s.openEnd());
        assertEquals(day("1975-01-01"), s.from());
        assertEquals(day("1976-01-01"), s.firmStart(), "the tie is sure only once 1975 is over");
        assertEquals(Double.POSITIVE_INFINITY, s.until());
        SpanExtent open = SpanExtent.of(Relation.of("r2", "a", "b", "leads", null, PartialDate.parse("2024-09-30")));
        assertTrue(open.openStart());
        assertEquals(day("2024-10-01"), open.until());
    }
}
