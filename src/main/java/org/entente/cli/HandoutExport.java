package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.entente.logic.handout.Handout;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.ui.headless.HeadlessPictures;

/**
 * {@code export --handout OUT.pdf|OUT.html}: a printable handout (graph, timeline of the period, key
 * actors, sources and optionally a quiz with its answer key) without a window.
 */
final class HandoutExport {

    static final String HELP = """
            Usage: java -jar entente.jar export [FILE.json] --handout OUT.pdf|OUT.html [options]

            Writes a printable handout: the graph as of a date, the timeline and events of the period, the
            key actors with one-line summaries, the sources, and optionally a quiz with its answer key.

            Options:
              --as-of DATE     the day the handout shows (default today)
              --from DATE      the first day of the period's events (default five years before --as-of)
              --focus ID       only the neighbourhood of this actor; --depth K, 1 to 3 (default 1)
              --quiz SEED      add ten quiz questions drawn with this number, and the answer key
              --questions N    how many quiz questions, 1 to 40 (default 10)
            """;

    private final DatasetLoader loader;
    private final HeadlessPictures ui;
    private final Clock clock;

    HandoutExport(DatasetLoader loader, HeadlessPictures ui, Clock clock) {
        this.loader = loader;
        this.ui = ui;
        this.clock = clock;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null, target = null;
        LocalDate asOf = LocalDate.now(clock), from = null;
        String focus = null;
        int depth = 1, questions = 10;
        Long seed = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--handout" -> target = Path.of(value(args, ++i, a));
                    case "--as-of" -> asOf = date(value(args, ++i, a), a);
                    case "--from" -> from = date(value(args, ++i, a), a);
                    case "--focus" -> focus = value(args, ++i, a);
                    case "--depth" -> depth = whole(value(args, ++i, a), a, 1, 3);
                    case "--quiz" -> seed = (long) whole(value(args, ++i, a), a, 0, Integer.MAX_VALUE);
                    case "--questions" -> questions = whole(value(args, ++i, a), a, 1, 40);
                    default -> {
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option '" + a + "' for a handout");
                        if (file != null) throw new IllegalArgumentException("one dataset file only");
                        file = Path.of(a);
                    }
                }
            }
            ui.checkHandoutFile(target);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            err.println("Run 'java -jar entente.jar export --help' for the options.");
            return Command.USAGE;
        }
        if (from == null) from = asOf.minusYears(5);
        Optional<Dataset> loaded = CommandDataset.load(loader, file, focus, "export", err);
        if (loaded.isEmpty()) return Command.FAILED;
        Dataset data = loaded.get();
        try {
            Handout h = ui.handout(new HeadlessPictures.HandoutJob(data, asOf, from, focus, depth, seed, questions, target));
            out.println("Wrote " + target + " (handout as of " + asOf + ": " + h.events().size() + " events, "
                    + h.actors().size() + " key actors, " + h.sources().size() + " sources"
                    + (h.quiz() == null ? "" : ", " + h.quiz().questions().size() + " quiz questions with the answer key") + ")");
            return Command.OK;
        } catch (Exception e) {
            err.println("export: cannot write " + target + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return Command.FAILED;
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) throw new IllegalArgumentException(option + " needs a value");
        return args.get(i);
    }

    private static int whole(String text, String option, int min, int max) {
        try {
            int v = Integer.parseInt(text.trim());
            if (v < min || v > max) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number from " + min + " to " + max + ", got '"
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
        }
    }

    private static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2025-04-09, got '"
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
        }
    }
}
