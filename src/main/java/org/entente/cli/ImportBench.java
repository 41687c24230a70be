package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.entente.logic.io.AtomicWrite;
import org.entente.logic.io.importer.ImportInput;
import org.entente.logic.io.importer.ImportOptions;
import org.entente.logic.io.importer.ImportResult;
import org.entente.logic.io.importer.Importers;

/**
 * The import case of {@code bench}: a generated ties CSV (100,000 rows between 10,000 actors, with types,
 * dates and citations) imported as a teacher's file would be, reporting the time and the heap in use
 * after the import; the goal is under 3 s and under 1 GB.
 */
final class ImportBench {

    private ImportBench() {
    }

    /** Measures one import of {@code rows} ties among {@code actors}; returns the JSON object of the case. */
    static String run(int rows, int actors, PrintStream out) throws IOException, ImportInput.UnreadableException {
        Path dir = Files.createTempDirectory("entente-bench-import");
        Path csv = dir.resolve("ties.csv");
        try {
            StringBuilder sb = new StringBuilder(rows * 60);
            sb.append("From,To,Relation,Start,End,Citation\n");
            String[] types = {"member", "partner", "supports", "opposes", "ally"};
            java.util.Random random = new java.util.Random(42);
            for (int i = 0; i < rows; i++) {
                int a = random.nextInt(actors);
                int b = (a + 1 + random.nextInt(actors - 1)) % actors;
                int y = 1900 + random.nextInt(120);
                sb.append("Actor ").append(a).append(",Actor ").append(b).append(',').append(types[i % types.length]).append(',')
                        .append(y).append('-').append(String.format(Locale.ROOT, "%02d", 1 + i % 12)).append(',')
                        .append(i % 3 == 0 ? String.valueOf(y + 5) : "NA").append(",Source ").append(i % 50).append('\n');
            }
            AtomicWrite.writeString(csv, sb.toString());
            System.gc();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportResult r = Importers.standard().importAll(List.of(ImportInput.read(csv)), ImportOptions.defaults());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            out.printf(Locale.ROOT, "import: %,d ties CSV (%,d actors): %d ms (%d ms CPU on the importing thread), %d MB heap in use after, %s%n", rows, actors, ms, cpuMs, heapMb, r.summary());
            return String.format(Locale.ROOT, "{\"name\": \"import-csv\", \"rows\": %d, \"actors\": %d, \"import_ms\": %d, \"import_cpu_ms\": %d, \"heap_mb\": %d, \"relations\": %d}",
                    rows, actors, ms, cpuMs, heapMb, r.relations());
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
    }
}
