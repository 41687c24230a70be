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
    void beyondABillionYearsIsRefusedNotWrapped() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("-13800000000"));
    }

    @Test
    void isoDaysBeforeYearOneMapBack() {
        assertEquals(PartialDate.ofDay(-1, 12, 31), PartialDate.of(LocalDate.of(0, 12, 31)));
    }
}
