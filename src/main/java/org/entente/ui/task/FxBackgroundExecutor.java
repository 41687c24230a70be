package org.entente.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The app's executor: a small pool of daemon threads, results and progress delivered on the JavaFX thread. */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "entente-background");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    @Override
    public <T> JobHandle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        JobHandle handle = new JobHandle() {
            @Override public void cancel() { cancelled.set(true); }
            @Override public boolean isCancelled() { return cancelled.get(); }
        };
        ProgressSink sink = new ProgressSink() {
            @Override
            public void update(double fraction, String text) {
                Platform.runLater(() -> {
                    progress.set(fraction);
                    message.set(text == null ? title : title + ": " + text);
                });
            }

            @Override
            public boolean isCancelled() { return cancelled.get(); }
        };
        running.incrementAndGet();
        Platform.runLater(() -> {
            busy.set(true);
            progress.set(-1);
            message.set(title);
        });
        pool.submit(() -> {
            try {
                T result = job.run(sink);
                Platform.runLater(() -> {
                    if (!cancelled.get()) onSuccess.accept(result);
                });
            } catch (Throwable t) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) onFailure.accept(t);
                });
            } finally {
                running.decrementAndGet();
                // idle only if no job runs when this reaches the JavaFX thread: one submitted since (while this
                // waited in the queue) keeps the executor busy
                Platform.runLater(() -> {
                    if (running.get() == 0) {
                        busy.set(false);
                        message.set("");
                        progress.set(0);
                    }
                });
            }
        });
        return handle;
    }

    @Override public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    @Override public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    @Override public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
