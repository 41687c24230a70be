package org.entente.ui.startup;

import java.io.PrintStream;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.IntConsumer;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.util.Duration;

import org.entente.ui.graph.GraphView;
import org.entente.ui.task.StartupTrace;

/**
 * Quits the app once the first frame showing the graph is painted, printing how long that took since the
 * process started: the start-up measure users feel, taken on the real app. A dataset that fails to load,
 * or a graph that never appears within the time limit, exits with 1 so a script notices.
 */
public final class FirstFrameExit {

    /** The line printed when the graph is up; {@code bench --startup} reads the number after it. */
    public static final String MARK = "first graph frame after ms: ";

    private static final int LIMIT_SECONDS = 60;

    private final PrintStream out;
    private final IntConsumer exit;
    private final Instant processStart;

    /**
     * @param exit ends the process with the given code (tests pass a recorder)
     * @param processStart when the process started; the time is counted from there
     */
    public FirstFrameExit(PrintStream out, IntConsumer exit, Instant processStart) {
        this.out = out;
        this.exit = exit;
        this.processStart = processStart;
    }

    /** When the current process started, or now when the system does not say. */
    public static Instant processStart() {
        return ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    }

    /**
     * Watches {@code painted} (the graph view's first-frame flag) and {@code failure} (a failed load, null
     * while none, told in words by {@code describe}): whichever comes first ends the process; after
     * {@code limit} it gives up.
     */
    public <T> void watch(ObservableBooleanValue painted, ObservableValue<T> failure, Function<T, String> describe,
                          Duration limit) {
        painted.addListener((obs, was, now) -> {
            if (now) done();
        });
        failure.addListener((obs, was, now) -> {
            if (now != null) fail("the dataset did not open: " + describe.apply(now));
        });
        PauseTransition timeout = new PauseTransition(limit);
        timeout.setOnFinished(e -> fail("no graph frame within " + (long) limit.toSeconds() + " s"));
        timeout.play();
        if (painted.get()) done();
    }

    /** Watches the graph view in {@code scene}; see {@link #watch(ObservableBooleanValue, ObservableValue, Function, Duration)}. */
    public <T> void watch(Scene scene, ObservableValue<T> failure, Function<T, String> describe) {
        GraphView graph = (GraphView) scene.lookup("#graph-view");
        watch(graph.viewModel().graphPaintedProperty(), failure, describe, Duration.seconds(LIMIT_SECONDS));
    }

    private void done() {
        long ms = java.time.Duration.between(processStart, Instant.now()).toMillis();
        out.println(MARK + ms);
        out.flush();
        StartupTrace.threads();
        exit.accept(0);
    }

    private void fail(String why) {
        out.println("entente: " + why);
        out.flush();
        exit.accept(1);
    }
}
