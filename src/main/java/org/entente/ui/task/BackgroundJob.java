package org.entente.ui.task;

/** Long work (loading, layout, export) that must not run on the JavaFX thread. */
@FunctionalInterface
public interface BackgroundJob<T> {
    T run(ProgressSink progress) throws Exception;
}
