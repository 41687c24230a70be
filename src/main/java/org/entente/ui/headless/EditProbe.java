package org.entente.ui.headless;

import java.time.Clock;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import org.entente.logic.edit.Edit;
import org.entente.logic.filter.GraphFilter;
import org.entente.model.Dataset;
import org.entente.ui.graph.GraphViewModel;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.BackgroundJob;
import org.entente.ui.task.JobHandle;

/**
 * For {@code bench --edit}: the shared state and the graph view's model over a dataset, so that the time
 * from an edit to views that are up to date can be measured without a window. The layout the graph starts
 * after an edit is queued, not run: in the app it runs off the JavaFX thread.
 */
public final class EditProbe {

    private final AppState state = new AppState(new GraphFilter(), Clock.systemUTC());
    private final GraphViewModel graph;
    private final long generation;
    private final int pictures;

    public EditProbe(Dataset d) {
        state.asOfProperty().set(null);
        state.datasetProperty().set(d);
        graph = new GraphViewModel(state, new Deferred());
        generation = state.datasetGeneration();
        pictures = graph.picturesBuilt();
    }

    public Dataset dataset() { return state.getDataset(); }

    /** Applies {@code edit} as the app does and returns the milliseconds until the views were current. */
    public double apply(Edit edit) {
        long t0 = System.nanoTime();
        state.applyEdit(edit.applyTo(state.getDataset()), edit.change().removed(), edit.change().touched());
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * True when no edit made the views start over: the same dataset generation, and the graph's picture
     * patched by every edit, never built again from scratch.
     */
    public boolean noFullRebuild() {
        return state.datasetGeneration() == generation && graph.snapshot() != null && graph.picturesBuilt() == pictures;
    }

    /** Background work (the layout) is queued, not run; like the app's, a new layout job replaces the one before. */
    private static final class Deferred implements BackgroundExecutor {
        Object queued;

        @Override
        public <T> JobHandle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued = job;
            return new JobHandle() {
                @Override public void cancel() { }
                @Override public boolean isCancelled() { return false; }
            };
        }

        @Override public ReadOnlyBooleanProperty busyProperty() { return new SimpleBooleanProperty(); }
        @Override public ReadOnlyDoubleProperty progressProperty() { return new SimpleDoubleProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return new SimpleStringProperty(); }
    }
}
