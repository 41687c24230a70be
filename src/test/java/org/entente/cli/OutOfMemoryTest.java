package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.synth.SyntheticDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a dataset is larger than the heap allows, validate says so in one line with the limit, exits 2, no stack trace. */
class OutOfMemoryTest {

    @Test
    void runningOutOfMemoryIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        new DatasetWriter().write(SyntheticDataset.generate(4000, 30_000, 2000, 5), file);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "org.entente.Launcher", "validate", file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), output);
        assertTrue(output.contains("out of memory") && output.contains("-Xmx"), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), output);
        assertEquals(1, output.strip().lines().filter(l -> l.contains("out of memory")).count(), output);
    }
}
