package org.entente.logic.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.load.Problem;
import org.entente.logic.tour.Camera;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.junit.jupiter.api.Test;

/** Tours survive a save and reopen, and a broken tour file is reported with the path and value to fix. */
class TourJsonTest {

    @Test
    void aTourWrittenAndReadBackIsTheSame() {
        Tour tour = new Tour("Lesson", "about Japan", List.of(
                new TourStep("One", "Caption one", "Notes", LocalDate.of(1992, 12, 31), null, FilterCriteria.NONE,
                        "japan", 2, List.of("japan-recognizes-ukraine"), new Camera(10.5, -3, 1.75)),
                new TourStep("Two", "Caption two", "", LocalDate.of(2025, 4, 9), LocalDate.of(2025, 1, 1),
                        FilterCriteria.NONE.withKinds(Set.of("state", "alliance")).withMinTies(2), null, 1, List.of(), null)));
        ReadResult<Tour> back = TourJson.read("lesson.json", new StringReader(TourJson.toJson(tour)));
        assertEquals(List.of(), back.problems());
        assertEquals(tour, back.value().orElseThrow());
    }

    @Test
    void everyMistakeIsReportedWithItsPathAndValue() {
        String json = """
                {"format": "entente-tour/1", "title": "Bad",
                 "steps": [
                   {"title": "ok", "caption": "c", "asOf": "2025-04-09"},
                   {"title": "bad date", "caption": "c", "asOf": "9 April 2025"},
                   {"title": "bad focus", "caption": "c", "asOf": "2025-04-09", "focus": {"actor": "japan", "depth": 7}},
                   {"caption": "no title", "asOf": "2025-04-09", "camera": {"zoom": -1}}
                 ]}
                """;
        ReadResult<Tour> r = TourJson.read("bad.json", new StringReader(json));
        assertTrue(r.value().isEmpty());
        List<String> lines = r.problems().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "bad.json:4:50: error: expected a date like 2025-04-09 (four-digit year, no spaces), found '9 April 2025' (at $.steps[1].asOf)",
                "bad.json:5:102: error: expected a whole number from 1 to 3, found 7 (at $.steps[2].focus.depth)",
                "bad.json:6:4: error: missing 'title' (it is required) (at $.steps[3].title)",
                "bad.json:6:69: error: expected a zoom above 0 and at most 1000000, found -1 (at $.steps[3].camera.zoom)"), lines);
    }

    @Test
    void brokenJsonNamesTheLineAndColumn() {
        ReadResult<Tour> r = TourJson.read("broken.json", new StringReader("{\n  \"title\": \"x\",\n  \"steps\": [ }"));
        assertTrue(r.hasErrors());
        Problem p = r.problems().get(0);
        assertEquals(3, p.line());
        assertEquals("expected a value (a string, number, object or list) near '}'", p.message());
    }

    @Test
    void aWrongFormatTagIsNamed() {
        ReadResult<Tour> r = TourJson.read("old.json", new StringReader(
                "{\"format\": \"entente/1\", \"title\": \"t\", \"steps\": [{\"title\": \"a\", \"caption\": \"b\", \"asOf\": \"2020-01-01\"}]}"));
        assertEquals("expected 'entente-tour/1', found 'entente/1'", r.problems().get(0).message());
        assertEquals("$.format", r.problems().get(0).jsonPath());
    }
}
