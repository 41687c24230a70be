package org.entente.ui.task;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs jobs at once on the calling thread: for view-model tests and headless command-line use. */
public final class ImmediateExecutor implements BackgroundExecutor {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Override
    public <T> JobHandle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        JobHandle handle = new JobHandle() {
            @Override public void cancel() { }
            @Override public boolean isCancelled() { return false; }
        };
        T result;
        try {
            result = job.run(ProgressSink.NONE);
        } catch (Throwable t) {
            onFailure.accept(t);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    @Override public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    @Override public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
