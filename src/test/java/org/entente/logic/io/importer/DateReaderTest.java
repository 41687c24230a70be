package org.entente.logic.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {

    private final DateReader reader = new DateReader();

    private PartialDate read(String text) {
        DateReader.Result r = reader.read(text, DayOrder.UNSET);
        return assertInstanceOf(DateReader.Ok.class, r, text + " -> " + r).start();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "1990|1990", "2025-04|2025-04", "2025-04-09|2025-04-09", "2025/4/9|2025-04-09",
            "9 April 2025|2025-04-09", "April 9, 2025|2025-04-09", "Apr 2025|2025-04", "04/2025|2025-04",
            "c. 1990|~1990", "circa 1990|~1990", "~1990|~1990", "ca. 1990|~1990", "1990?|~1990",
            "2025-04-09T23:30:00+09:00|2025-04-09", "2025-04-09 08:00|2025-04-09", "2025-04-09T08:00:00Z|2025-04-09",
            "500 BC|-0500", "480 BCE|-0480", "-500|-0500", "AD 800|0800", "44 B.C.|-0044",
            "66 Ma|~-66000000", "12000|12000", "45000|2023-03-15", "25/03/2025|2025-03-25", "03/25/2025|2025-03-25"})
    void readsTheUsualShapes(String text, String expected) {
        assertEquals(PartialDate.parse(expected), read(text));
    }

    @Test
    void intervalsGiveBothEnds() {
        DateReader.Ok ok = (DateReader.Ok) reader.read("1990-1995", DayOrder.UNSET);
        assertEquals(PartialDate.ofYear(1990), ok.start());
        assertEquals(PartialDate.ofYear(1995), ok.end());
        DateReader.Ok iso = (DateReader.Ok) reader.read("2001-05/2003", DayOrder.UNSET);
        assertEquals(PartialDate.ofMonth(2001, 5), iso.start());
        assertEquals(PartialDate.ofYear(2003), iso.end());
        DateReader.Ok dash = (DateReader.Ok) reader.read("500 BC – 400 BC", DayOrder.UNSET);
        assertEquals(-400, dash.end().year());
        assertNull(((DateReader.Ok) reader.read("2025-04", DayOrder.UNSET)).end(), "a month is not an interval");
    }

    @Test
    void ambiguousDaysAreNeverGuessed() {
        assertInstanceOf(DateReader.Ambiguous.class, reader.read("03/04/2025", DayOrder.UNSET));
        assertEquals(PartialDate.ofDay(2025, 4, 3), ((DateReader.Ok) reader.read("03/04/2025", DayOrder.DAY_FIRST)).start());
        assertEquals(PartialDate.ofDay(2025, 3, 4), ((DateReader.Ok) reader.read("03/04/2025", DayOrder.MONTH_FIRST)).start());
        assertEquals(DayOrder.DAY_FIRST, DateReader.columnEvidence(List.of("03/04/2025", "25/12/2024")));
        assertEquals(DayOrder.UNSET, DateReader.columnEvidence(List.of("25/12/2024", "12/25/2024")), "contradiction proves nothing");
    }

    @Test
    void impossibleDatesSayWhy() {
        assertTrue(((DateReader.Bad) reader.read("0", DayOrder.UNSET)).why().contains("year zero"));
        assertTrue(((DateReader.Bad) reader.read("30 billion years ago", DayOrder.UNSET)).why().contains("20 billion"));
        assertEquals(-13_800_000_000L, ((DateReader.Ok) reader.read("13.8 billion years ago", DayOrder.UNSET)).start().longYear());
        assertEquals("-4500000000", ((DateReader.Ok) reader.read("-4500000000", DayOrder.UNSET)).start().toString());
        assertTrue(((DateReader.Bad) reader.read("03/04/25", DayOrder.DAY_FIRST)).why().contains("two-digit"));
        assertInstanceOf(DateReader.Bad.class, reader.read("2025-02-30", DayOrder.UNSET));
        assertInstanceOf(DateReader.Bad.class, reader.read("soon", DayOrder.UNSET));
        assertInstanceOf(DateReader.Bad.class, reader.read("1995-1990", DayOrder.UNSET));
    }
}
