package org.entente.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.ui.graph.GraphViewModel;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.BackgroundJob;
import org.entente.ui.task.JobHandle;

/**
 * {@code bench --edit}: one edit (rename an actor, then delete one with its ties) on the 10,000 / 50,000
 * synthetic dataset, timed from the command to the views being up to date: the next dataset made, the
 * shared state's visible graph recomputed, the graph view's picture rebuilt with every position kept (its
 * layout then moves on in the background, which is not counted: it runs off the JavaFX thread). Goal: under
 * 100 ms, no full rebuild (the graph keeps its dataset generation and positions).
 */
final class EditBench {

    private EditBench() {
    }

    static String run(boolean quick, PrintStream out) {
        int actors = quick ? 60 : 10_000;
        int ties = quick ? 150 : 50_000;
        Dataset d = SyntheticDataset.generate(actors, ties, quick ? 100 : 5_000, 42);
        AppState state = new AppState(new GraphFilter(), Clock.systemUTC());
        state.asOfProperty().set(null);
        state.datasetProperty().set(d);
        GraphViewModel graph = new GraphViewModel(state, new Deferred());
        long generation = state.datasetGeneration();
        int runs = quick ? 3 : 9;
        double[] rename = new double[runs];
        double[] delete = new double[runs];
        for (int i = 0; i < runs; i++) {
            Actor a = state.getDataset().actors().get(i * 7 % state.getDataset().actors().size());
            rename[i] = time(state, DatasetEdits.changeActor(state.getDataset(), new Actor(a.id(), a.name() + " (renamed)", a.kind(),
                    a.aliases(), a.region(), a.summary(), a.start(), a.end(), a.note(), a.figures(), a.sources(), a.shortName())));
            Actor b = state.getDataset().actors().get((i * 13 + 5) % state.getDataset().actors().size());
            delete[i] = time(state, DatasetEdits.deleteActors(state.getDataset(), List.of(b.id())));
        }
        if (state.datasetGeneration() != generation || graph.snapshot() == null) {
            throw new IllegalStateException("an edit rebuilt the views from scratch");
        }
        double r = median(rename);
        double x = median(delete);
        out.printf(Locale.ROOT, "edit %d actors %d ties: rename an actor %.1f ms, delete an actor with its ties %.1f ms (median of %d; goal < 100 ms)%n",
                actors, ties, r, x, runs);
        return String.format(Locale.ROOT, "{\"name\": \"edit-%dx%d\", \"rename_ms\": %.1f, \"delete_ms\": %.1f, \"runs\": %d}",
                actors, ties, r, x, runs);
    }

    private static double time(AppState state, Edit edit) {
        long t0 = System.nanoTime();
        state.applyEdit(edit.applyTo(state.getDataset()), edit.change().removed());
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Background work (the layout) is queued, not run: it is off the JavaFX thread in the app. */
    private static final class Deferred implements BackgroundExecutor {
        final List<Object> queued = new ArrayList<>();

        @Override
        public <T> JobHandle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(job);
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
