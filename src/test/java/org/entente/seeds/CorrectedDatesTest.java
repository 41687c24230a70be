package org.entente.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.entente.logic.io.TourJson;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Relation;

/**
 * Pins the dates a teacher must be able to trust on the timeline: ties whose start the articles do not give are
 * open ("holds by ...; start not given") instead of starting the day an article was written, people are in
 * office when the lesson says they are, and where an article's date differs from the record the article's
 * version stays cited with a note and a dispute giving the record.
 */
class CorrectedDatesTest {

    private static Dataset dataset;
    private static Tour tour;

    @BeforeAll
    static void load() {
        LoadResult result = new DatasetLoader().loadBundled();
        dataset = result.dataset().orElseThrow(() -> new AssertionError(
                String.join("\n", result.problems().stream().map(Problem::format).toList())));
        tour = TourJson.read(Path.of("seeds", "tours", "japan-nato-ukraine.json")).value().orElseThrow();
    }

    @Test
    void putinLeadsRussiaInTheLessonsFebruary2022Step() {
        TourStep step = step("February 2022");
        Relation putin = relation("vladimir-putin-leads-russia");
        assertTrue(putin.holdsAt(step.asOf()), "Putin leads Russia on " + step.asOf());
        assertTrue(putin.holdsAt(LocalDate.of(2022, 2, 24)), "and on the day of the invasion");
        assertTrue(putin.sources().contains("src-public-record") && putin.note().contains("general knowledge"),
                "the start comes from the record, and the note says so: " + putin.note());
        assertTrue(relation("fumio-kishida-leads-japan").holdsAt(step.asOf()), "Kishida is prime minister then");
    }

    @Test
    void ishibaKeepsTheArticlesSeptemberWithANoteAndADisputeGivingFirstOctober() {
        Relation ishiba = relation("shigeru-ishiba-leads-japan");
        assertEquals(PartialDate.ofMonth(2024, 9), ishiba.start(), "the analysis's month stays cited");
        assertTrue(ishiba.note().contains("1 October 2024"), ishiba.note());
        Dispute d = dataset.disputes().stream().filter(x -> x.subjects().contains("shigeru-ishiba-leads-japan")).findFirst().orElseThrow();
        assertTrue(d.positions().stream().anyMatch(p -> p.claim().contains("1 October 2024") && p.sources().contains("src-public-record")));
        assertTrue(d.positions().stream().anyMatch(p -> p.sources().contains("src-baldauff-jipa-2025")));
        assertEquals(PartialDate.ofMonth(2024, 9), relation("fumio-kishida-leads-japan").end(), "Kishida hands over to Ishiba");
    }

    @Test
    void tiesTheArticlesOnlyShowByADateHaveAnOpenStartAndSaySo() {
        List<Relation> open = dataset.relations().stream().filter(Relation::isKnownOnlyBy).toList();
        assertTrue(open.size() >= 45, "ties that started at an article's date now have open starts: " + open.size());
        for (String id : List.of("usa-supplies-israel", "japan-develops-next-gen-fighter", "uk-develops-next-gen-fighter",
                "italy-develops-next-gen-fighter", "japan-partner-of-eu", "japan-partner-of-nato", "japan-partner-of-sweden",
                "ingo-gerhartz-leads-german-air-force", "china-partner-of-russia")) {
            Relation r = relation(id);
            assertTrue(r.isKnownOnlyBy(), id + " has an open start known by a date");
            assertTrue(r.note() != null && !r.note().isBlank(), id + " explains its dates in a note");
        }
        assertEquals(PartialDate.ofMonth(2022, 2), relation("japan-partner-of-nato").knownBy());
        assertTrue(relation("japan-partner-of-nato").holdsAt(LocalDate.of(2015, 12, 31)), "not shown as starting around 2015");
    }

    @Test
    void peopleInOfficeStartWhenTheRecordSaysNotWhenAnArticleFirstNamesThem() {
        for (String id : List.of("jens-stoltenberg-leads-nato", "shinzo-abe-leads-japan", "fumio-kishida-leads-japan",
                "lloyd-austin-leads-us-department-of-defense", "xi-jinping-leads-china", "vladimir-putin-leads-russia",
                "kim-jong-un-leads-north-korea", "emmanuel-macron-leads-france", "volodymyr-zelenskyy-leads-ukraine")) {
            Relation r = relation(id);
            assertTrue(r.start() != null && r.start().earliest().isBefore(LocalDate.of(2022, 1, 1)), id + " starts " + r.start());
            assertTrue(r.sources().contains("src-public-record") && r.note().contains("public record"), id + ": " + r.note());
        }
        assertFalse(relation("shinzo-abe-leads-japan").holdsAt(LocalDate.of(2022, 3, 31)), "Abe is not shown in office in 2022");
        for (TourStep s : tour.steps()) {
            long leaders = dataset.relations().stream()
                    .filter(r -> r.to().equals("japan") && r.type().equals("leads") && r.holdsAt(s.asOf())).count();
            assertTrue(leaders <= 1, "Japan has " + leaders + " prime ministers at the step '" + s.title() + "'");
        }
    }

    @Test
    void theTourNoLongerSaysJapanBecameANatoPartnerAround2015AndItsHighlightedTiesHoldAtEachStep() {
        assertFalse(step("2015").caption().toLowerCase().contains("becomes a partner of nato"), step("2015").caption());
        for (TourStep s : tour.steps()) {
            for (String id : s.highlighted()) {
                dataset.relation(id).ifPresent(r -> assertTrue(r.holdsAt(s.asOf()),
                        "step '" + s.title() + "' highlights " + id + ", which does not hold on " + s.asOf()));
            }
        }
    }

    @Test
    void theSovietClaimOnTheBalticsEndsIn1991AndZelenskyysFigureIsMoreThan150() {
        assertEquals(PartialDate.ofMonth(1991, 9), relation("soviet-union-claims-baltic-states").end());
        Figure f = dataset.event("ev-2025-04-chinese-fighters-in-russian-army").orElseThrow().figures().get(0);
        assertEquals("more-than", f.qualifier());
        assertEquals("more than 150 people", f.displayValue());
    }

    private static Relation relation(String id) {
        return dataset.relation(id).orElseThrow(() -> new AssertionError("no relation " + id));
    }

    private static TourStep step(String titleStart) {
        return tour.steps().stream().filter(s -> s.title().startsWith(titleStart)).findFirst().orElseThrow();
    }
}
