package org.entente.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench --startup}: how long a user waits from starting Entente to seeing the graph. It starts the
 * app in fresh processes, headless, on the bundled dataset with {@code --first-frame-and-exit}, and takes
 * the time from starting the process to the line the app prints when the first graph frame is painted;
 * the median of several runs, for the runnable jar and for the installed-style app image.
 */
final class StartupBench {

    /** The line the app prints once the graph is painted (see {@code FirstFrameExit.MARK}). */
    static final String MARK = "first graph frame after ms: ";
    static final List<String> FLAGS = List.of("--headless", "--first-frame-and-exit");

    /** One way to start the app: a name for the report and the command line. */
    record Target(String name, List<String> command) {
    }

    /** One measured target: every run's time and their median. */
    record Result(String name, List<Long> runsMs, long medianMs) {
        String json() {
            return String.format(Locale.ROOT, "{\"name\": \"%s\", \"startup_ms\": %d, \"runs_ms\": %s}", name, medianMs, runsMs);
        }
    }

    private StartupBench() {
    }

    /**
     * The targets found from where this program runs: the jar it was started from (or its class path) with
     * the same {@code java}, and the app image next to it ({@code target/installer/image}) when there is one,
     * or {@code image} when given.
     */
    static List<Target> targets(Optional<Path> image) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Target> targets = new ArrayList<>();
        Optional<Path> jar = runningJar();
        List<String> jarCommand = new ArrayList<>(List.of(java));
        if (jar.isPresent()) {
            jarCommand.addAll(List.of("-jar", jar.get().toString()));
        } else {
            jarCommand.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.entente.Launcher"));
        }
        jarCommand.addAll(FLAGS);
        targets.add(new Target("startup-jar", jarCommand));
        Optional<Path> launcher = image.or(() -> jar.map(j -> j.toAbsolutePath().getParent().resolve("installer/image/Entente/bin/Entente")));
        launcher.filter(Files::isExecutable).ifPresent(l -> {
            List<String> c = new ArrayList<>(List.of(l.toString()));
            c.addAll(FLAGS);
            targets.add(new Target("startup-app-image", c));
        });
        return targets;
    }

    /** Runs {@code target} {@code runs} times (plus one unmeasured warm-up for the file cache). */
    static Result measure(Target target, int runs, PrintStream out) throws IOException, InterruptedException {
        once(target);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) times.add(once(target));
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        long median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        out.printf(Locale.ROOT, "%-24s startup %6d ms to the first graph frame (median of %d: %s)%n",
                target.name(), median, runs, times);
        return new Result(target.name(), times, median);
    }

    private static long once(Target target) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(target.command()).redirectErrorStream(true).start();
        Long ms = null;
        StringBuilder said = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (ms == null && line.startsWith(MARK)) ms = (System.nanoTime() - t0) / 1_000_000;
                else if (said.length() < 2000) said.append(line).append('\n');
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(target.name() + " did not end within 120 s");
        }
        if (p.exitValue() != 0 || ms == null) {
            throw new IOException(target.name() + " (" + String.join(" ", target.command()) + ") exited with "
                    + p.exitValue() + " without painting the graph: " + said.toString().strip());
        }
        return ms;
    }

    private static Optional<Path> runningJar() {
        try {
            Path p = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
