package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.synth.SyntheticDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory a dataset needs, checked in a separate Java whose heap is capped. A dataset validates in at
 * most {@value DatasetLoader#BYTES_OF_MEMORY_PER_BYTE} bytes of heap per byte of file (so a 200 MB file
 * validates with {@code -Xmx2g}); the loader that read the whole text into a JSON tree needed about 15 and
 * ran out of memory on this 12 MB file. Where memory runs out anyway, validate says so in one line with
 * the limit and a heap that fits the file, exits 2, and prints no stack trace.
 */
class MemoryBudgetTest {

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void aTwelveMegabyteDataset() throws IOException {
        file = dir.resolve("twelve-megabytes.json");
        new DatasetWriter().write(SyntheticDataset.generate(10_000, 50_000, 5_000, 3), file);
    }

    @Test
    void aDatasetValidatesInEightBytesOfHeapPerByteOfFile() throws Exception {
        long size = Files.size(file);
        assertTrue(size > 10_000_000, "the file is large enough to measure: " + size);
        long heap = size * DatasetLoader.BYTES_OF_MEMORY_PER_BYTE;
        String output = validate("-Xmx" + heap / 1024 + "k", 0);
        assertTrue(output.strip().endsWith("1 file checked: 0 errors, 0 warnings - valid"), output);
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitTwo() throws Exception {
        String output = validate("-Xmx24m", 2);
        assertTrue(output.contains("out of memory") && output.contains("-Xmx"), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), output);
        assertEquals(1, output.strip().lines().filter(l -> l.contains("out of memory")).count(), output);
        assertTrue(output.contains("raise it with -Xmx, e.g. java -Xmx1g -jar entente.jar"), "a heap that fits the file: " + output);
    }

    private static String validate(String heap, int expectedExit) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, heap, "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "org.entente.Launcher", "validate", file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        long kb = Files.size(file) / 1024;
        assertEquals(expectedExit, p.exitValue(), () -> "with " + heap + " for " + kb + " KB:\n" + output);
        return output;
    }
}
