package org.entente.cli;

import static org.entente.cli.CommandRun.DIR;
import static org.entente.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** {@code stats}: counts overall and as of a day, as a table or one line of JSON; bad arguments exit 2. */
class StatsCommandTest {

    private static JsonObject json(CommandRun r) {
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.outLines().size(), "one line: " + r.out());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void jsonCountsEverythingInTheFile() {
        JsonObject o = json(run("stats", DIR + "counts.json", "--json"));
        assertEquals(4, o.get("actors").getAsInt());
        assertEquals(3, o.get("relations").getAsInt());
        assertEquals(2, o.get("events").getAsInt());
        assertEquals(2, o.get("sources").getAsInt());
        assertEquals(1, o.get("disputes").getAsInt());
        assertEquals(2, o.get("figures").getAsInt());
        assertTrue(o.get("as_of").isJsonNull());
        assertEquals(Map.of("state", 2, "alliance", 1, "initiative", 1), counts(o.getAsJsonObject("by_kind")));
        assertEquals(Map.of("aids", 1, "part-of", 1, "partner-of", 1), counts(o.getAsJsonObject("by_type")));
    }

    @Test
    void asOfADayCountsWhatExistsHoldsAndHasHappenedThen() {
        JsonObject o = json(run("stats", DIR + "counts.json", "--as-of", "2019-01-01", "--json"));
        assertEquals("2019-01-01", o.get("as_of").getAsString());
        assertEquals(3, o.get("actors").getAsInt(), "NSATU does not exist yet");
        assertEquals(1, o.get("relations").getAsInt(), "only the 2014-2020 partnership holds");
        assertEquals(1, o.get("events").getAsInt(), "the 2025 talks have not happened");
        assertEquals(0, o.get("figures").getAsInt());
        assertEquals(Map.of("partner-of", 1), counts(o.getAsJsonObject("by_type")));
    }

    @Test
    void aYearAsOfMeansItsFirstDayAsInTheAppAndThePathCommand() {
        JsonObject o = json(run("stats", DIR + "counts.json", "--as-of=2025", "--json"));
        assertEquals("2025-01-01", o.get("as_of").getAsString());
        assertEquals(4, o.get("actors").getAsInt());
        assertEquals(2, o.get("relations").getAsInt(), "the partnership ended in 2020");
        assertEquals(1, o.get("events").getAsInt(), "the April 2025 talks are still ahead on 1 January");
    }

    @Test
    void theTableNamesTheDatasetTheDayAndEachCount() {
        CommandRun r = run("stats", DIR + "counts.json", "--as-of", "2019-01-01");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Counting world (" + DIR + "counts.json)\nas of 1 January 2019\n"), r.out());
        assertTrue(r.out().contains("\n  actors                  3\n"), r.out());
        assertTrue(r.out().contains("relations by type:\n  partner-of              1\n"), r.out());
    }

    @Test
    void withoutAFileItCountsTheBundledDataset() {
        JsonObject o = json(run("stats", "--json"));
        assertTrue(o.get("actors").getAsInt() > 100, o.toString());
        assertTrue(o.getAsJsonObject("by_type").has("member-of"));
    }

    @Test
    void aBadDateExitsTwoNamingTheValue() {
        CommandRun r = run("stats", DIR + "counts.json", "--as-of", "April 2025");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("stats: --as-of: 'April 2025' is not a date"), r.err());
        assertEquals("", r.out());
        assertTrue(run("stats", "--as-of", "2025-02-30").err().contains("'2025-02-30' is not a real date"));
    }

    @Test
    void badArgumentsExitTwo() {
        CommandRun unknown = run("stats", "--csv");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("stats: unknown option '--csv'"), unknown.err());

        CommandRun noDate = run("stats", "--as-of");
        assertEquals(2, noDate.exit());
        assertTrue(noDate.err().startsWith("stats: --as-of needs a date"), noDate.err());

        CommandRun twoFiles = run("stats", "a.json", "b.json");
        assertEquals(2, twoFiles.exit());
        assertTrue(twoFiles.err().startsWith("stats: only one FILE, but got 'a.json' and 'b.json'"), twoFiles.err());
    }

    @Test
    void aFileWithErrorsExitsOneAndAMissingFileTwo() {
        CommandRun bad = run("stats", DIR + "errors.json");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("unknown actor 'ukrane'"), bad.err());
        assertTrue(bad.err().endsWith("has errors; run 'validate' for the full list\n"), bad.err());

        CommandRun missing = run("stats", DIR + "nowhere.json");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("file not found: " + DIR + "nowhere.json"), missing.err());
    }

    @Test
    void helpListsTheOptions() {
        CommandRun r = run("stats", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: java -jar entente.jar stats [FILE] [--as-of DATE] [--json]"), r.out());
        assertTrue(r.out().contains("--as-of DATE") && r.out().contains("--json"));
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001日本\"", StatsCommand.quote("a\"b\\c\n\u0001日本"));
    }

    private static Map<String, Integer> counts(JsonObject o) {
        Map<String, Integer> m = new java.util.HashMap<>();
        o.entrySet().forEach(e -> m.put(e.getKey(), e.getValue().getAsInt()));
        return m;
    }
}
