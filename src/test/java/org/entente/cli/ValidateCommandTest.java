package org.entente.cli;

import static org.entente.cli.CommandRun.DIR;
import static org.entente.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: compiler-style problem lines, a summary, and exit codes scripts can rely on. */
class ValidateCommandTest {

    @Test
    void withoutAFileItValidatesTheBundledDatasetCleanly() {
        CommandRun r = run("validate");
        assertEquals(0, r.exit(), r.out());
        assertEquals(List.of("1 file checked: 0 errors, 0 warnings - valid"), r.outLines());
    }

    @Test
    void aValidFileExitsZero() {
        CommandRun r = run("validate", DIR + "counts.json");
        assertEquals(0, r.exit());
        assertEquals(List.of("1 file checked: 0 errors, 0 warnings - valid"), r.outLines());
    }

    @Test
    void warningsArePrintedButStillExitZeroUnlessStrict() {
        CommandRun r = run("validate", DIR + "warnings.json");
        assertEquals(0, r.exit());
        assertEquals(2, r.outLines().size(), r.out());
        assertTrue(r.outLines().get(0).startsWith(DIR + "warnings.json:11:44: warning: actor 'nato': unknown kind 'aliance' (did you mean 'alliance'?)"),
                r.outLines().get(0));
        assertEquals("1 file checked: 0 errors, 1 warning - valid", r.outLines().get(1));

        CommandRun strict = run("validate", "--strict", DIR + "warnings.json");
        assertEquals(1, strict.exit());
        assertTrue(strict.out().endsWith("1 file checked: 0 errors, 1 warning - not valid\n"), strict.out());
    }

    @Test
    void errorsArePrintedAsFileLineColumnAndExitOne() {
        CommandRun r = run("validate", DIR + "errors.json");
        assertEquals(1, r.exit());
        assertEquals(List.of(
                DIR + "errors.json:16:57: error: relation 'japan-aids-ukraine': unknown actor 'ukrane' in 'to' (did you mean 'ukraine'?) (at $.relations[0].to)",
                DIR + "errors.json:23:31: error: event 'ev-2025': 'date' '2025-04-31' is not a real date: month 4 of 2025 has no day 31 (at $.events[1].date)",
                "1 file checked: 2 errors, 0 warnings - not valid"), r.outLines());
    }

    @Test
    void severalFilesAreCheckedInOneRun() {
        CommandRun r = run("validate", DIR + "counts.json", DIR + "errors.json", DIR + "warnings.json");
        assertEquals(1, r.exit());
        assertEquals("3 files checked: 2 errors, 1 warning - not valid", r.outLines().get(r.outLines().size() - 1));
    }

    @Test
    void aFileThatCannotBeReadExitsTwoNamingIt(@TempDir Path dir) {
        CommandRun missing = run("validate", DIR + "counts.json", dir.resolve("gone.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.out().contains(dir.resolve("gone.json") + ":0:0: error: file not found: " + dir.resolve("gone.json")), missing.out());
        assertTrue(missing.out().endsWith("a file could not be read\n"), missing.out());

        CommandRun folder = run("validate", dir.toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.out().contains("is a folder, not a dataset file"), folder.out());
    }

    @Test
    void aBrokenFileIsAnErrorNotAnUnreadableFile(@TempDir Path dir) throws Exception {
        Path truncated = Files.writeString(dir.resolve("cut.json"), "{\"schema\": \"entente/1\", \"actors\": [");
        CommandRun r = run("validate", truncated.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(truncated + ":1:36: error: the file ends too early"), r.out());
    }

    @Test
    void anUnknownOptionExitsTwoNamingIt() {
        CommandRun r = run("validate", "--strcit");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("validate: unknown option '--strcit'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void helpDescribesTheOutputAndExitCodes() {
        CommandRun r = run("validate", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: java -jar entente.jar validate [--strict] [FILE...]"), r.out());
        assertTrue(r.out().contains("FILE:LINE:COLUMN: error|warning: message"));
        assertTrue(r.out().contains("2  a file cannot be read"));
    }
}
