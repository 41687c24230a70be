package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.io.AtomicWrite;
import org.entente.model.Dataset;
import org.entente.ui.export.ComposedPicture;
import org.entente.ui.export.ExportRequest;
import org.entente.ui.export.ExportView;
import org.entente.ui.export.Exporter;
import org.entente.ui.export.FxCaller;
import org.entente.ui.export.PictureSize;
import org.entente.ui.export.PictureSources;
import org.entente.ui.export.SceneReport;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.SceneItem;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ProgressSink;
import org.entente.ui.theme.Theme;

/**
 * {@code export}: the app's PNG/SVG export without a window, for scripts and for teachers who want the
 * same slide picture every time. It draws with the same painters and composer as File → Export….
 */
public final class ExportCommand implements Command {

    private final DatasetLoader loader;
    private final PictureSources sources;
    private final Clock clock;

    public ExportCommand(DatasetLoader loader, PictureSources sources, Clock clock) {
        this.loader = loader;
        this.sources = sources;
        this.clock = clock;
    }

    @Override public String name() { return "export"; }

    @Override public String summary() { return "draw the graph and/or timeline to a PNG or SVG file"; }

    @Override
    public String help() {
        return """
                Usage: java -jar entente.jar export [FILE.json] --out PATH.png|PATH.svg [options]

                Draws a slide picture (title, as-of date, legend, source credit) of the bundled dataset,
                or of FILE.json, without opening a window.

                Options:
                  --out PATH            where to write; .svg writes SVG, anything else PNG (required)
                  --view V              graph, timeline or both (default graph)
                  --scale N             1, 2, 4...: times the natural size (default 1)
                  --width W --height H  an exact size in pixels instead, e.g. 3840 and 2160
                  --as-of DATE          the day to show, e.g. 2025-04-09 (default today)
                  --theme T             light, dark or projector (default light)
                  --transparent         leave the background transparent (PNG)
                  --focus ID            show only the neighbourhood of this actor
                  --depth K             steps around the focus, 1 to 3 (default 1)
                  --report FILE.json    also write what the picture shows, in its pixels: nodes,
                                        labels, ties drawn, and the legend, graph and timeline boxes

                Exit codes: 0 written, 1 the dataset or an id is wrong or the file cannot be written,
                2 wrong options.

                """ + HandoutExport.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--handout")) return new HandoutExport(loader, sources, clock).run(args, out, err);
        Options o;
        try {
            o = Options.parse(args, clock);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            err.println("Run 'java -jar entente.jar export --help' for the options.");
            return USAGE;
        }
        Optional<Dataset> dataset = CommandDataset.load(loader, o.file, o.focus, "export", err);
        if (dataset.isEmpty()) return FAILED;
        try {
            HeadlessFx.start();
            AppState state = new AppState(new GraphFilter(), clock);
            state.datasetProperty().set(dataset.get());
            state.asOfProperty().set(o.asOf);
            state.themeProperty().set(o.request.theme());
            state.focusDepthProperty().set(o.depth);
            state.focusActorProperty().set(o.focus);
            FxCaller fx = HeadlessFx::call;
            ComposedPicture picture = fx.call(() -> sources.compose(state, o.request.view()));
            PictureSize size = PictureSize.of(picture, o.request);
            new Exporter(fx).write(picture, o.request, o.out, fx, ProgressSink.NONE);
            if (o.report != null) {
                SceneReport report = fx.call(() -> SceneReport.of(picture, size, o.request));
                try {
                    AtomicWrite.writeString(o.report, report.toJson());
                } catch (Exception e) {
                    err.println("export: cannot write the report " + o.report + ": " + (e.getMessage() == null ? e : e.getMessage()));
                    return FAILED;
                }
                out.println("Wrote " + o.report + " (" + report.of(SceneItem.Kind.NODE).size() + " nodes, "
                        + report.of(SceneItem.Kind.LABEL).size() + " labels, " + report.of(SceneItem.Kind.TIE).size() + " ties)");
            }
            out.println("Wrote " + o.out + " (" + size.width() + " x " + size.height() + " px, "
                    + o.request.view().label().toLowerCase(Locale.ROOT) + ", as of " + o.asOf + ")");
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return USAGE;
        } catch (org.entente.logic.io.WriteFailedException e) {
            err.println("export: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("export: cannot write " + o.out + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return FAILED;
        }
    }

    /** The parsed command line. */
    private record Options(Path file, Path out, ExportRequest request, LocalDate asOf, String focus, int depth, Path report) {

        static Options parse(List<String> args, Clock clock) {
            Path file = null;
            Path out = null;
            ExportView view = ExportView.GRAPH;
            double scale = 1;
            int width = 0;
            int height = 0;
            boolean scaleGiven = false;
            LocalDate asOf = LocalDate.now(clock);
            Theme theme = Theme.LIGHT;
            boolean transparent = false;
            String focus = null;
            int depth = 1;
            Path report = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--view" -> view = choice(value(args, ++i, a), a, ExportView::parse, "graph, timeline or both");
                    case "--scale" -> { scale = number(value(args, ++i, a), a, 0.25, 16); scaleGiven = true; }
                    case "--width" -> width = (int) number(value(args, ++i, a), a, 16, ExportRequest.MAX_SIDE);
                    case "--height" -> height = (int) number(value(args, ++i, a), a, 16, ExportRequest.MAX_SIDE);
                    case "--as-of" -> asOf = date(value(args, ++i, a));
                    case "--theme" -> theme = choice(value(args, ++i, a), a, Theme::parse, "light, dark or projector");
                    case "--transparent" -> transparent = true;
                    case "--focus" -> focus = value(args, ++i, a);
                    case "--depth" -> depth = (int) number(value(args, ++i, a), a, 1, 3);
                    case "--report" -> report = Path.of(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option '" + a + "'");
                        if (file != null) throw new IllegalArgumentException("one dataset file only, got '" + file + "' and '" + a + "'");
                        file = Path.of(a);
                    }
                }
            }
            if (out == null) throw new IllegalArgumentException("--out PATH.png or PATH.svg is required");
            if ((width > 0) != (height > 0)) throw new IllegalArgumentException("give both --width and --height, or neither");
            if (width > 0 && scaleGiven) throw new IllegalArgumentException("give --scale or --width/--height, not both");
            ExportRequest request = new ExportRequest(view, scale, width, height, true, theme, transparent);
            return new Options(file, out, request, asOf, focus, depth, report);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size() || args.get(i).startsWith("--")) throw new IllegalArgumentException(option + " needs a value");
            return args.get(i);
        }

        private static double number(String text, String option, double min, double max) {
            try {
                double v = Double.parseDouble(text);
                if (v < min || v > max) throw new NumberFormatException();
                return v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a number from " + fmt(min) + " to " + fmt(max) + ", got '" + text + "'");
            }
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }

        private static <T> T choice(String text, String option, java.util.function.Function<String, T> parse, String allowed) {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " must be " + allowed + ", got '" + text + "'");
            }
        }

        private static LocalDate date(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of must be a date like 2025-04-09, got '" + text + "'");
            }
        }
    }
}
