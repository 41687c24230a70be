package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void monthPrecisionMeansSomeDayInThatMonth() {
        PartialDate april = PartialDate.parse("2025-04");
        assertEquals(PartialDate.Precision.MONTH, april.precision());
        assertEquals(LocalDate.of(2025, 4, 1), april.earliest());
        assertEquals(LocalDate.of(2025, 4, 30), april.latest());
        assertEquals("April 2025", april.display());
    }

    @Test
    void yearPrecisionCoversTheWholeYearAndFebruaryKnowsLeapYears() {
        assertEquals(LocalDate.of(1992, 12, 31), PartialDate.parse("1992").latest());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").latest());
        assertEquals(LocalDate.of(2025, 2, 28), PartialDate.parse("2025-02").latest());
    }

    @Test
    void approximateDatesKeepTheirMarkAndRoundTrip() {
        PartialDate d = PartialDate.parse("~2025-04-08");
        assertTrue(d.isApproximate());
        assertEquals(PartialDate.Precision.DAY, d.precision());
        assertEquals("~2025-04-08", d.toString());
        assertEquals("about 8 April 2025", d.display());
    }

    @Test
    void sortsByEarliestDayThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.parse("2025-04-09"), PartialDate.parse("2025"), PartialDate.parse("2024-06-13"),
                PartialDate.parse("2025-04"), PartialDate.parse("1992")));
        Collections.sort(dates);
        assertEquals("[1992, 2024-06-13, 2025, 2025-04, 2025-04-09]", dates.toString());
    }

    @Test
    void rejectsImpossibleAndMalformedDatesNamingTheValue() {
        IllegalArgumentException month = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-13-01"));
        assertTrue(month.getMessage().contains("2025-13-01"), month.getMessage());
        assertTrue(month.getMessage().contains("no month 13"), month.getMessage());
        IllegalArgumentException day = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-02-30"));
        assertTrue(day.getMessage().contains("no day 30"), day.getMessage());
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("April 2025"));
        assertTrue(words.getMessage().contains("'April 2025'"), words.getMessage());
    }

    @Test
    void spansOverlapAsIntervals() {
        DateRange april = PartialDate.parse("2025-04").span();
        assertTrue(april.overlaps(new DateRange(LocalDate.of(2025, 4, 30), null)));
        assertFalse(april.overlaps(new DateRange(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1))));
        assertTrue(april.overlaps(DateRange.ALL));
    }
}
