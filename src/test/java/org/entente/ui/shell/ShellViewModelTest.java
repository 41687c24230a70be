package org.entente.ui.shell;

import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.model.Dataset;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.BackgroundJob;
import org.entente.ui.task.ImmediateExecutor;
import org.entente.ui.task.JobHandle;
import org.entente.ui.task.ProgressSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, reloading and refusing files, without the toolkit. */
class ShellViewModelTest {

    @TempDir
    Path dir;

    private AppState state;
    private ShellViewModel shell;
    private Path good;
    private Path bad;

    static String fixture(String name) throws IOException {
        try (InputStream in = ShellViewModelTest.class.getResourceAsStream("/shell/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static AppState newState() {
        Clock clock = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new AppState(new GraphFilter(), clock);
    }

    @BeforeEach
    void setUp() throws IOException {
        state = newState();
        shell = new ShellViewModel(state, new DatasetLoader(), new ImmediateExecutor());
        good = Files.writeString(dir.resolve("small.json"), fixture("small.json"));
        bad = Files.writeString(dir.resolve("broken.json"), fixture("broken.json"));
    }

    @Test
    void openingAGoodFileReplacesTheDatasetAndRemembersTheFile() {
        shell.open(good);
        assertEquals("Small test world", state.getDataset().title());
        assertEquals(good, state.datasetFileProperty().get());
        assertNull(shell.failedLoadProperty().get());
        assertEquals("Small test world (small.json) — Entente", shell.windowTitleProperty().get());
        assertTrue(shell.statusProperty().get().startsWith("showing 6 of 6 actors, 4 of 5 relations"), shell.statusProperty().get());
    }

    @Test
    void openingABadFileKeepsTheDatasetAndFileAndReportsItsProblems() {
        shell.open(good);
        Dataset before = state.getDataset();
        shell.open(bad);
        assertSame(before, state.getDataset());
        assertEquals(good, state.datasetFileProperty().get());
        LoadResult failed = shell.failedLoadProperty().get();
        assertNotNull(failed);
        assertTrue(failed.hasErrors());
        assertTrue(failed.problems().get(0).format().contains("broken.json"), failed.problems().get(0).format());
        assertEquals("Small test world (small.json) — Entente", shell.windowTitleProperty().get());
    }

    @Test
    void reloadReadsTheEditedFileAgainAndKeepsTheSelection() throws IOException {
        shell.open(good);
        state.select(Selection.actor("japan"));
        Files.writeString(good, fixture("small.json").replace("Small test world", "Edited world"));
        shell.reload();
        assertEquals("Edited world", state.getDataset().title());
        assertEquals(Selection.actor("japan"), state.getSelection());
    }

    @Test
    void reloadAfterFixingABrokenFileLoadsIt() throws IOException {
        shell.open(good);
        shell.open(bad);
        Files.writeString(good, fixture("broken.json"));
        shell.reload();
        assertNotNull(shell.failedLoadProperty().get());
        assertEquals("Small test world", state.getDataset().title());
        Files.writeString(good, fixture("small.json").replace("Small test world", "Fixed world"));
        shell.reload();
        assertNull(shell.failedLoadProperty().get());
        assertEquals("Fixed world", state.getDataset().title());
    }

    @Test
    void aMissingFileIsAProblemNamingIt() {
        shell.open(good);
        shell.open(dir.resolve("nowhere.json"));
        assertEquals("Small test world", state.getDataset().title());
        String message = shell.failedLoadProperty().get().problems().get(0).format();
        assertTrue(message.contains("nowhere.json"), message);
    }

    @Test
    void droppingSomethingThatIsNotJsonIsRefusedWithAClearMessage() throws IOException {
        shell.open(good);
        Path picture = Files.writeString(dir.resolve("holiday.png"), "not a dataset");
        shell.openDropped(List.of(picture));
        assertEquals("Small test world", state.getDataset().title());
        String message = shell.failedLoadProperty().get().problems().get(0).message();
        assertTrue(message.contains("holiday.png is not a .json file"), message);
        assertTrue(message.contains("entente/1"), message);
        shell.openDropped(List.of(dir));
        assertTrue(shell.failedLoadProperty().get().problems().get(0).message().contains("is a folder"));
    }

    @Test
    void droppingSeveralFilesOpensTheFirstJsonOne() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        shell.openDropped(List.of(notes, good));
        assertEquals("Small test world", state.getDataset().title());
        assertNull(shell.failedLoadProperty().get());
    }

    @Test
    void theLastFileOpenedWinsEvenWhenAnEarlierLoadFinishesLater() throws IOException {
        QueuedExecutor queue = new QueuedExecutor();
        ShellViewModel slow = new ShellViewModel(state, new DatasetLoader(), queue);
        Path other = Files.writeString(dir.resolve("other.json"), fixture("small.json").replace("Small test world", "Other world"));
        slow.open(good);
        slow.open(other);
        assertTrue(slow.loadingProperty().get());
        queue.runLast();
        queue.runFirst();
        assertEquals("Other world", state.getDataset().title());
        assertFalse(slow.loadingProperty().get());
    }

    @Test
    void aFileWithOnlyWarningsOpensAndKeepsItsWarningsForTheStatusBar() throws IOException {
        Path odd = Files.writeString(dir.resolve("odd.json"), fixture("small.json").replace("\"kind\": \"place\"", "\"kind\": \"spaceport\""));
        shell.open(odd);
        assertNull(shell.failedLoadProperty().get());
        assertEquals(odd, state.datasetFileProperty().get());
        LoadResult loaded = shell.lastLoadProperty().get();
        assertEquals(1, loaded.warnings().size(), loaded.problems().toString());
        assertTrue(loaded.warnings().get(0).message().contains("spaceport"), loaded.warnings().get(0).message());
    }

    @Test
    void theWindowTitleIsTheAppNameAndTheStatusEmptyBeforeAnythingIsLoaded() {
        assertEquals("Entente", shell.windowTitleProperty().get());
        assertEquals("", shell.statusProperty().get());
    }

    /** Holds jobs until the test runs them, in any order. */
    private static final class QueuedExecutor implements BackgroundExecutor {
        private final List<Runnable> jobs = new ArrayList<>();

        @Override
        public <T> JobHandle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.add(() -> {
                try {
                    onSuccess.accept(job.run(ProgressSink.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return new JobHandle() {
                @Override public void cancel() { }
                @Override public boolean isCancelled() { return false; }
            };
        }

        void runFirst() { jobs.remove(0).run(); }

        void runLast() { jobs.remove(jobs.size() - 1).run(); }

        @Override public ReadOnlyBooleanProperty busyProperty() { return new ReadOnlyBooleanWrapper().getReadOnlyProperty(); }
        @Override public ReadOnlyDoubleProperty progressProperty() { return new ReadOnlyDoubleWrapper().getReadOnlyProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return new ReadOnlyStringWrapper().getReadOnlyProperty(); }
    }
}
