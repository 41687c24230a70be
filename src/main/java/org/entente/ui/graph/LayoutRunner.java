package org.entente.ui.graph;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.entente.logic.layout.GraphLayouter;
import org.entente.logic.layout.LayoutInput;
import org.entente.logic.layout.LayoutResult;
import org.entente.logic.layout.LayoutSettings;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.JobHandle;
import org.entente.ui.task.StartupTrace;

/**
 * Runs the graph layout in the background, one job at a time: a new job cancels the one before, the
 * positions found so far are handed over frame by frame, and only the latest job's result counts.
 */
final class LayoutRunner {

    private final BackgroundExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "layoutRunning");
    private volatile int generation;
    private volatile double[][] pending;
    private JobHandle job;

    LayoutRunner(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Starts laying out {@code in}; {@code done} gets the result unless a newer job started meanwhile. */
    void start(LayoutInput in, LayoutSettings settings, Consumer<LayoutResult> done) {
        int gen = ++generation;
        if (job != null) job.cancel();
        running.set(true);
        job = executor.submit("Laying out the graph", progress -> GraphLayouter.layout(in, settings, (f, x, y) -> {
            if (gen != generation) return false;
            if (f == 0) StartupTrace.mark(() -> "layout: first positions of " + in.size() + " actors");
            pending = new double[][] {x.clone(), y.clone()};
            progress.update(f, null);
            return !progress.isCancelled();
        }), result -> {
            StartupTrace.mark("layout: done");
            if (gen != generation) return;
            pending = null;
            done.accept(result);
        }, error -> {
            if (gen == generation) running.set(false);
        });
    }

    /** The positions found so far for {@code n} nodes, once; null when there are none new. */
    double[][] takePending(int n) {
        double[][] p = pending;
        if (p == null || p[0].length != n) return null;
        pending = null;
        return p;
    }

    /** The layout's result has been taken in. */
    void stopped() {
        running.set(false);
    }

    boolean isRunning() { return running.get(); }

    ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
}
