package org.entente.ui.shell;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.model.Dataset;
import org.entente.ui.task.BackgroundExecutor;

/**
 * The shell's commands (open, reload, load bundled) and the status line. Loading runs in the background;
 * a file with errors leaves the current dataset in place and publishes its problems for the dialog.
 */
public final class ShellViewModel {

    private final AppState state;
    private final DatasetLoader loader;
    private final BackgroundExecutor executor;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<LoadResult> failedLoad = new ReadOnlyObjectWrapper<>(this, "failedLoad");

    public ShellViewModel(AppState state, DatasetLoader loader, BackgroundExecutor executor) {
        this.state = state;
        this.loader = loader;
        this.executor = executor;
        state.visibleGraphProperty().addListener((obs, old, now) -> updateStatus());
        updateStatus();
    }

    /** Loads the bundled dataset. */
    public void openBundled() {
        executor.submit("Loading the bundled dataset", p -> loader.loadBundled(), r -> accept(r, null), this::fail);
    }

    /** Loads a file; on errors the current dataset stays and {@link #failedLoadProperty()} is set. */
    public void open(Path file) {
        executor.submit("Loading " + file.getFileName(), p -> loader.load(file), r -> accept(r, file), this::fail);
    }

    /** Loads the current file again (the bundled dataset when none was opened). */
    public void reload() {
        Path file = state.datasetFileProperty().get();
        if (file == null) openBundled(); else open(file);
    }

    private void accept(LoadResult result, Path file) {
        if (result.hasErrors() || result.dataset().isEmpty()) {
            failedLoad.set(result);
            return;
        }
        failedLoad.set(null);
        state.datasetFileProperty().set(file);
        state.datasetProperty().set(result.dataset().get());
    }

    private void fail(Throwable t) {
        failedLoad.set(new LoadResult("dataset", java.util.Optional.empty(),
                List.of(new Problem("dataset", 0, 0, "", org.entente.logic.load.Severity.ERROR,
                        "could not load: " + t.getMessage()))));
    }

    private void updateStatus() {
        Dataset d = state.getDataset();
        VisibleGraph v = state.getVisibleGraph();
        status.set(String.format("showing %d of %d actors, %d of %d relations · %d events · %d sources",
                v.actorCount(), d.actors().size(), v.relationCount(), d.relations().size(),
                d.events().size(), d.sources().size()));
    }

    /** "showing N of M actors, K of L relations ...". */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The last load that failed, for the problems dialog; null after a successful load. */
    public ReadOnlyObjectProperty<LoadResult> failedLoadProperty() { return failedLoad.getReadOnlyProperty(); }
}
