package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.io.WriteFailedException;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.ui.export.Sources;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a script sees them when files are hostile: no good file lost, no forged output, no endless run. */
class ReliabilityCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Command c, String... args) {
        return c.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportToAFolderNamedLikeAPictureFailsAndKeepsTheFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("some-empty-folder.png"));
        int exit = run(new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK), "--out", folder.toString());
        assertNotEquals(0, exit);
        assertTrue(Files.isDirectory(folder), "the folder is still there");
        assertTrue(err().contains("is a folder, not a file"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty(), "nothing claims it was written");
    }

    @Test
    void exportToADeviceIsRefusedAndTheDeviceStays() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
        int exit = run(new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK), "--out", full.toString());
        assertNotEquals(0, exit);
        assertTrue(err().contains("not a regular file"), err());
        assertTrue(Files.exists(full) && !Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void exportOverASymbolicLinkKeepsTheLink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.svg"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), real.getFileName());
        assertEquals(0, run(new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK), "--out", link.toString(),
                "--as-of", "2025-04-09"), err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("<svg"));
    }

    @Test
    void generateIntoAFolderFailsAndKeepsIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data.json"));
        assertEquals(Command.USAGE, run(new GenerateCommand(), "--actors", "10", "--out", folder.toString()));
        assertTrue(Files.isDirectory(folder));
        assertTrue(err().contains("is a folder"), err());
    }

    @Test
    void aDatasetThatCannotBeWrittenLeavesTheOldFileWhole() throws Exception {
        Path file = dir.resolve("d.json");
        Dataset good = SyntheticDataset.generate(5, 5, 2, 1);
        new DatasetWriter().write(good, file);
        String before = Files.readString(file);
        Dataset bad = new Dataset("entente/1", "bad \ud800 title", null, good.sources(), good.actors(), good.relations(),
                good.events(), good.disputes());
        WriteFailedException e = org.junit.jupiter.api.Assertions.assertThrows(WriteFailedException.class,
                () -> new DatasetWriter().write(bad, file));
        assertTrue(e.getMessage().contains("lone surrogate"), e.getMessage());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void generateFinishesForMoreActorsThanTheNamesCanCover() {
        Dataset d = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> SyntheticDataset.generate(60_000, 0, 0, 1));
        assertEquals(60_000, d.actors().stream().map(Actor::name).distinct().count());
    }

    @Test
    void validateOutputCannotBeForgedByAValue() throws Exception {
        String json = Files.readString(Path.of(CommandRun.DIR, "counts.json"));
        int at = json.indexOf("\"title\": \"") + "\"title\": \"".length();
        assertTrue(at > 20);
        Path file = Files.writeString(dir.resolve("forged.json"), json.substring(0, at) + "x\", \"bogus\": \"a\\nforged.json:1:1: error: fake\\u001b[2J"
                + json.substring(json.indexOf('"', at)));
        CommandRun r = CommandRun.run("validate", file.toString());
        for (String line : r.outLines()) {
            assertTrue(!line.contains("\u001b"), line);
            assertTrue(!line.startsWith("forged.json"), "a forged line: " + line);
        }
    }

    @Test
    void pathFollowsAChainLongerThanTheOldStackAllowed() throws Exception {
        int n = 8_001; // the recursive walk overflowed at about 6,000; PathFinderChainTest walks 100,000
        List<Source> sources = List.of(new Source("s", "S", null, null, null, null, null));
        List<Actor> actors = new ArrayList<>(n);
        List<Relation> relations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            actors.add(new Actor("a" + i, "A" + i, "state", List.of(), null, null, null, null, null, List.of(), List.of("s")));
            if (i > 0) {
                relations.add(new Relation("r" + i, "a" + (i - 1), "a" + i, "partner-of", null, null, null, null, null,
                        List.of(), List.of("s")));
            }
        }
        Path file = dir.resolve("chain.json");
        new DatasetWriter().write(new Dataset("entente/1", "Chain", null, sources, actors, relations, List.of(), List.of()), file);
        PathCommand path = new PathCommand(new DatasetLoader(), CLOCK);
        assertEquals(0, run(path, "a0", "a" + (n - 1), file.toString(), "--as-of", LocalDate.of(2025, 1, 1).toString()), err());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("A8000"), text.substring(0, Math.min(200, text.length())));
    }
}
