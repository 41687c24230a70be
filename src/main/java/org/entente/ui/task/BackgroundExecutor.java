package org.entente.ui.task;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs long work off the JavaFX thread and hands the result back on it, while exposing what is running
 * so the status bar can show progress. Tests use {@link ImmediateExecutor}, which runs everything at once
 * on the calling thread.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code job} in the background; {@code onSuccess} or {@code onFailure} is then called on the
     * JavaFX thread (neither when cancelled).
     */
    <T> JobHandle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any job runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** Progress of the latest job, 0 to 1, or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** Title and message of the latest job. */
    ReadOnlyStringProperty messageProperty();
}
