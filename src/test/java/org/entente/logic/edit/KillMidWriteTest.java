package org.entente.logic.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running app killed (SIGKILL) in the middle of an autosave and in the middle of a save: a child JVM
 * saves a dataset and writes its recovery file over and over, with a different edit each time, and is
 * killed at several moments. Afterwards the saved file, its backup and the recovery file must each read
 * back as a valid dataset: the last good version, never a torn one.
 */
class KillMidWriteTest {

    @TempDir
    Path dir;

    /** The child: alternately saves and autosaves, forever, until killed. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Recovery recovery = new Recovery(Path.of(args[1]));
        Dataset d = SyntheticDataset.generate(1500, 4000, 300, 7);
        DatasetSaver saver = new DatasetSaver();
        for (int i = 0; ; i++) {
            d = DatasetEdits.changeHeader(d, "Version " + i, "edit " + i).applyTo(d);
            if (i % 2 == 0) saver.save(d, file);
            else recovery.write(d, file);
            if (i == 3) System.out.println("writing");
        }
    }

    @Test
    void theSavedFileAndTheRecoveryFileBothReadBackValidAfterAKill() throws Exception {
        Path file = dir.resolve("lesson.json");
        Path folder = dir.resolve("recovery");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    KillMidWriteTest.class.getName(), file.toString(), folder.toString()).redirectErrorStream(true).start();
            // wait until it has written both files a few times, then kill it at a different moment each round
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
            String line = out.readLine();
            assertTrue("writing".equals(line), "the child started writing: " + line);
            Thread.sleep(150 + 170L * round);
            child.destroyForcibly().waitFor();
            for (Path p : List.of(file, org.entente.logic.io.KeepPrevious.backupOf(file), folder.resolve("recovery.json"))) {
                LoadResult r = new DatasetLoader().load(p);
                assertTrue(r.dataset().isPresent(), "round " + round + ": " + p.getFileName() + " is valid after the kill: " + r.errors());
                assertTrue(r.dataset().get().title().startsWith("Version "), p.toString());
            }
        }
    }
}
