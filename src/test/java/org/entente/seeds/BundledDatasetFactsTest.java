package org.entente.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Relation;

/**
 * Pins the facts of the bundled dataset that a lesson relies on (who leads NATO, where NSATU is, who the IP4
 * are, what Japan gave Ukraine...), so that a later edit of {@code seeds/entente.json} cannot silently break them.
 * <p>
 * It reads the dataset the way the app does, through {@link DatasetLoader#loadBundled()}, so these facts are
 * checked on exactly what students see.
 */
class BundledDatasetFactsTest {

    private static LoadResult result;
    private static Dataset dataset;

    @BeforeAll
    static void loadDataset() {
        result = new DatasetLoader().loadBundled();
        dataset = result.dataset().orElseThrow(() -> new AssertionError(
                String.join("\n", result.problems().stream().map(Problem::format).toList())));
    }

    // ----------------------------------------------------------------- the file itself

    @Test
    void theBundledDatasetLoadsWithNoErrorsAndNoWarnings() {
        assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
        assertEquals("entente/1", dataset.schema());
    }

    // ----------------------------------------------------------------- lesson facts

    @Test
    void rutteHasLedNatoSinceOctober2024AfterStoltenberg() {
        Relation rutte = onlyRelation("mark-rutte", "leads", "nato");
        assertEquals(PartialDate.ofMonth(2024, 10), rutte.start());
        assertNull(rutte.end(), "Rutte still leads NATO");

        Relation stoltenberg = onlyRelation("jens-stoltenberg", "leads", "nato");
        assertEquals(PartialDate.ofMonth(2024, 10), stoltenberg.end(), "Stoltenberg handed over when Rutte took office");
    }

    @Test
    void nsatuIsBasedInWiesbadenGermanyWhichHostsIt() {
        onlyRelation("nsatu", "based-in", "wiesbaden");
        onlyRelation("wiesbaden", "located-in", "germany");
        onlyRelation("germany", "hosts", "nsatu");
        onlyRelation("nsatu", "part-of", "nato");
    }

    @Test
    void theIp4AreJapanSouthKoreaAustraliaAndNewZealand() {
        assertEquals(Set.of("japan", "south-korea", "australia", "new-zealand"), membersOf("ip4"));
        onlyRelation("ip4", "partner-of", "nato");
    }

    @Test
    void japanGaveUkraineNineBillionDollarsAndIsTheFifthLargestDonor() {
        Relation aid = onlyRelation("japan", "aids", "ukraine");
        assertEquals(9.0, figure(aid.id(), aid.figures(), "billion USD"), 1e-9);
        assertEquals(5.0, figure(aid.id(), aid.figures(), "rank"), 1e-9);
    }

    @Test
    void japanAndUkraineSignedTheirAccordOn13June2024() {
        Actor accord = dataset.actor("accord-2024-japan-ukraine").orElseThrow(() -> new AssertionError("no accord-2024-japan-ukraine"));
        PartialDate signed = PartialDate.ofDay(2024, 6, 13);
        assertEquals("agreement", accord.kind());
        assertEquals(signed, accord.start());
        assertEquals(signed, onlyRelation("japan", "signatory-of", "accord-2024-japan-ukraine").start());
        assertEquals(signed, onlyRelation("ukraine", "signatory-of", "accord-2024-japan-ukraine").start());
    }

    @Test
    void japanIsTheOnlyG7MemberOutsideNato() {
        Set<String> g7 = membersOf("g7");
        assertEquals(7, g7.size(), "the G7 has seven members (the EU is an observer)");
        Set<String> outsideNato = new TreeSet<>(g7);
        outsideNato.removeAll(membersOf("nato"));
        assertEquals(Set.of("japan"), outsideNato);
    }

    @Test
    void japansNsatuRoleIsMarkedAsDisputed() {
        Relation tie = onlyRelation("japan", "participates-in", "nsatu");
        assertEquals("disputed", tie.certainty());
        assertTrue(!dataset.disputesAbout("japan-participates-in-nsatu").isEmpty(), "the joined-or-interested question is a dispute");
    }

    // ----------------------------------------------------------------- trustworthiness

    @Test
    void everyActorRelationEventFigureAndPositionCitesAKnownSource() {
        List<String> problems = new ArrayList<>();
        for (Actor a : dataset.actors()) checkCited("actors/" + a.id(), a.sources(), a.figures(), problems);
        for (Relation r : dataset.relations()) checkCited("relations/" + r.id(), r.sources(), r.figures(), problems);
        for (var e : dataset.events()) checkCited("events/" + e.id(), e.sources(), e.figures(), problems);
        for (Dispute d : dataset.disputes()) {
            for (Dispute.Position p : d.positions()) {
                checkSources("disputes/" + d.id(), p.sources(), problems);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void moreThanTenDisputesAreRecorded() {
        assertTrue(dataset.disputes().size() > 10, "the articles disagree in more than ten places");
    }

    @Test
    void theFiveArticlesAreAllSources() {
        for (String id : List.of("src-commentary-2025-04", "src-news-2025-04", "src-feature-2025-04", "src-dw-2025-04-09",
                "src-baldauff-jipa-2025")) {
            assertTrue(dataset.source(id).isPresent(), "missing source " + id);
        }
    }

    // ----------------------------------------------------------------- helpers

    private static void checkCited(String where, List<String> sources, List<Figure> figures, List<String> problems) {
        checkSources(where, sources, problems);
        for (Figure f : figures) {
            checkSources(where + " figure '" + f.label() + "'", f.sources(), problems);
        }
    }

    private static void checkSources(String where, List<String> cited, List<String> problems) {
        if (cited.isEmpty()) {
            problems.add(where + " cites no source");
        }
        cited.stream().filter(s -> dataset.source(s).isEmpty()).forEach(s -> problems.add(where + " cites unknown source " + s));
    }

    /** The one relation from -type-> to; fails if there is none or more than one. */
    private static Relation onlyRelation(String from, String type, String to) {
        List<Relation> found = relations(from, type, to);
        assertEquals(1, found.size(), () -> "expected exactly one relation " + from + " -" + type + "-> " + to);
        return found.get(0);
    }

    private static List<Relation> relations(String from, String type, String to) {
        return dataset.relations().stream()
                .filter(r -> (from == null || from.equals(r.from())) && type.equals(r.type()) && (to == null || to.equals(r.to())))
                .toList();
    }

    /** Ids of the actors with a member-of relation to the group. */
    private static Set<String> membersOf(String group) {
        return relations(null, "member-of", group).stream().map(Relation::from).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The value of the item's only figure in the given unit. */
    private static double figure(String itemId, List<Figure> figures, String unit) {
        List<Double> values = figures.stream().filter(f -> unit.equals(f.unit())).map(Figure::value).toList();
        assertEquals(1, values.size(), () -> "expected one figure in " + unit + " on " + itemId);
        return values.get(0);
    }
}
