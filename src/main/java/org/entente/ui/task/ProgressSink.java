package org.entente.ui.task;

/** What a background job reports its progress to, and asks whether it should stop. */
public interface ProgressSink {

    /** @param fraction 0 to 1, or negative when unknown */
    void update(double fraction, String message);

    boolean isCancelled();

    /** A sink that ignores progress and is never cancelled. */
    ProgressSink NONE = new ProgressSink() {
        @Override public void update(double fraction, String message) { }
        @Override public boolean isCancelled() { return false; }
    };
}
