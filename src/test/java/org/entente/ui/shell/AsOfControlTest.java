package org.entente.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What a user may type in the toolbar's as-of field. */
class AsOfControlTest {

    private final AsOfControl.IsoConverter converter = new AsOfControl.IsoConverter();

    @Test
    void fullAndPartialDatesReadAsTheirFirstDay() {
        assertEquals(LocalDate.of(2022, 2, 24), converter.fromString("2022-02-24"));
        assertEquals(LocalDate.of(2014, 1, 1), converter.fromString(" 2014 "));
        assertEquals(LocalDate.of(2022, 2, 1), converter.fromString("2022-02"));
        assertEquals("2022-02-24", converter.toString(LocalDate.of(2022, 2, 24)));
    }

    @Test
    void textThatIsNotADateIsIgnored() {
        assertNull(converter.fromString("yesterday"));
        assertNull(converter.fromString("2025-13-01"));
        assertNull(converter.fromString(""));
    }
}
