package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Years before the common era, with no year zero, and deep time beyond four digits. */
class PartialDateDeepTimeTest {

    @Test
    void negativeYearsAreBceWithoutAYearZero() {
        PartialDate d = PartialDate.parse("-0480");
        assertEquals(-480, d.year());
        assertEquals("480 BCE", d.display());
        assertEquals("-0480", d.toString());
        assertEquals(-479, d.earliest().getYear(), "ISO year -479 is 480 BCE");
        PartialDate oneBce = PartialDate.ofYear(-1);
        PartialDate oneCe = PartialDate.ofYear(1);
        assertEquals(oneBce.latest().plusDays(1), oneCe.earliest(), "1 BCE is followed directly by 1 CE");
    }

    @Test
    void yearZeroIsRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("0000"));
        assertTrue(e.getMessage().contains("no year zero"), e.getMessage());
    }

    @Test
    void deepTimeRoundTripsThroughText() {
        PartialDate d = PartialDate.parse("~-66000000");
        assertEquals("~-66000000", d.toString());
        assertEquals("about 66 million years ago", d.display());
        assertTrue(d.compareTo(PartialDate.parse("-0480")) < 0);
        assertEquals(PartialDate.parse("12000").year(), 12000);
    }

    @Test
    void theBigBangIsAYearBeyondLocalDatesRange() {
        PartialDate bang = PartialDate.parse("-13800000000");
        assertEquals(-13_800_000_000L, bang.longYear());
        assertTrue(bang.isDeep());
        assertEquals("-13800000000", bang.toString());
        assertEquals("13.8 billion years ago", bang.display());
        assertEquals("about 4.5 billion years ago", PartialDate.parse("~-4500000000").display());
        assertEquals(PartialDate.ofDeepYear(-13_800_000_000L), bang);
        assertEquals(LocalDate.MIN, bang.earliest(), "day-based computations clamp instead of throwing");
        assertTrue(bang.latest().isBefore(LocalDate.of(-900_000_000, 1, 1)));
        assertTrue(bang.axisDay() < -13.7e9 * 365, "placed on the axis by its year: " + bang.axisDay());
        assertTrue(bang.axisDay() < PartialDate.parse("-4500000000").axisDay());
    }

    @Test
    void deepYearsOrderByTheirYear() {
        java.util.List<PartialDate> dates = new java.util.ArrayList<>(java.util.List.of(PartialDate.parse("2025"), PartialDate.parse("-4500000000"),
                PartialDate.parse("-13800000000"), PartialDate.parse("-999999999"), PartialDate.parse("-1500000000"), PartialDate.parse("3000000000")));
        java.util.Collections.sort(dates);
        assertEquals("[-13800000000, -4500000000, -1500000000, -999999999, 2025, 3000000000]", dates.toString());
        assertTrue(PartialDate.parse("-13800000000").compareTo(PartialDate.parse("~-13800000000")) < 0, "exact before approximate");
        assertTrue(!PartialDate.parse("-13800000000").equals(PartialDate.parse("-13700000000")));
    }

    @Test
    void nonsenseDeepDatesAreRefusedWithAReason() {
        IllegalArgumentException month = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("-13800000000-05"));
        assertTrue(month.getMessage().contains("year alone"), month.getMessage());
        IllegalArgumentException far = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("-99000000000"));
        assertTrue(far.getMessage().contains("20 billion years"), far.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("-1380000000000"), "more than twelve digits");
    }

    @Test
    void isoDaysBeforeYearOneMapBack() {
        assertEquals(PartialDate.ofDay(-1, 12, 31), PartialDate.of(LocalDate.of(0, 12, 31)));
    }
}
