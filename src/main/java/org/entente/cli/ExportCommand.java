package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.io.AtomicWrite;
import org.entente.model.Dataset;
import org.entente.ui.headless.HeadlessPictures;

/**
 * {@code export}: the app's PNG/SVG export without a window, for scripts and for teachers who want the
 * same slide picture every time. It draws with the same painters and composer as File → Export….
 */
public final class ExportCommand implements Command {

    private final DatasetLoader loader;
    private final HeadlessPictures ui;
    private final Clock clock;

    public ExportCommand(DatasetLoader loader, HeadlessPictures ui, Clock clock) {
        this.loader = loader;
        this.ui = ui;
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
        if (args.contains("--handout")) return new HandoutExport(loader, ui, clock).run(args, out, err);
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
            HeadlessPictures.PictureWritten w = ui.picture(new HeadlessPictures.Picture(dataset.get(), o.asOf, o.focus, o.depth,
                    o.view, o.theme, o.scale, o.width, o.height, o.transparent, o.out, o.report != null));
            if (o.report != null) {
                try {
                    AtomicWrite.writeString(o.report, w.reportJson());
                } catch (Exception e) {
                    err.println("export: cannot write the report " + o.report + ": " + (e.getMessage() == null ? e : e.getMessage()));
                    return FAILED;
                }
                out.println("Wrote " + o.report + " (" + w.nodes() + " nodes, " + w.labels() + " labels, " + w.ties() + " ties)");
            }
            out.println("Wrote " + o.out + " (" + w.width() + " x " + w.height() + " px, " + w.shows() + ", as of " + o.asOf + ")");
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
    private record Options(Path file, Path out, String view, double scale, int width, int height, String theme, boolean transparent,
                           LocalDate asOf, String focus, int depth, Path report) {

        static Options parse(List<String> args, Clock clock) {
            Path file = null;
            Path out = null;
            String view = "graph";
            double scale = 1;
            int width = 0;
            int height = 0;
            boolean scaleGiven = false;
            LocalDate asOf = LocalDate.now(clock);
            String theme = "light";
            boolean transparent = false;
            String focus = null;
            int depth = 1;
            Path report = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--view" -> view = choice(value(args, ++i, a), a, HeadlessPictures.VIEWS, "graph, timeline or both");
                    case "--scale" -> { scale = number(value(args, ++i, a), a, 0.25, 16); scaleGiven = true; }
                    case "--width" -> width = (int) number(value(args, ++i, a), a, 16, HeadlessPictures.MAX_PICTURE_SIDE);
                    case "--height" -> height = (int) number(value(args, ++i, a), a, 16, HeadlessPictures.MAX_PICTURE_SIDE);
                    case "--as-of" -> asOf = date(value(args, ++i, a));
                    case "--theme" -> theme = choice(value(args, ++i, a), a, HeadlessPictures.THEMES, "light, dark or projector");
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
            return new Options(file, out, view, scale, width, height, theme, transparent, asOf, focus, depth, report);
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

        private static String choice(String text, String option, List<String> names, String allowed) {
            String name = text.trim().toLowerCase(Locale.ROOT);
            if (!names.contains(name)) throw new IllegalArgumentException(option + " must be " + allowed + ", got '" + text + "'");
            return name;
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
