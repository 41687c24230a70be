package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.synth.SyntheticDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset validates in at most {@value DatasetLoader#BYTES_OF_MEMORY_PER_BYTE} bytes of Java heap per byte
 * of file (so a 200 MB file validates with {@code -Xmx2g}): a generated file of about 12 MB is validated by
 * a separate Java whose heap is capped at that many bytes per byte. The loader that read the whole text into
 * a JSON tree needed about 15 bytes per byte and ran out of memory here.
 */
class MemoryBudgetTest {

    @Test
    void aDatasetValidatesInEightBytesOfHeapPerByteOfFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("twelve-megabytes.json");
        new DatasetWriter().write(SyntheticDataset.generate(10_000, 50_000, 5_000, 3), file);
        long size = Files.size(file);
        assertTrue(size > 10_000_000, "the file is large enough to measure: " + size);
        long heap = size * DatasetLoader.BYTES_OF_MEMORY_PER_BYTE;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heap / 1024 + "k", "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "org.entente.Launcher", "validate", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), () -> "with -Xmx" + heap / (1024 * 1024) + "m for " + size / (1024 * 1024) + " MB:\n" + output);
        assertTrue(output.strip().endsWith("1 file checked: 0 errors, 0 warnings - valid"), output);
    }
}
