package org.entente.ui.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;

/**
 * Starts JavaFX without a window system for the headless commands (export, bench), using the Monocle
 * headless platform and the software renderer, and runs work on the JavaFX thread. Safe to call when the
 * toolkit is already running (as in the UI tests).
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    /** Starts the toolkit once, headless unless a platform was chosen already. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        choosePlatform();
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /**
     * Chooses the Monocle headless platform and the software renderer unless a platform was chosen
     * already; takes effect only before the toolkit starts (the window's {@code --headless} flag uses it).
     */
    public static void choosePlatform() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", "1920x1200-32");
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    public static <T> T call(Callable<T> work) throws Exception {
        start();
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) throw ex;
            throw new RuntimeException(cause);
        }
    }
}
