package org.entente.ui.task;

/** A submitted job, which the user may cancel. */
public interface JobHandle {
    void cancel();

    boolean isCancelled();
}
