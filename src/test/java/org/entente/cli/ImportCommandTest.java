package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: writes a dataset the loader accepts, one summary line, and the documented exit codes. */
class ImportCommandTest {

    @TempDir
    Path dir;

    /** Runs {@code import} or {@code convert} in-process as the jar would. */
    static CommandRun run(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        org.entente.logic.io.importer.Importers importers = org.entente.logic.io.importer.Importers.standard();
        Cli cli = new Cli(java.util.List.of(new ImportCommand(importers), new ConvertCommand(new DatasetLoader(), importers)));
        int exit;
        try (java.io.PrintStream o = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
             java.io.PrintStream e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)) {
            exit = cli.run(args, o, e);
        }
        return new CommandRun(exit, out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void importsASpreadsheetIntoAValidDataset() throws Exception {
        Path ties = write("ties.csv", "From,To,Type,Start\nJapan,NATO,partner,2014\nFrance,EU,member,1952-07-23\n");
        Path out = dir.resolve("out.json");
        CommandRun r = run("import", ties.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("4 actors, 2 relations, 0 events, 1 warnings - written to " + out + "\n"), r.out());
        LoadResult loaded = new DatasetLoader().load(out);
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        assertEquals(2, loaded.dataset().orElseThrow().relations().size());
    }

    @Test
    void timelinesWhoseEventsNameNoActorImportIntoADatasetThatValidates() throws Exception {
        Path out = dir.resolve("cosmos.json");
        CommandRun r = run("import", "src/test/resources/import/public/timelinejs-cosmological.json", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue((r.out() + r.err()).contains("attached to 'timelinejs-cosmological'"), r.out() + r.err());
        LoadResult loaded = new DatasetLoader().load(out);
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        org.entente.model.Dataset d = loaded.dataset().orElseThrow();
        assertTrue(d.events().size() >= 4 && d.events().stream().allMatch(e -> !e.actors().isEmpty()));
        assertEquals("topic", d.actor("timelinejs-cosmological").orElseThrow().kind());
    }

    @Test
    void jsonSummaryForScripts() throws Exception {
        Path ties = write("ties.csv", "From,To\nA,B\n");
        CommandRun r = run("import", ties.toString(), "--out", dir.resolve("o.json").toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        String last = r.outLines().get(r.outLines().size() - 1);
        assertEquals("{\"actors\": 2, \"relations\": 1, \"events\": 0, \"warnings\": 1, \"errors\": 0, \"format\": \"csv\"}", last);
    }

    @Test
    void ambiguousDatesExitOneAndWriteNothingUntilAChoiceIsGiven() throws Exception {
        Path ties = write("ties.csv", "From,To,Start\nA,B,03/04/2025\n");
        Path out = dir.resolve("o.json");
        CommandRun r = run("import", ties.toString(), "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(ties + ":row 2, column C (Start): error: 1 date in this column"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(0, run("import", ties.toString(), "--day-first", "--out", out.toString()).exit());
        assertTrue(Files.readString(out).contains("\"start\": \"2025-04-03\""));
    }

    @Test
    void unreadableFilesAndWrongArgumentsExitTwo() throws Exception {
        assertEquals(2, run("import", dir.resolve("missing.csv").toString(), "--out", dir.resolve("o.json").toString()).exit());
        Path ties = write("ties.csv", "From,To\nA,B\n");
        assertEquals(2, run("import", ties.toString()).exit(), "--out is required");
        assertEquals(2, run("import", ties.toString(), "--out", "x.json", "--format", "nope").exit());
        assertEquals(2, run("import", ties.toString(), "--out", "x.json", "--day-first", "--month-first").exit());
        CommandRun toFolder = run("import", ties.toString(), "--out", dir.toString());
        assertEquals(2, toFolder.exit());
        assertTrue(toFolder.err().startsWith("import: cannot write"), toFolder.err());
    }

    @Test
    void convertToXlsxWritesAWorkbookThatImportsBack() throws Exception {
        Path ties = write("ties.csv", "From,To,Type,Start\nJapan,NATO,partner,2014\nAthens,Persia,opposes,-0499\n");
        Path json = dir.resolve("d.json");
        assertEquals(0, run("import", ties.toString(), "--out", json.toString()).exit());
        Path xlsx = dir.resolve("d.xlsx");
        CommandRun c = run("convert", json.toString(), "--to", "xlsx", "--out", xlsx.toString());
        assertEquals(0, c.exit(), c.err());
        CommandRun back = run("import", xlsx.toString(), "--out", dir.resolve("back.json").toString(), "--json");
        assertEquals(0, back.exit(), back.err());
        String last = back.outLines().get(back.outLines().size() - 1);
        assertTrue(last.startsWith("{\"actors\": 4, \"relations\": 2, \"events\": 0,") && last.endsWith("\"format\": \"xlsx\"}"), last);
        assertTrue(Files.readString(dir.resolve("back.json")).contains("\"start\": \"-0499\""));
    }
}
