package org.entente.ui.task;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Marks the steps of start-up on standard error when the app runs with {@code -Dentente.startup.trace=true}:
 * how many milliseconds after the process started each step was reached, and on which thread. It is how
 * the work before the first graph frame was measured (and is measured again after a change); off, each mark
 * costs one test of a constant.
 */
public final class StartupTrace {

    /** The system property that turns the marks on. */
    public static final String PROPERTY = "entente.startup.trace";

    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final Instant START = ON ? ProcessHandle.current().info().startInstant().orElseGet(Instant::now) : null;

    private StartupTrace() {
    }

    /** Prints "startup-trace  N ms  [thread]  what" when tracing is on. */
    public static void mark(String what) {
        if (ON) print(System.err, what);
    }

    /** Like {@link #mark(String)}, for a description that costs something to work out. */
    public static void mark(java.util.function.Supplier<String> what) {
        if (ON) print(System.err, what.get());
    }

    /**
     * When tracing, also lists the processor time each thread of the process used so far, the busiest first
     * (Linux only: read from /proc): the JavaFX thread's share against the compiler's and the collector's.
     */
    public static void threads() {
        if (!ON) return;
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) return;
        java.util.Map<String, Long> ms = new java.util.TreeMap<>();
        try (var dirs = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path t : dirs.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ms.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return;
        }
        ms.entrySet().stream().filter(e -> e.getValue() > 0).sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.err.printf("startup-trace   thread cpu %6d ms  %s%n", e.getValue(), e.getKey()));
    }

    private static void print(PrintStream err, String what) {
        long process = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        err.printf("startup-trace %6d ms  (cpu %5d ms)  [%s]  %s%n",
                Duration.between(START, Instant.now()).toMillis(), process, Thread.currentThread().getName(), what);
    }
}
