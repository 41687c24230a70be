package org.entente.logic.load;

import static org.entente.logic.load.LoaderFixture.VALID;
import static org.entente.logic.load.LoaderFixture.assertAt;
import static org.entente.logic.load.LoaderFixture.assertOnly;
import static org.entente.logic.load.LoaderFixture.edit;
import static org.entente.logic.load.LoaderFixture.load;
import static org.entente.logic.load.LoaderFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.entente.model.Dataset;

/** Each meaning rule of the loader: its message names the offending value and points at it. */
class DatasetValidatorTest {

    @Test
    void theFixtureIsValidSoEachTestBelowSeesOnlyItsOwnProblem() {
        LoadResult r = load(VALID);
        assertEquals(List.of(), r.problems());
        Dataset d = r.dataset().orElseThrow();
        assertEquals(2, d.actors().size());
        assertEquals(9.0, d.events().get(0).figures().get(0).value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"to\": \"nato\"                  | \"to\": \"natto\"             | \"natto\" | relation 'japan-partner-of-nato': unknown actor 'natto' in 'to' (did you mean 'nato'?)",
            "\"from\": \"japan\"               | \"from\": \"korea\"           | \"korea\" | relation 'japan-partner-of-nato': unknown actor 'korea' in 'from'",
            "\"actors\": [\"japan\", \"nato\"] | \"actors\": [\"japan\", \"nsatu\"] | \"nsatu\" | event 'ev-talks': unknown actor 'nsatu' in 'actors' (did you mean 'nato'?)",
            "\"subjects\": [\"japan-partner-of-nato\"] | \"subjects\": [\"src-a\"] | \"src-a\"], \"positions\" | dispute 'dispute-x': unknown actor, relation or event 'src-a' in 'subjects' ('src-a' is a source, not an actor, relation or event)",
            "\"sources\": [\"src-a\"]}]}      | \"sources\": [\"src-b\"]}]}    | \"src-b\" | figure 'Aid' of event 'ev-talks': unknown source 'src-b' in 'sources' (did you mean 'src-a'?)",
            "\"region\": \"indo-pacific\", \"sources\": [\"src-a\"] | \"region\": \"indo-pacific\", \"sources\": [\"src-z\"] | \"src-z\" | actor 'japan': unknown source 'src-z' in 'sources' (did you mean 'src-a'?)",
    })
    void unknownIdsAreErrorsAtTheReference(String from, String to, String at, String message) {
        String json = edit(from.strip(), to.strip());
        Problem p = only(json);
        assertEquals(message.strip(), p.message());
        assertTrue(p.isError());
        assertAt(json, at.strip(), p);
    }

    @Test
    void aDuplicateIdIsAnErrorEvenAcrossItemLists() {
        String json = edit("\"id\": \"ev-talks\"", "\"id\": \"japan\"");
        Problem p = only(json);
        assertEquals("duplicate id 'japan': the actor at line 8 already uses it (ids must be unique across sources, "
                + "actors, relations, events and disputes)", p.message());
        assertAt(json, "\"japan\", \"date\"", p);
        assertEquals("$.events[0].id", p.jsonPath());
    }

    @Test
    void anEmptyIdIsAnError() {
        String json = edit("\"id\": \"nato\"", "\"id\": \" \"");
        List<Problem> problems = load(json).errors();
        Problem p = problems.get(0);
        assertEquals("actor #2 has an empty 'id'; give it a short readable id such as 'japan'", p.message());
        assertAt(json, "\" \"", p);
    }

    @ParameterizedTest(name = "missing {1}")
    @CsvSource(delimiter = '|', value = {
            "\"schema\": \"entente/1\",      | schema | {             | the dataset has no 'schema' (it is required)",
            "\"title\": \"Test world\",      | title  | {             | the dataset has no 'title' (it is required)",
            "\"name\": \"Japan\",            | name   | {\"id\": \"japan\" | actor 'japan' has no 'name' (it is required)",
            "\"kind\": \"alliance\",         | kind   | {\"id\": \"nato\"  | actor 'nato' has no 'kind' (it is required)",
            "\"from\": \"japan\",            | from   | {\"id\": \"japan-partner-of-nato\" | relation 'japan-partner-of-nato' has no 'from' (it is required)",
            "\"to\": \"nato\",               | to     | {\"id\": \"japan-partner-of-nato\" | relation 'japan-partner-of-nato' has no 'to' (it is required)",
            "\"type\": \"partner-of\",       | type   | {\"id\": \"japan-partner-of-nato\" | relation 'japan-partner-of-nato' has no 'type' (it is required)",
            "\"date\": \"2025-04-09\",       | date   | {\"id\": \"ev-talks\" | event 'ev-talks' has no 'date' (it is required)",
            "\"title\": \"Talks\",           | title  | {\"id\": \"ev-talks\" | event 'ev-talks' has no 'title' (it is required)",
            "\"claim\": \"Yes\",             | claim  | {\"sources\": [\"src-a\"]}, { | position #1 has no 'claim' (it is required)",
            "\"label\": \"Aid\",             | label  | {\"value\"    | figure #1 has no 'label' (it is required)",
            "\"value\": 9,                   | value  | {\"label\"    | figure 'Aid' has no 'value' (it is required)",
            "\"unit\": \"billion USD\",      | unit   | {\"label\"    | figure 'Aid' has no 'unit' (it is required)",
            ", \"sources\": [\"src-a\"]}]}   | sources | {\"label\"   | figure 'Aid' has no 'sources' (it is required)",
            "\"title\": \"Source A\",        | title  | {\"id\": \"src-a\" | source 'src-a' has no 'title' (it is required)",
            "\"id\": \"japan\",              | id     | {\"name\": \"Japan\" | actor #1 has no 'id' (it is required)",
    })
    void aMissingRequiredFieldIsAnErrorAtItsObject(String remove, String field, String objectStart, String message) {
        String cut = remove.strip();
        String json = cut.startsWith(",") ? edit(cut, "}]}") : VALID.contains(cut + " ") ? edit(cut + " ", "") : edit(cut, "");
        List<Problem> errors = load(json).errors();
        Problem p = errors.stream().filter(e -> e.message().equals(message.strip())).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + message.strip() + "' in\n" + LoaderFixture.format(errors)));
        assertAt(json, objectStart.strip(), p);
    }

    @Test
    void anItemWithAnEmptySourcesListIsRejectedBecauseEveryFactMustBeCited() {
        String json = edit("\"start\": \"2014\", \"end\": \"2030\", \"sources\": [\"src-a\"]", "\"start\": \"2014\", \"end\": \"2030\", \"sources\": []");
        Problem p = only(json);
        assertEquals("relation 'japan-partner-of-nato' cites no source: every fact must be cited (add at least one source id)", p.message());
        assertAt(json, "[]", p);
        assertTrue(load(json).dataset().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-13-01 | event 'ev-talks': 'date' '2025-13-01' is not a real date: there is no month 13",
            "2025-02-30 | event 'ev-talks': 'date' '2025-02-30' is not a real date: month 2 of 2025 has no day 30",
            "April 2025 | event 'ev-talks': 'date' 'April 2025' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (-YYYY for BCE), optionally prefixed with ~",
            "2025/04/09 | event 'ev-talks': 'date' '2025/04/09' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (-YYYY for BCE), optionally prefixed with ~",
            "-13800000000-05 | event 'ev-talks': 'date' '-13800000000-05' is beyond the billion years a month or day can be placed in: write the year alone",
            "-99000000000 | event 'ev-talks': 'date' '-99000000000' is beyond the 20 billion years a timeline can place",
    })
    void malformedOrImpossibleDatesAreErrorsNamingTheDate(String date, String message) {
        String json = edit("\"2025-04-09\"", "\"" + date.strip() + "\"");
        assertOnly(json, message.strip(), "\"" + date.strip() + "\"");
    }

    @Test
    void aDeepTimeYearLoadsAndIsWrittenBackAsTheSameSignedYear() throws Exception {
        LoadResult r = load(edit("\"2025-04-09\"", "\"-13800000000\""));
        assertEquals(List.of(), r.problems());
        org.entente.model.Dataset d = r.dataset().orElseThrow();
        assertEquals(-13_800_000_000L, d.events().get(0).date().longYear());
        java.io.StringWriter out = new java.io.StringWriter();
        new org.entente.logic.io.DatasetWriter().write(d, out);
        assertTrue(out.toString().contains("\"date\": \"-13800000000\""), out.toString());
        LoadResult back = load(out.toString());
        assertEquals(List.of(), back.problems());
        assertEquals(d.events().get(0).date(), back.dataset().orElseThrow().events().get(0).date());
    }

    @Test
    void approximateAndPartialDatesAreAccepted() {
        LoadResult r = load(edit("\"2025-04-09\"", "\"~2025-04\""));
        assertEquals(List.of(), r.problems());
        assertTrue(r.dataset().orElseThrow().events().get(0).date().isApproximate());
    }

    @Test
    void aTieKnownOnlyByADateLoadsWithAnOpenStartAndABoundedFigureKeepsItsBound() {
        String json = edit("\"start\": \"2014\"", "\"knownBy\": \"2014\"");
        json = edit(json, "\"value\": 9,", "\"value\": 9, \"qualifier\": \"more-than\",");
        LoadResult r = load(json);
        assertEquals(List.of(), r.problems());
        Dataset d = r.dataset().orElseThrow();
        assertEquals(null, d.relations().get(0).start());
        assertEquals("2014", d.relations().get(0).knownBy().toString());
        assertTrue(d.relations().get(0).holdsAt(java.time.LocalDate.of(2000, 1, 1)), "an open start holds before the known-by date");
        assertEquals("more than 9 billion USD", d.events().get(0).figures().get(0).displayValue());
    }

    @Test
    void theDatasetWriterKeepsKnownByDatesAndFigureBounds() throws Exception {
        String json = edit("\"start\": \"2014\"", "\"knownBy\": \"~2014-05\"");
        json = edit(json, "\"value\": 9,", "\"value\": 9, \"qualifier\": \"at-least\",");
        Dataset d = load(json).dataset().orElseThrow();
        java.io.StringWriter out = new java.io.StringWriter();
        new org.entente.logic.io.DatasetWriter().write(d, out);
        Dataset again = load(out.toString()).dataset().orElseThrow();
        assertEquals("~2014-05", again.relations().get(0).knownBy().toString());
        assertEquals(null, again.relations().get(0).start());
        assertEquals("at-least", again.events().get(0).figures().get(0).qualifier());
    }

    @Test
    void aTieWithBothAStartAndAKnownByDateIsAnError() {
        String json = edit("\"start\": \"2014\"", "\"start\": \"2014\", \"knownBy\": \"2015\"");
        Problem p = only(json);
        assertTrue(p.message().startsWith("relation 'japan-partner-of-nato' has both 'start' and 'knownBy':"), p.message());
        assertAt(json, "\"2015\"", p);
    }

    @Test
    void anUnknownFigureQualifierIsAnErrorListingTheKnownOnes() {
        String json = edit("\"value\": 9,", "\"value\": 9, \"qualifier\": \"more than\",");
        Problem p = only(json);
        assertTrue(p.message().startsWith("figure 'Aid' of event 'ev-talks': unknown qualifier 'more than' (did you mean 'more-than'?)"
                + " (known: more-than, at-least, about, up-to, less-than"), p.message());
        assertAt(json, "\"more than\"", p);
    }

    @Test
    void aRelationThatEndsBeforeItStartsIsAnError() {
        String json = edit("\"end\": \"2030\"", "\"end\": \"2013-12\"");
        assertOnly(json, "relation 'japan-partner-of-nato' ends (2013-12) before it starts ('start' 2014)", "\"2013-12\"");
    }

    @Test
    void anEventThatEndsBeforeItsDateIsAnError() {
        String json = edit("\"date\": \"2025-04-09\",", "\"date\": \"2025-04-09\", \"end\": \"2025-04-08\",");
        assertOnly(json, "event 'ev-talks' ends (2025-04-08) before it starts ('date' 2025-04-09)", "\"2025-04-08\"");
    }

    @Test
    void anActorThatEndsBeforeItStartsIsAnErrorButTheSameYearIsFine() {
        String json = edit("\"start\": \"1949-04-04\",", "\"start\": \"1949-04-04\", \"end\": \"1948\",");
        assertEquals("actor 'nato' ends (1948) before it starts ('start' 1949-04-04)", only(json).message());
        assertEquals(List.of(), load(edit("\"start\": \"1949-04-04\",", "\"start\": \"1949-04-04\", \"end\": \"1949\",")).problems());
    }

    @Test
    void aRelationFromAnActorToItselfIsAnError() {
        String json = edit("\"to\": \"nato\"", "\"to\": \"japan\"");
        assertOnly(json, "relation 'japan-partner-of-nato' goes from 'japan' to itself; a relation must join two different actors", "\"japan\", \"type\"");
    }

    @Test
    void aNumberWhereAStringGoesIsAnErrorNamingTheValue() {
        String json = edit("\"name\": \"Japan\"", "\"name\": 42");
        Problem p = only(json);
        assertEquals("actor 'japan': 'name' must be a string but is a number (42)", p.message());
        assertAt(json, "42", p);
        assertEquals("$.actors[0].name", p.jsonPath());
    }

    @Test
    void anObjectWhereAListGoesIsAnError() {
        String json = edit("\"actors\": [\"japan\", \"nato\"]", "\"actors\": {\"japan\": true}");
        assertOnly(json, "event 'ev-talks': 'actors' must be a list [ ... ] of strings but is an object", "{\"japan\"");
    }

    @Test
    void aFigureValueWrittenAsTextIsAnError() {
        String json = edit("\"value\": 9", "\"value\": \"9\"");
        assertEquals("figure 'Aid': 'value' must be a number but is a string ('9') (write it without quotes)", only(json).message());
    }

    @Test
    void anItemThatIsNotAnObjectIsAnError() {
        String json = edit("{\"id\": \"nato\", \"name\": \"NATO\", \"kind\": \"alliance\", \"start\": \"1949-04-04\", \"sources\": [\"src-a\"]}", "\"NATO\"");
        Problem p = load(json).errors().get(0);
        assertEquals("expected actor as an object { ... } but found a string ('NATO')", p.message());
        assertAt(json, "\"NATO\"", p);
    }

    @Test
    void aWrongSchemaIsAnError() {
        String json = edit("\"entente/1\"", "\"entente/2\"");
        assertOnly(json, "unsupported schema 'entente/2': this version of Entente reads 'entente/1'", "\"entente/2\"");
    }

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '|', value = {
            "\"kind\": \"state\"           | kind      | stat        | actor 'japan': unknown kind 'stat' (did you mean 'state'?)",
            "\"type\": \"partner-of\"      | type      | ally-of     | relation 'japan-partner-of-nato': unknown type 'ally-of'",
            "\"region\": \"indo-pacific\"  | region    | asia        | actor 'japan': unknown region 'asia'",
            "\"type\": \"partner-of\"      | certainty | rumoured    | relation 'japan-partner-of-nato': unknown certainty 'rumoured'",
    })
    void unknownVocabularyIsAWarningAndStillLoads(String field, String name, String value, String messageStart) {
        String replacement = name.strip().equals("certainty") ? field.strip() + ", \"certainty\": \"" + value.strip() + "\""
                : "\"" + name.strip() + "\": \"" + value.strip() + "\"";
        String json = edit(field.strip(), replacement);
        LoadResult r = load(json);
        assertEquals(1, r.problems().size(), () -> LoaderFixture.format(r.problems()));
        Problem p = r.problems().get(0);
        assertFalse(p.isError());
        assertTrue(p.message().startsWith(messageStart.strip()), p.message());
        assertTrue(p.message().contains("it is shown with the default style"), p.message());
        assertAt(json, "\"" + value.strip() + "\"", p);
        assertTrue(r.dataset().isPresent(), "warnings do not stop loading");
    }

    @Test
    void anUnknownItemFieldIsAWarningNamingItWithASuggestion() {
        String json = edit("\"sources\": [\"src-a\"]}", "\"sorces\": [\"src-a\"], \"sources\": [\"src-a\"]}");
        Problem p = only(json);
        assertFalse(p.isError());
        assertEquals("actor 'japan' has an unknown field 'sorces' (did you mean 'sources'?); it is ignored", p.message());
        assertAt(json, "\"sorces\"", p);
    }

    @Test
    void anUnknownTopLevelFieldIsAWarning() {
        String json = edit("\"title\": \"Test world\",", "\"title\": \"Test world\", \"comment\": \"me\",");
        assertOnly(json, "the dataset has an unknown field 'comment'; it is ignored", "\"comment\"");
    }

    @Test
    void everyProblemIsReportedInOneRunInFileOrder() {
        String json = edit(edit(edit(VALID, "\"to\": \"nato\"", "\"to\": \"natto\""), "\"2025-04-09\"", "\"2025-13-01\""),
                "\"kind\": \"state\"", "\"kind\": \"stat\"");
        List<Problem> problems = load(json).problems();
        assertEquals(3, problems.size(), () -> LoaderFixture.format(problems));
        assertEquals(List.of(8, 12, 15), problems.stream().map(Problem::line).toList());
    }
}
