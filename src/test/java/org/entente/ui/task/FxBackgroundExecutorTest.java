package org.entente.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.entente.ui.render.HeadlessFx;
import org.junit.jupiter.api.Test;

/**
 * The executor says it is busy for as long as any job runs: the status bar's progress, and anything waiting
 * for the work to be done (an autosave finished, a file written), rely on it.
 */
class FxBackgroundExecutorTest {

    /**
     * A job ends just as the next one is submitted: its "all done" message, still queued for the JavaFX
     * thread, must not say idle while the next job runs (it did, and a kill test took an autosave for
     * written when it was still being written).
     */
    @Test
    void staysBusyWhileTheNextJobRunsAfterOneEndsJustBeforeItWasSubmitted() throws Exception {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        CountDownLatch firstMayEnd = new CountDownLatch(1), secondMayEnd = new CountDownLatch(1), secondEnded = new CountDownLatch(1);
        List<Boolean> busyWhileSecondRuns = new CopyOnWriteArrayList<>();
        HeadlessFx.call(() -> {
            executor.submit("first", p -> {
                firstMayEnd.await();
                return null;
            }, r -> { }, t -> { });
            return null;
        });
        HeadlessFx.call(() -> {
            // on the JavaFX thread: the first job ends now, its message waits behind this runnable
            firstMayEnd.countDown();
            Thread.sleep(300);
            executor.submit("second", p -> {
                secondMayEnd.await();
                return null;
            }, r -> secondEnded.countDown(), t -> { });
            executor.busyProperty().addListener((o, was, now) -> busyWhileSecondRuns.add(now));
            return null;
        });
        // the queued messages are handled while the second job still runs
        Thread.sleep(300);
        HeadlessFx.call(() -> null);
        assertTrue(busyWhileSecondRuns.stream().allMatch(b -> b),
                "busy never turns false while the second job runs: " + busyWhileSecondRuns);
        assertEquals(Boolean.TRUE, HeadlessFx.call(() -> executor.busyProperty().get()), "busy while the second job runs");
        secondMayEnd.countDown();
        assertTrue(secondEnded.await(5, TimeUnit.SECONDS), "the second job ends");
        Thread.sleep(100);
        assertEquals(Boolean.FALSE, HeadlessFx.call(() -> executor.busyProperty().get()), "idle once every job has ended");
    }
}
