package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.entente.logic.load.DatasetLoader;
import org.junit.jupiter.api.Test;

class PathCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PathCommand command = new PathCommand(new DatasetLoader(),
            Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));

    private int run(String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheSentenceForTheBundledDatasetByIdNameOrAlias() {
        assertEquals(0, run("nsatu", "Mark Rutte"));
        assertEquals("NSATU (NATO Security Assistance and Training for Ukraine) is part of NATO, which Mark Rutte leads.",
                out().strip());
        out.reset();
        assertEquals(0, run("日本", "mark-rutte", "--as-of", "2025-05"));
        assertTrue(out().contains("Japan is a partner of NATO, which Mark Rutte leads."), out());
    }

    @Test
    void respectsTheAsOfDate() {
        assertEquals(0, run("nsatu", "jens-stoltenberg", "--as-of", "2024-08-01"));
        assertTrue(out().contains("NSATU (NATO Security Assistance and Training for Ukraine) is part of NATO, which Jens Stoltenberg leads."), out());
        out.reset();
        assertEquals(1, run("nsatu", "japan", "--as-of", "2020"));
        assertTrue(err().contains("does not exist as of 1 January 2020"), err());
    }

    @Test
    void readsAFileAndSaysClearlyWhenThereIsNoPath() {
        Path file = Path.of("src/test/resources/analysis/islands.json");
        assertEquals(0, run("a", "c", file.toString(), "--as-of=2025-01-01"));
        assertEquals("Alpha is a member of Bravo, which Charlie leads.", out().strip());
        assertEquals(1, run("Alpha", "Delta", file.toString(), "--as-of=2025-01-01"));
        assertTrue(err().contains("No chain of ties connects Alpha and Delta as of 1 January 2025."), err());
    }

    @Test
    void unknownActorsBadDatesAndMissingFilesAreUsageErrors() {
        assertEquals(2, run("japan", "Atlantis"));
        assertTrue(err().contains("no actor called 'Atlantis'"), err());
        err.reset();
        assertEquals(2, run("japan", "nato", "--as-of", "2025-13"));
        assertTrue(err().contains("there is no month 13"), err());
        err.reset();
        assertEquals(2, run("japan", "nato", "no-such-file.json"));
        assertTrue(err().contains("no-such-file.json"), err());
        err.reset();
        assertEquals(2, run("japan"));
        assertTrue(err().contains("expected FROM and TO"), err());
    }
}
