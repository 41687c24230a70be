package org.entente.logic.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.Problem;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.logic.tour.TourValidator;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Every tour in seeds/tours/ reads without problems and names only ids the bundled dataset has, and the
 * shipped lesson tells the story from 1992 to the April 2025 visit and beyond in at least 12 steps.
 */
class TourFilesTest {

    private static final Path TOURS = Path.of("seeds/tours");

    @Test
    void everyTourFileReadsAndFitsTheBundledDataset() throws Exception {
        Dataset dataset = new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow();
        List<Path> files;
        try (var s = Files.list(TOURS)) {
            files = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertTrue(!files.isEmpty());
        for (Path file : files) {
            ReadResult<Tour> r = TourJson.read(file);
            assertEquals(List.of(), r.problems(), file.toString());
            List<Problem> problems = TourValidator.check(file.toString(), r.value().orElseThrow(), dataset);
            assertEquals(List.of(), problems.stream().map(Problem::format).toList(), file.toString());
        }
    }

    @Test
    void theLessonRunsFrom1992PastTheRutteVisitToThePlansAfter() {
        Tour tour = TourJson.read(TOURS.resolve("japan-nato-ukraine.json")).value().orElseThrow();
        assertTrue(tour.steps().size() >= 12, "steps: " + tour.steps().size());
        List<LocalDate> dates = tour.steps().stream().map(TourStep::asOf).toList();
        assertEquals(1992, dates.get(0).getYear());
        assertTrue(dates.contains(LocalDate.of(2025, 4, 9)) || dates.contains(LocalDate.of(2025, 4, 8)));
        assertTrue(dates.get(dates.size() - 1).getYear() >= 2027);
        for (int i = 1; i < dates.size(); i++) assertTrue(!dates.get(i).isBefore(dates.get(i - 1)), "steps in time order at " + i);
        for (TourStep s : tour.steps()) {
            assertTrue(!s.caption().isBlank() && !s.notes().isBlank() && !s.title().isBlank(), s.title());
        }
    }

    @Test
    void anUnknownIdIsReportedWithTheStepPathAndTheId() {
        Dataset dataset = new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow();
        Tour tour = TourJson.read(TOURS.resolve("japan-nato-ukraine.json")).value().orElseThrow();
        TourStep first = tour.steps().get(0);
        Tour bad = new Tour("t", "", List.of(new TourStep(first.title(), first.caption(), "", first.asOf(), null, null,
                "jappan", 1, List.of("japan", "no-such-tie"), null)));
        assertEquals(List.of(
                "bad.json:0:0: error: unknown actor 'jappan' (at $.steps[0].focus.actor)",
                "bad.json:0:0: error: unknown actor, relation or event 'no-such-tie' (at $.steps[0].highlighted[1])"),
                TourValidator.check("bad.json", bad, dataset).stream().map(Problem::format).toList());
    }
}
