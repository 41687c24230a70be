package org.entente.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code --first-frame-and-exit} ends the app with 0 and the time once the graph is painted, and with 1
 * and a reason when the dataset fails to open or no graph appears in time: a script can trust its exit code.
 */
class FirstFrameExitTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final SimpleBooleanProperty painted = new SimpleBooleanProperty();
    private final SimpleObjectProperty<String> failure = new SimpleObjectProperty<>();

    private FirstFrameExit watcher(Instant start) {
        return new FirstFrameExit(new PrintStream(out, true, StandardCharsets.UTF_8), exits::add, start);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePaintedGraphEndsTheAppWithZeroAndTheTimeSinceTheProcessStarted() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> watcher(Instant.now().minusMillis(1500)).watch(painted, failure, f -> f, Duration.seconds(30))).get();
        assertTrue(exits.isEmpty(), "nothing ends before the graph is painted");
        WaitForAsyncUtils.asyncFx(() -> painted.set(true)).get();
        assertEquals(List.of(0), exits);
        long ms = Long.parseLong(printed().strip().substring(FirstFrameExit.MARK.length()));
        assertTrue(ms >= 1500 && ms < 60_000, printed());
    }

    @Test
    void aDatasetThatFailsToOpenEndsTheAppWithOneAndSaysWhy() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> watcher(Instant.now()).watch(painted, failure, f -> "in " + f, Duration.seconds(30))).get();
        WaitForAsyncUtils.asyncFx(() -> failure.set("broken.entente:3:7: expected a value")).get();
        assertEquals(List.of(1), exits);
        assertTrue(printed().contains("the dataset did not open: in broken.entente:3:7: expected a value"), printed());
    }

    @Test
    void aGraphThatNeverAppearsEndsTheAppWithOneAfterTheLimit() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> watcher(Instant.now()).watch(painted, failure, f -> f, Duration.millis(200))).get();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !exits.isEmpty());
        assertEquals(List.of(1), exits);
        assertTrue(printed().contains("no graph frame within"), printed());
    }
}
