package org.entente.ui.export;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;

/**
 * Runs a piece of drawing on the JavaFX thread and waits for it, so a background export can draw and
 * snapshot one tile at a time without freezing the window between tiles.
 */
@FunctionalInterface
public interface FxCaller {

    <T> T call(Callable<T> work) throws Exception;

    /** Uses the running toolkit: direct on the FX thread, else hand over and wait. */
    FxCaller RUNNING = new FxCaller() {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            if (Platform.isFxApplicationThread()) return work.call();
            FutureTask<T> task = new FutureTask<>(work);
            Platform.runLater(task);
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception ex) throw ex;
                throw new IllegalStateException(e.getCause());
            }
        }
    };
}
