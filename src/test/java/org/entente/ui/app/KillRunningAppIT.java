package org.entente.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.io.KeepPrevious;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running app killed (SIGKILL) in the middle of an autosave and in the middle of a save. The real app
 * ({@link KillDriver}: {@link EntenteApp}'s start, headless) opens a user's dataset of 3,000 actors and 6,000 ties
 * (2 MB, so that a write takes a while), and edits and saves it over and over through its own Save and autosave. The test
 * watches the folders and kills the app the moment a write is under way: AtomicWrite's temporary file has
 * appeared, or the target itself is changing. Afterwards the user's file, its {@code .bak} and the recovery
 * file must each read back as a valid dataset, and be the last good version written (not a torn one, not an
 * older one); and the next start must offer the recovery, and restore it as unsaved edits of the user's file.
 */
class KillRunningAppIT {

    /** Longest wait for the app to reach a write, or to end. */
    private static final long LIMIT_SECONDS = 120;

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    /** What the user's files must hold, from what the app said it finished (null: no such file yet). */
    private String fileTitle;
    private String bakTitle;
    private String recoveryTitle;

    @Test
    void theLastGoodFileItsBackupAndTheRecoveryAllReadBackValidAfterKillsMidAutosaveAndMidSave() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = dir.resolve("config");
        Path recovery = config.resolve("recovery");
        Path file = data.resolve("lesson.json");
        Dataset start = SyntheticDataset.generate(3_000, 6_000, 600, 15);
        new DatasetWriter().write(start, file);
        fileTitle = start.title();

        // 1. saved once (so a .bak exists), autosaved, then killed while autosave writes over that recovery file
        Child first = new Child(file, config, 1, "SAA");
        first.killWhen(() -> first.saves() >= 1 && first.autosavesSinceSave() >= 1 && first.writing("autosaving"),
                recovery, "recovery.json");
        first.expectNoOffer();
        checkFiles(first, file, recovery);
        assertTrue(recoveryTitle != null, "an autosave had finished before the kill: " + first.said());

        // 2. the next start offers it; restored, edited, saved, autosaved, and killed while Save writes the user's file
        String left = recoveryTitle;
        Child second = new Child(file, config, 1001, "SA");
        second.killWhen(() -> second.saves() >= 1 && second.autosavesSinceSave() >= 1 && second.writing("saving"),
                data, "lesson.json");
        second.expectRestored(left, file);
        assertTrue(second.said().contains("recovery after save 1001: false"),
                "saving the restored edits removes the recovery, which is no longer needed: " + second.said());
        checkFiles(second, file, recovery);
        assertTrue(recoveryTitle != null, "the edits since the last save were autosaved: " + second.said());

        // 3. and the start after that offers the edits the save did not get to write
        Child third = new Child(file, config, 0, "check");
        assertTrue(third.process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS), "the check run ends: " + third.said());
        third.drain();
        third.expectRestored(recoveryTitle, file);
    }

    /** After a kill: each file reads back valid, and is the last version the app finished writing (or the one it was writing). */
    private void checkFiles(Child child, Path file, Path recoveryFolder) throws IOException {
        child.replay();
        assertEquals(fileTitle, readTitle(file), "the user's file is the last saved version: " + child.said());
        Path bak = KeepPrevious.backupOf(file);
        String bakNow = readTitle(bak);
        assertTrue(Set.of(String.valueOf(bakTitle), fileTitle).contains(bakNow),
                "the backup is the version before the last save (or the last save, copied when the next began): " + bakNow);
        Path rec = recoveryFolder.resolve("recovery.json");
        if (recoveryTitle != null || Files.exists(rec)) {
            String recNow = readTitle(rec);
            assertTrue(recNow.equals(recoveryTitle) || recNow.equals(child.pending("autosaving")),
                    "the recovery is the last autosave: " + recNow + ", expected " + recoveryTitle + ": " + child.said());
            recoveryTitle = recNow;
        }
        try (Stream<Path> left = Stream.concat(Files.list(file.getParent()), Files.list(recoveryFolder))) {
            System.out.println("after the kill: " + left.map(p -> p.getFileName() + " " + p.toFile().length()).toList());
        }
    }

    /** The title of a dataset file, failing the test when it does not read back as a valid dataset. */
    private String readTitle(Path p) {
        assertTrue(Files.isRegularFile(p), p + " exists");
        LoadResult r = loader.load(p);
        assertTrue(r.dataset().isPresent(), p.getFileName() + " reads back as a valid dataset: "
                + r.errors().stream().limit(3).map(Object::toString).toList());
        return r.dataset().get().title();
    }

    /** One run of the app, and what it said. */
    private final class Child {
        final Process process;
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        Child(Path file, Path config, int firstStep, String pattern) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                    "-Djava.awt.headless=true", "-Dentente.config.dir=" + config, "-Duser.home=" + dir.resolve("home"),
                    "-cp", System.getProperty("java.class.path"),
                    KillDriver.class.getName(), file.toString(), Integer.toString(firstStep), pattern)
                    .redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                        }
                    }
                } catch (IOException e) {
                    // the process is gone
                }
            }, "kill-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits until {@code armed}, then kills the app the moment a write of {@code name} in {@code folder} is under way. */
        void killWhen(BooleanSupplier armed, Path folder, String name) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
            Optional<FileTime> before = Optional.empty();
            long sizeBefore = -1;
            boolean wasArmed = false;
            while (System.nanoTime() < end) {
                if (!process.isAlive()) fail("the app ended by itself: " + said());
                if (!wasArmed && armed.getAsBoolean()) {
                    wasArmed = true;
                    Path target = folder.resolve(name);
                    before = Files.exists(target) ? Optional.of(Files.getLastModifiedTime(target)) : Optional.empty();
                    sizeBefore = Files.exists(target) ? Files.size(target) : -1;
                }
                if (wasArmed && writeUnderWay(folder, name, before, sizeBefore)) {
                    process.destroyForcibly();
                    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
                    drain();
                    System.out.println("killed while writing " + name + ": " + tail());
                    return;
                }
                Thread.sleep(1);
            }
            process.destroyForcibly();
            fail("no write of " + name + " was caught under way: " + said());
        }

        /** AtomicWrite's temporary file for {@code name} holds some bytes, or {@code name} itself is being rewritten. */
        private boolean writeUnderWay(Path folder, String name, Optional<FileTime> before, long sizeBefore) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    String n = p.getFileName().toString();
                    // .lesson.json.RANDOM.tmp, not the backup's .lesson.json.bak.RANDOM.tmp
                    if (n.startsWith("." + name + ".") && n.endsWith(".tmp") && !n.startsWith("." + name + ".bak.")) {
                        try {
                            if (Files.size(p) > 0) return true;
                        } catch (IOException gone) {
                            // moved into place meanwhile
                        }
                    }
                }
            }
            Path target = folder.resolve(name);
            try {
                return Files.exists(target) && (before.isEmpty() || !Files.getLastModifiedTime(target).equals(before.get())
                        || Files.size(target) != sizeBefore);
            } catch (IOException gone) {
                return false;
            }
        }

        void drain() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }

        /** Replays what the app said it finished into the expected titles of the files. */
        void replay() {
            for (String l : snapshot()) {
                if (l.startsWith("saved ")) {
                    bakTitle = fileTitle;
                    fileTitle = "Version " + l.substring(6);
                    recoveryTitle = null;
                } else if (l.startsWith("autosaved ")) {
                    recoveryTitle = "Version " + l.substring(10);
                }
            }
        }

        void expectNoOffer() {
            assertTrue(snapshot().contains("recovery left false"), said());
            assertTrue(snapshot().stream().noneMatch(l -> l.startsWith("offered")), said());
        }

        /** The start offered the recovery of {@code title} and opened it as unsaved edits of {@code file}. */
        void expectRestored(String title, Path file) {
            List<String> s = snapshot();
            assertTrue(s.contains("recovery left true"), said());
            assertTrue(s.stream().anyMatch(l -> l.startsWith("offered Restore the unsaved edits of “" + title + "”")),
                    "the start offers the recovery of " + title + ": " + said());
            assertTrue(s.contains("restored " + title + " | dirty true | file " + file), "restored as unsaved edits: " + said());
        }

        int saves() {
            return (int) snapshot().stream().filter(l -> l.startsWith("saved ")).count();
        }

        int autosavesSinceSave() {
            int n = 0;
            for (String l : snapshot()) {
                if (l.startsWith("saved ")) n = 0;
                else if (l.startsWith("autosaved ")) n++;
            }
            return n;
        }

        /** True when the last thing the app said is that it began {@code what} ("saving", "autosaving"). */
        boolean writing(String what) {
            List<String> s = snapshot().stream().filter(l -> l.matches("(auto)?sav(ing|ed) \\d+")).toList();
            return !s.isEmpty() && s.get(s.size() - 1).startsWith(what + " ");
        }

        /** The title being written when the app was killed, if it was {@code what}. */
        String pending(String what) {
            List<String> s = snapshot().stream().filter(l -> l.matches("(auto)?sav(ing|ed) \\d+")).toList();
            String last = s.isEmpty() ? "" : s.get(s.size() - 1);
            return last.startsWith(what + " ") ? "Version " + last.substring(what.length() + 1) : "";
        }

        private List<String> snapshot() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        String said() {
            return String.join("\n", snapshot());
        }

        private String tail() {
            List<String> s = snapshot();
            return String.join(" / ", s.subList(Math.max(0, s.size() - 4), s.size()));
        }
    }
}
