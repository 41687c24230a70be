package org.entente.logic.load;

import static org.entente.logic.load.LoaderFixture.VALID;
import static org.entente.logic.load.LoaderFixture.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.entente.logic.io.DatasetWriter;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

/**
 * A file saved with errors (work in progress) opens again to be fixed: the loader that opens files to fix
 * builds the dataset anyway and counts the same errors as {@code validate}, while the strict loader of the
 * command line still gives no dataset, and a file that is not a dataset at all is still refused.
 */
class OpenToFixLoadTest {

    /** A dangling tie target, an unknown relation type and a bad date, in one file. */
    static final String THREE_MISTAKES = edit(edit(edit(VALID,
            "\"to\": \"nato\"", "\"to\": \"natoo\""),
            "\"type\": \"partner-of\"", "\"type\": \"pal-of\""),
            "\"start\": \"1949-04-04\"", "\"start\": \"1949-13-45\"");

    private static LoadResult toFix(String json) {
        return DatasetLoader.openingToFix().load("lesson.json", new StringReader(json));
    }

    @Test
    void aFileWithADanglingTieAnUnknownTypeAndABadDateOpensToFixWithItsErrorsCounted() {
        LoadResult strict = new DatasetLoader().load("lesson.json", new StringReader(THREE_MISTAKES));
        LoadResult r = toFix(THREE_MISTAKES);
        assertTrue(strict.dataset().isEmpty() && strict.toFix().isEmpty(), "validate and the CLI stay strict");
        assertEquals(strict.problems(), r.problems(), "the same problems as validate");
        assertEquals(2, r.errors().size(), LoaderFixture.format(r.problems()));
        assertEquals(1, r.warnings().size(), "the unknown type is a warning");
        assertTrue(r.dataset().isEmpty(), "not a checked dataset");

        Dataset d = r.openable().orElseThrow();
        Relation tie = d.relation("japan-partner-of-nato").orElseThrow();
        assertEquals("natoo", tie.to(), "the dangling target is kept as typed");
        assertEquals("pal-of", tie.type());
        assertTrue(d.graph().all().edgeSet().isEmpty(), "a tie whose end is no actor is not drawn");
        assertEquals(2, d.actors().size());
        assertEquals(null, d.actor("nato").orElseThrow().start(), "the model holds no unreadable date");
        assertTrue(r.toFix().orElseThrow().notes().isEmpty(), "nothing was lost: " + r.toFix().get().notes());

        // saved unchanged, the file says the same: the bad date is written back as typed
        String saved = write(d);
        assertTrue(saved.contains("\"start\": \"1949-13-45\""), saved);
        assertEquals(messages(r.problems()), messages(new DatasetLoader().load("lesson.json", new StringReader(saved)).problems()));
    }

    @Test
    void fixingTheValuesMakesAFileThatValidatesClean() {
        Dataset d = toFix(THREE_MISTAKES).openable().orElseThrow();
        Relation tie = d.relation("japan-partner-of-nato").orElseThrow();
        Relation fixed = new Relation(tie.id(), tie.from(), "nato", "partner-of", tie.start(), tie.end(), tie.summary(),
                tie.certainty(), tie.note(), tie.figures(), tie.sources(), tie.knownBy());
        var nato = d.actor("nato").orElseThrow();
        var natoFixed = new org.entente.model.Actor(nato.id(), nato.name(), nato.kind(), nato.aliases(), nato.region(), nato.summary(),
                PartialDate.parse("1949-04-04"), nato.end(), nato.note(), nato.figures(), nato.sources(), nato.shortName());
        Dataset next = new Dataset(d.schema(), d.title(), d.description(), d.sources(),
                List.of(d.actors().get(0), natoFixed), List.of(fixed), d.events(), d.disputes(), d.extras());
        String saved = write(next);
        assertTrue(new DatasetLoader().load("lesson.json", new StringReader(saved)).problems().isEmpty(), saved);
        assertFalse(saved.contains("1949-13-45"), "the date typed in the form replaces the one kept as written: " + saved);
    }

    @Test
    void whatCannotBeHeldIsListedNotLostSilently() {
        String json = edit(edit(edit(VALID,
                "\"date\": \"2025-04-09\"", "\"date\": \"spring\""),
                "{\"id\": \"nato\"", "{\"id\": \"japan\""),
                "\"name\": \"Japan\"", "\"name\": 7");
        LoadResult r = toFix(json);
        ToFix fix = r.toFix().orElseThrow(() -> new AssertionError(LoaderFixture.format(r.problems())));
        Dataset d = fix.dataset();
        assertTrue(d.events().isEmpty(), "an event without a readable date cannot be placed");
        assertTrue(d.actor("japan-2").isPresent(), "the repeated id is opened under a new one");
        String notes = LoaderFixture.format(fix.notes());
        assertTrue(notes.contains("event 'ev-talks' is not opened: its date 'spring' cannot be read"), notes);
        assertTrue(notes.contains("repeats the id of an earlier actor: it is opened as 'japan-2'"), notes);
        assertTrue(notes.contains("'name' is 7"), notes);
        assertTrue(fix.notes().stream().allMatch(p -> p.line() > 0), notes);
    }

    @Test
    void aFileThatIsNotJsonIsStillRefused() {
        LoadResult r = toFix("{\"schema\": \"entente/1\", \"title\": \"x\", \"actors\": [ {\"id\": ");
        assertTrue(r.openable().isEmpty());
        assertFalse(r.errors().isEmpty());
        assertTrue(toFix("[1, 2]").openable().isEmpty(), "a list is not a dataset");
        assertTrue(toFix("not json at all").openable().isEmpty());
    }

    @Test
    void aCleanFileOpensAsBefore() {
        LoadResult r = toFix(VALID);
        assertTrue(r.dataset().isPresent());
        assertTrue(r.toFix().isEmpty());
    }

    private static String write(Dataset d) {
        StringWriter out = new StringWriter();
        try {
            new DatasetWriter().write(d, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.severity() + " " + p.message()).toList();
    }
}
