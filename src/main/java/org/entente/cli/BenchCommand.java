package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.layout.LayoutResult;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Dataset;
import org.entente.ui.headless.HeadlessPictures;

/**
 * {@code bench}: measures what users feel (load time, layout time, frame times of the graph and the
 * timeline) on the bundled dataset and on synthetic datasets of growing size, headless, so speed is a
 * number the project can track rather than an impression.
 */
public final class BenchCommand implements Command {

    /** One benchmark case: a name and the synthetic sizes (actors 0 means the bundled dataset). */
    record Case(String name, int actors, int relations, int events) {
        boolean bundled() { return actors == 0; }
    }

    static final List<Case> FULL = List.of(
            new Case("bundled", 0, 0, 0),
            new Case("synthetic-2000x10000", 2000, 10000, 2000),
            new Case("synthetic-10000x50000", 10000, 50000, 5000),
            new Case("synthetic-events-20000", 500, 2000, 20000));
    static final List<Case> QUICK = List.of(new Case("synthetic-quick", 60, 150, 100));

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    private final HeadlessPictures ui;

    /** @param ui lays out and draws the views headless, and times their frames */
    public BenchCommand(HeadlessPictures ui) {
        this.ui = ui;
    }

    @Override public String name() { return "bench"; }

    @Override public String summary() { return "measure load, layout and frame times, headless"; }

    @Override
    public String help() {
        return """
                Usage: java -jar entente.jar bench [--json] [--quick] [--frames N]
                       java -jar entente.jar bench --startup [--json] [--runs N] [--image LAUNCHER]

                Measures, for the bundled dataset and synthetic datasets of 2,000 actors / 10,000 ties,
                10,000 / 50,000 and one with 20,000 events: the time to load the file, to lay the graph
                out until it settles, and the median time to draw one frame of the graph and of the
                timeline (1600 x 1000, headless). Graph frames alternate the whole graph and zoomed-in
                views; the medians of each kind are given too. Each synthetic dataset is generated to a
                temporary file first, then loaded like any other file.

                  --json       end with one line holding a JSON object {"cases": [...]}
                  --quick      a single tiny case (a smoke test)
                  --frames N   frames drawn per view (default 30; 3 with --quick)
                  --startup    instead: start the app headless in fresh processes (this jar, and the
                               app image in target/installer/image when it is there) and report
                               startup_ms, the median time from starting to the first graph frame
                  --runs N     processes started per target with --startup (default 5)
                  --import     instead: import a generated 100,000-row ties CSV between 10,000 actors
                               and report the time and the heap in use (goal: under 3 s, under 1 GB)
                  --image L    the app image's launcher to measure (bin/Entente)
                  --edit       instead: one edit (rename, delete an actor with its ties) on the 10,000 /
                               50,000 dataset, until the views are up to date (goal: under 100 ms)

                Exit codes: 0 measured, 1 a case failed, 2 wrong arguments.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o;
        int frames;
        try {
            o = Options.parse(args, Set.of("--frames", "--runs", "--image"), Set.of("--json", "--quick", "--startup", "--import", "--edit"));
            if (o.flag("--edit")) return editCase(o.flag("--quick"), o.flag("--json"), out, err);
            if (o.flag("--import")) return importCase(o.flag("--quick"), o.flag("--json"), out, err);
            frames = o.count("--frames", o.flag("--quick") ? 3 : 30, 10_000);
            if (o.flag("--startup")) return startup(o, Math.max(1, o.count("--runs", 5, 100)), out, err);
        } catch (Options.UsageException e) {
            err.println("bench: " + e.getMessage());
            return USAGE;
        }
        List<String> json = new ArrayList<>();
        for (Case c : o.flag("--quick") ? QUICK : FULL) {
            try {
                json.add(measure(c, frames, out));
            } catch (Exception e) {
                err.println("bench: case " + c.name() + " failed: " + e.getMessage());
                return FAILED;
            }
        }
        if (o.flag("--json")) out.println("{\"cases\": [" + String.join(", ", json) + "]}");
        return OK;
    }

    private static int editCase(boolean quick, boolean json, PrintStream out, PrintStream err) {
        try {
            String c = EditBench.run(quick, out);
            if (json) out.println("{\"cases\": [" + c + "]}");
            return OK;
        } catch (RuntimeException e) {
            err.println("bench: the edit case failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static int importCase(boolean quick, boolean json, PrintStream out, PrintStream err) {
        try {
            String c = ImportBench.run(quick ? 1_000 : 100_000, quick ? 100 : 10_000, out);
            if (json) out.println("{\"cases\": [" + c + "]}");
            return OK;
        } catch (Exception e) {
            err.println("bench: the import case failed: " + e.getMessage());
            return FAILED;
        }
    }

    private int startup(Options o, int runs, PrintStream out, PrintStream err) {
        List<String> json = new ArrayList<>();
        for (StartupBench.Target t : StartupBench.targets(java.util.Optional.ofNullable(o.value("--image")).map(Path::of))) {
            try {
                json.add(StartupBench.measure(t, runs, out).json());
            } catch (IOException e) {
                err.println("bench: " + e.getMessage());
                return FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FAILED;
            }
        }
        if (o.flag("--json")) out.println("{\"cases\": [" + String.join(", ", json) + "]}");
        return OK;
    }

    /** Milliseconds for the JSON line; null when not measured (a single frame has no zoomed-in frame). */
    private static String jsonMs(double ms) {
        return Double.isNaN(ms) ? "null" : String.format(Locale.ROOT, "%.2f", ms);
    }

    private String measure(Case c, int frames, PrintStream out) throws IOException {
        long t0;
        LoadResult loaded;
        DatasetLoader loader = new DatasetLoader();
        if (c.bundled()) {
            t0 = System.nanoTime();
            loaded = loader.loadBundled();
        } else {
            Path file = Files.createTempFile("entente-bench-", ".json");
            try {
                new DatasetWriter().write(SyntheticDataset.generate(c.actors(), c.relations(), c.events(), 42), file);
                t0 = System.nanoTime();
                loaded = loader.load(file);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        double loadMs = (System.nanoTime() - t0) / 1e6;
        Dataset d = loaded.dataset().orElseThrow(() -> new IllegalStateException("the dataset did not load: "
                + loaded.problems().stream().findFirst().map(p -> p.format()).orElse("unknown problem")));
        HeadlessPictures.FrameTimes t = ui.frameTimes(d, c.bundled(), WIDTH, HEIGHT, frames);
        double layoutMs = t.layoutMs();
        LayoutResult layout = t.layout();
        double graphMs = t.graphMs();
        Double timelineMs = t.timelineMs();
        out.printf(Locale.ROOT, "%-24s %6d actors %6d ties %6d events  load %8.1f ms  layout %8.1f ms (%d iterations%s)  graph frame %7.2f ms (whole graph %.2f, zoomed in %.2f, painting %.2f, empty canvas %.2f)  timeline frame %s%n",
                c.name(), d.actors().size(), d.relations().size(), d.events().size(), loadMs, layoutMs,
                layout.iterations(), layout.converged() ? ", settled" : "", graphMs, t.overviewMs(), t.zoomedMs(), t.paintMs(), t.rasterBaselineMs(),
                timelineMs == null ? "n/a" : String.format(Locale.ROOT, "%.2f ms", timelineMs));
        return String.format(Locale.ROOT,
                "{\"name\": \"%s\", \"actors\": %d, \"relations\": %d, \"events\": %d, \"load_ms\": %.1f, \"layout_ms\": %.1f, "
                        + "\"graph_frame_ms\": %.2f, \"graph_overview_ms\": %s, \"graph_zoomed_ms\": %s, \"timeline_frame_ms\": %s, \"visible_actors\": %d, \"visible_relations\": %d, "
                        + "\"layout_iterations\": %d, \"layout_converged\": %b, \"graph_paint_ms\": %.2f, \"raster_baseline_ms\": %.2f}",
                c.name(), d.actors().size(), d.relations().size(), d.events().size(), loadMs, layoutMs, graphMs,
                jsonMs(t.overviewMs()), jsonMs(t.zoomedMs()), timelineMs == null ? "null" : String.format(Locale.ROOT, "%.2f", timelineMs),
                t.visibleActors(), t.visibleRelations(),
                layout.iterations(), layout.converged(), t.paintMs(), t.rasterBaselineMs());
    }
}
