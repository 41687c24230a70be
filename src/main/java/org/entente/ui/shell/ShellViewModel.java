package org.entente.ui.shell;

import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.logic.load.Severity;
import org.entente.model.Dataset;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.StartupTrace;

/**
 * The shell's commands (open, open dropped files, reload, open the bundled dataset) and what the window
 * frame shows (title, status line, loading flag). Loading runs in the background; a file with errors
 * leaves the current dataset in place and publishes its problems for the dialog, so a user's mistake
 * never costs the work they had open. When the loader could build the file all the same (a dataset saved
 * with errors: work in progress), the dialog offers to open it to fix ({@link #openToFix}), and
 * {@link #remainingErrors()} then keeps count of the errors left.
 */
public final class ShellViewModel {

    private static final String APP = "Entente";

    private final AppState state;
    private final DatasetLoader loader;
    private final BackgroundExecutor executor;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", APP);
    private final ReadOnlyObjectWrapper<LoadResult> failedLoad = new ReadOnlyObjectWrapper<>(this, "failedLoad");
    private final ReadOnlyObjectWrapper<LoadResult> lastLoad = new ReadOnlyObjectWrapper<>(this, "lastLoad");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private int generation;
    private final RemainingErrors remaining;
    /** The failed load that may be opened to fix, with where it was read from; null when none. */
    private Pending pending;

    private record Pending(LoadResult result, Path file, boolean keepSelection) {
    }
    private final javafx.beans.property.BooleanProperty dirty = new javafx.beans.property.SimpleBooleanProperty(this, "dirty");
    private java.util.function.BooleanSupplier mayReplace = () -> true;

    public ShellViewModel(AppState state, DatasetLoader loader, BackgroundExecutor executor) {
        this.state = state;
        this.loader = loader;
        this.executor = executor;
        this.remaining = new RemainingErrors(state, executor, new org.entente.logic.edit.ModelCheck());
        state.visibleGraphProperty().addListener((obs, old, now) -> updateStatus());
        state.datasetFileProperty().addListener(obs -> updateTitle());
        state.datasetProperty().addListener(obs -> updateTitle());
        dirty.addListener(obs -> updateTitle());
        updateStatus();
        updateTitle();
    }

    /**
     * Something the user should know that belongs to no dialog (settings that cannot be stored), shown in
     * the status bar until the next notice; "" for none.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows {@code text} in the status bar (see {@link #noticeProperty()}). */
    public void notice(String text) {
        notice.set(text == null ? "" : text);
    }

    /** Loads the bundled dataset. */
    public void openBundled() {
        if (!mayReplace.getAsBoolean()) return;
        load("Loading the bundled dataset", loader::loadBundled, null, false);
    }

    /** Loads a file; on errors the current dataset stays and {@link #failedLoadProperty()} is set. */
    public void open(Path file) {
        if (!mayReplace.getAsBoolean()) return;
        load("Loading " + file.getFileName(), () -> loader.load(file), file, false);
    }

    /**
     * Opens the first {@code .json} file of those dropped on the window. Anything else is refused with a
     * message saying what Entente opens, through the same problems dialog as a bad file.
     */
    public void openDropped(List<Path> files) {
        Optional<Path> json = files.stream().filter(ShellViewModel::isJson).findFirst();
        if (json.isPresent()) {
            open(json.get());
            return;
        }
        String name = files.isEmpty() ? "the dropped item" : files.get(0).toString();
        String what = !files.isEmpty() && Files.isDirectory(files.get(0)) ? "is a folder" : "is not a .json file";
        failedLoad.set(new LoadResult(name, Optional.empty(), List.of(new Problem(name, 0, 0, "", Severity.ERROR,
                name + " " + what + ": Entente opens datasets saved as .json files in the entente/1 format"
                        + " (see seeds/README.md)"))));
    }

    static boolean isJson(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                && !Files.isDirectory(file);
    }

    /**
     * Loads the current file again (the bundled dataset when none was opened), keeping the selection when
     * the selected item is still there: a curator fixing a typo stays on the item they were checking.
     */
    public void reload() {
        if (!mayReplace.getAsBoolean()) return;
        Path file = state.datasetFileProperty().get();
        if (file == null) {
            load("Reloading the bundled dataset", loader::loadBundled, null, true);
        } else {
            load("Reloading " + file.getFileName(), () -> loader.load(file), file, true);
        }
    }

    private interface Load {
        LoadResult run();
    }

    private void load(String title, Load job, Path file, boolean keepSelection) {
        int mine = ++generation;
        loading.set(true);
        executor.submit(title, p -> {
            StartupTrace.mark("dataset: reading");
            LoadResult read = job.run();
            StartupTrace.mark("dataset: read");
            return read;
        }, r -> {
            if (mine == generation) accept(r, file, keepSelection);
        }, t -> {
            if (mine == generation) fail(file, t);
        });
    }

    private void accept(LoadResult result, Path file, boolean keepSelection) {
        loading.set(false);
        if (result.hasErrors() || result.dataset().isEmpty()) {
            pending = result.toFix().isPresent() ? new Pending(result, file, keepSelection) : null;
            failedLoad.set(result);
            return;
        }
        pending = null;
        show(result, result.dataset().get(), file, keepSelection);
    }

    /**
     * Opens the file of the last failed load although it has errors, as the loader could build it, so that
     * the user can fix it in the app (the answer "Open to fix" of the problems dialog). The status bar then
     * says how many errors remain. False when that load cannot be opened (it was not the last, or not buildable).
     */
    public boolean openToFix(LoadResult result) {
        Pending p = pending;
        if (p == null || p.result() != result) return false;
        pending = null;
        show(result, result.openable().orElseThrow(), p.file(), p.keepSelection());
        remaining.start(result.errors(), false);
        return true;
    }

    /** The errors left in a dataset opened to fix (also after a recovery with errors is restored). */
    public RemainingErrors remainingErrors() { return remaining; }

    private void show(LoadResult result, Dataset dataset, Path file, boolean keepSelection) {
        failedLoad.set(null);
        Selection selected = state.getSelection();
        StartupTrace.mark("dataset: showing");
        state.batch(() -> {
            state.datasetFileProperty().set(file);
            state.datasetProperty().set(dataset);
            if (keepSelection && contains(dataset, selected)) state.select(selected);
        });
        StartupTrace.mark("dataset: shown");
        lastLoad.set(result);
    }

    private static boolean contains(Dataset d, Selection s) {
        return switch (s.kind()) {
            case NONE -> false;
            case ACTOR -> d.actor(s.id()).isPresent();
            case RELATION -> d.relation(s.id()).isPresent();
            case EVENT -> d.event(s.id()).isPresent();
        };
    }

    private void fail(Path file, Throwable t) {
        loading.set(false);
        pending = null;
        String name = file == null ? "the bundled dataset" : file.toString();
        String why = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        failedLoad.set(new LoadResult(name, Optional.empty(),
                List.of(new Problem(name, 0, 0, "", Severity.ERROR, "could not load " + name + ": " + why))));
    }

    private void updateStatus() {
        Dataset d = state.getDataset();
        VisibleGraph v = state.getVisibleGraph();
        if (d.actors().isEmpty() && d.relations().isEmpty() && d.events().isEmpty()) {
            status.set("");
            return;
        }
        status.set(String.format("showing %d of %d actors, %d of %d relations · %d events · %d sources",
                v.actorCount(), d.actors().size(), v.relationCount(), d.relations().size(),
                d.events().size(), d.sources().size()));
    }

    private void updateTitle() {
        Path file = state.datasetFileProperty().get();
        String title = state.getDataset().title();
        boolean empty = state.getDataset().actors().isEmpty() && state.getDataset().sources().isEmpty() && file == null;
        String mark = dirty.get() ? "• " : "";
        if (empty || title == null || title.isBlank()) {
            windowTitle.set(mark + (file == null ? APP : file.getFileName() + " — " + APP));
        } else {
            windowTitle.set(mark + title + (file == null ? "" : " (" + file.getFileName() + ")") + " — " + APP);
        }
    }

    /** True when the open dataset has unsaved edits: the title then starts with "• ". */
    public javafx.beans.property.BooleanProperty dirtyProperty() { return dirty; }

    /**
     * Asked before Open, Reload and the bundled dataset replace the open one ("Save changes to …?"); false
     * keeps the open dataset.
     */
    public void setMayReplace(java.util.function.BooleanSupplier ask) { this.mayReplace = ask; }

    /** "showing N of M actors, K of L relations · E events · S sources"; empty while nothing is loaded. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** "Dataset title (file.json) — Entente", for the window's title bar. */
    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }

    /** The last load that failed, for the problems dialog; null after a successful load. */
    public ReadOnlyObjectProperty<LoadResult> failedLoadProperty() { return failedLoad.getReadOnlyProperty(); }

    /** The last load that succeeded, with its warnings; null before the first. */
    public ReadOnlyObjectProperty<LoadResult> lastLoadProperty() { return lastLoad.getReadOnlyProperty(); }

    /** True from the start of a load until its result (good or bad) is in. */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
}
