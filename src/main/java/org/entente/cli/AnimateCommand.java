package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.entente.logic.animate.FrameStep;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.ui.headless.HeadlessPictures;

/**
 * {@code animate}: the graph (and timeline) playing through a time range, written as an animated GIF or a
 * numbered PNG sequence, without a window. Each frame is composed like {@code export}'s still picture.
 */
public final class AnimateCommand implements Command {

    private final DatasetLoader loader;
    private final HeadlessPictures ui;

    public AnimateCommand(DatasetLoader loader, HeadlessPictures ui) {
        this.loader = loader;
        this.ui = ui;
    }

    @Override public String name() { return "animate"; }

    @Override public String summary() { return "play a time range into an animated GIF or a PNG sequence"; }

    @Override
    public String help() {
        return """
                Usage: java -jar entente.jar animate [FILE.json] --from DATE --to DATE --out PATH.gif|PATH.png [options]

                Plays the bundled dataset, or FILE.json, from one date to another and writes every step as a
                frame with the title, as-of date, legend and source credit of a still export. The layout is
                computed once for the whole range, so actors stay in place while ties ease in and out.

                Options:
                  --from DATE, --to DATE   the range, e.g. 2022-01-01 and 2025-12-01 (required)
                  --step S                 1m (a frame a month, default), 1y, or events (a frame per dated change)
                  --out PATH               .gif writes an animated GIF; .png writes PATH-0001.png, PATH-0002.png...
                                           (MP4/WebM need a native encoder: make one from the PNGs, e.g.
                                           ffmpeg -framerate 4 -i PATH-%04d.png out.mp4)
                  --view V                 graph, timeline or both (default graph)
                  --width W --height H     frame size in pixels (default 1280 x 720)
                  --fps N                  frames per second (default 4)
                  --theme T                light, dark or projector (default light)
                  --focus ID               show only the neighbourhood of this actor
                  --depth K                steps around the focus, 1 to 3 (default 1)

                Exit codes: 0 written, 1 the dataset or an id is wrong or the file cannot be written,
                2 wrong options.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Parsed p;
        try {
            p = Parsed.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("animate: " + e.getMessage());
            err.println("Run 'java -jar entente.jar animate --help' for the options.");
            return USAGE;
        }
        Optional<Dataset> dataset = CommandDataset.load(loader, p.file, p.focus, "animate", err);
        if (dataset.isEmpty()) return FAILED;
        try {
            HeadlessPictures.AnimationWritten r = ui.animate(new HeadlessPictures.Animation(dataset.get(), p.focus, p.depth, p.from,
                    p.to, p.step, p.view, p.width, p.height, p.fps, p.theme, p.out));
            out.printf(Locale.ROOT, "Wrote %s (%d frames, %d x %d px, %s to %s by %s, %.1f MB, %.1f s)%n",
                    r.files().size() == 1 ? r.files().get(0) : r.files().get(0) + " … " + r.files().get(r.files().size() - 1),
                    r.dates().size(), r.width(), r.height(), p.from, p.to, p.step.word(), r.bytes() / 1e6, r.millis() / 1000.0);
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("animate: " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            err.println("animate: cannot write " + p.out + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return FAILED;
        }
    }

    /** The parsed command line. */
    private record Parsed(Path file, Path out, LocalDate from, LocalDate to, FrameStep step, String view,
                          int width, int height, double fps, String theme, String focus, int depth) {

        static Parsed parse(List<String> args) {
            Path file = null, out = null;
            LocalDate from = null, to = null;
            FrameStep step = FrameStep.MONTH;
            String view = "graph";
            int width = 1280, height = 720, depth = 1;
            double fps = 4;
            String theme = "light";
            String focus = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--from" -> from = date(value(args, ++i, a), a);
                    case "--to" -> to = date(value(args, ++i, a), a);
                    case "--step" -> step = choice(value(args, ++i, a), a, FrameStep::parse, "1m, 1y or events");
                    case "--view" -> view = name(value(args, ++i, a), a, HeadlessPictures.VIEWS, "graph, timeline or both");
                    case "--width" -> width = (int) number(value(args, ++i, a), a, 64, HeadlessPictures.MAX_FRAME_SIDE);
                    case "--height" -> height = (int) number(value(args, ++i, a), a, 64, HeadlessPictures.MAX_FRAME_SIDE);
                    case "--fps" -> fps = number(value(args, ++i, a), a, 0.2, 50);
                    case "--theme" -> theme = name(value(args, ++i, a), a, HeadlessPictures.THEMES, "light, dark or projector");
                    case "--focus" -> focus = value(args, ++i, a);
                    case "--depth" -> depth = (int) number(value(args, ++i, a), a, 1, 3);
                    default -> {
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option '" + a + "'");
                        if (file != null) throw new IllegalArgumentException("one dataset file only, got '" + file + "' and '" + a + "'");
                        file = Path.of(a);
                    }
                }
            }
            if (out == null) throw new IllegalArgumentException("--out PATH.gif (or PATH.png for a sequence) is required");
            if (from == null || to == null) throw new IllegalArgumentException("--from DATE and --to DATE are required");
            if (to.isBefore(from)) throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".gif") && !name.endsWith(".png")) {
                throw new IllegalArgumentException("--out must end in .gif (animated GIF) or .png (a PNG sequence); "
                        + "MP4/WebM need a native encoder plain Java lacks — make one from the PNG sequence with ffmpeg; got '"
                        + Cut.text(out.getFileName().toString()) + "'");
            }
            return new Parsed(file, out, from, to, step, view, width, height, fps, theme, focus, depth);
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
                throw new IllegalArgumentException(option + " must be a number from " + min + " to " + max + ", got '" + Cut.text(text) + "'");
            }
        }

        private static String name(String text, String option, List<String> names, String allowed) {
            String name = text.trim().toLowerCase(Locale.ROOT);
            if (!names.contains(name)) throw new IllegalArgumentException(option + " must be " + allowed + ", got '" + Cut.text(text) + "'");
            return name;
        }

        private static <T> T choice(String text, String option, Function<String, T> parse, String allowed) {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " must be " + allowed + ", got '" + Cut.text(text) + "'");
            }
        }

        private static LocalDate date(String text, String option) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " must be a date like 2025-04-09, got '" + Cut.text(text) + "'");
            }
        }
    }

    /** Cuts a user's value to a readable length for a message. */
    private static final class Cut {
        static String text(String s) {
            String t = s.replaceAll("\\p{Cntrl}", "?");
            return t.length() > 60 ? t.substring(0, 57) + "…" : t;
        }
    }
}
