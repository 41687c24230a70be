package org.entente.logic.load;

import static org.entente.logic.load.LoaderFixture.VALID;
import static org.entente.logic.load.LoaderFixture.edit;
import static org.entente.logic.load.LoaderFixture.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the README forbids the loader rejects, with a message in words: dates with month or day 00 or
 * with spaces around them, events naming no actors, lone surrogates. And values
 * echoed in messages are quoted safely: escaped and cut, so a file cannot forge or flood the output.
 */
class DatasetLoaderStrictnessTest {

    private static Problem theError(String json, String containing) {
        LoadResult r = load(json);
        assertTrue(r.dataset().isEmpty(), "the file must not load");
        return r.errors().stream().filter(p -> p.message().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no error with '" + containing + "' in\n" + LoaderFixture.format(r.errors())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-00-00", "2025-00", "2025-01-00", "~2025-00"})
    void aMonthOrDayOfZeroIsRejected(String date) {
        Problem p = theError(edit("\"date\": \"2025-04-09\"", "\"date\": \"" + date + "\""), "month or day 00");
        assertEquals("$.events[0].date", p.jsonPath());
        assertTrue(p.line() > 0 && p.column() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 2025", "2025 \\n", "\\t2025-04"})
    void spacesAroundADateAreRejected(String date) {
        Problem p = theError(edit("\"start\": \"2014\"", "\"start\": \"" + date + "\""), "spaces or line breaks around the date");
        assertEquals("$.relations[0].start", p.jsonPath());
    }

    @Test
    void anEventWithoutActorsIsRejected() {
        Problem p = theError(edit("\"actors\": [\"japan\", \"nato\"], ", ""), "has no 'actors'");
        assertEquals("$.events[0]", p.jsonPath());
        theError(edit("\"actors\": [\"japan\", \"nato\"]", "\"actors\": []"), "names no actors");
    }

    @Test
    void aDisputeMayRecordOnePositionSoFarAsTheReadmeSays() {
        assertTrue(load(edit(", {\"claim\": \"No\", \"sources\": [\"src-a\"]}", "")).dataset().isPresent());
    }

    @Test
    void aDisputeWithNoPositionAtAllIsRejected() {
        String json = edit("\"positions\": [{\"claim\": \"Yes\", \"sources\": [\"src-a\"]}, {\"claim\": \"No\", \"sources\": [\"src-a\"]}]",
                "\"positions\": []");
        Problem p = theError(json, "records no position");
        assertEquals("$.disputes[0].positions", p.jsonPath());
        assertTrue(p.message().startsWith("dispute 'dispute-x' records no position"), p.message());
    }

    @Test
    void aLoneSurrogateIsRejectedWithItsPlace() {
        Problem p = theError(edit("\"name\": \"Japan\"", "\"name\": \"Ja\\ud800pan\""), "lone surrogate");
        assertEquals("$.actors[0].name", p.jsonPath());
        assertEquals(8, p.line());
        assertTrue(p.message().contains("character 3"), p.message());
        assertTrue(p.message().contains("\\uD800"), p.message());
    }

    @Test
    void aPairedSurrogateLoads() {
        assertTrue(load(edit("\"name\": \"Japan\"", "\"name\": \"Japan \\ud83d\\ude00\"")).dataset().isPresent());
    }

    @Test
    void aValueCannotForgeASecondProblemLine() {
        String forged = "nato\\ntest.json:1:1: error: forged\\u001b[2J";
        List<Problem> problems = load(edit("\"to\": \"nato\"", "\"to\": \"" + forged + "\"")).errors();
        assertEquals(1, problems.size(), LoaderFixture.format(problems));
        String line = problems.get(0).format();
        assertFalse(line.contains("\n"), line);
        assertFalse(line.contains("\u001b"), line);
        assertTrue(line.contains("nato\\ntest.json:1:1: error: forged\\u001B[2J"), line);
    }

    @Test
    void aHugeValueIsCutWithItsLength() {
        String huge = "x".repeat(1 << 20);
        List<Problem> problems = load(edit("\"to\": \"nato\"", "\"to\": \"" + huge + "\"")).errors();
        String message = problems.get(0).message();
        assertTrue(message.length() < 300, "message of " + message.length() + " characters");
        assertTrue(message.contains("…' (1048576 characters)"), message);
    }

    @Test
    void theFixtureItselfStillLoads() {
        assertTrue(load(VALID).dataset().isPresent(), LoaderFixture.format(load(VALID).problems()));
    }
}
