package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.logic.stats.DatasetCounts;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;

/**
 * {@code stats [FILE] [--as-of DATE] [--json]}: what a dataset holds, overall or on a given day, as a
 * table for people or one line of JSON for scripts (a teacher checking a file before class, a curator
 * seeing what an edit changed, CI comparing counts).
 */
public final class StatsCommand implements Command {

    private static final String USAGE_LINE = "Usage: java -jar entente.jar stats [FILE] [--as-of DATE] [--json]";

    private final DatasetLoader loader;

    public StatsCommand(DatasetLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "count actors, relations, events and sources, by kind and type";
    }

    @Override
    public String help() {
        return USAGE_LINE + "\n\n" + """
                Counts what a dataset FILE (the bundled dataset when none is given) holds: actors,
                relations, events, sources, disputes and figures, with actors by kind and relations
                by type.

                Options:
                  --as-of DATE  count what the app shows on that day: actors that exist, relations
                                that hold, events up to that day. DATE is YYYY-MM-DD; YYYY-MM or
                                YYYY mean the first day of that month or year, as in the app.
                  --json        print one JSON object on one line, with the numbers "actors",
                                "relations", "events", "sources", "disputes", "figures" and the
                                objects "by_kind" and "by_type"
                  --help        show this help

                Exit codes: 0 counted; 1 the dataset has errors (run validate); 2 the file cannot be
                read or the arguments are wrong.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        LocalDate asOf = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--as-of") || arg.startsWith("--as-of=")) {
                String value = arg.equals("--as-of") ? (i + 1 < args.size() ? args.get(++i) : null) : arg.substring("--as-of=".length());
                if (value == null) {
                    return usage(err, "--as-of needs a date, e.g. --as-of 2025-04-09");
                }
                try {
                    asOf = PartialDate.parse(value).earliest();
                } catch (IllegalArgumentException e) {
                    return usage(err, "--as-of: " + e.getMessage());
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                return usage(err, "unknown option '" + arg + "'");
            } else if (file != null) {
                return usage(err, "only one FILE, but got '" + file + "' and '" + arg + "'");
            } else {
                file = Path.of(arg);
            }
        }
        LoadResult result = file == null ? loader.loadBundled() : loader.load(file);
        if (result.dataset().isEmpty()) {
            result.errors().stream().map(Problem::format).forEach(err::println);
            err.println("stats: " + result.file() + (result.readable() ? " has errors; run 'validate' for the full list" : " cannot be read"));
            return result.readable() ? FAILED : USAGE;
        }
        Dataset dataset = result.dataset().get();
        DatasetCounts counts = DatasetCounts.of(dataset, asOf);
        out.print(json ? json(result.file(), dataset, counts) + "\n" : table(result.file(), dataset, counts));
        return OK;
    }

    private static int usage(PrintStream err, String message) {
        err.println("stats: " + message);
        err.println(USAGE_LINE + "   (--help for details)");
        return USAGE;
    }

    private static String table(String file, Dataset dataset, DatasetCounts c) {
        StringBuilder sb = new StringBuilder();
        sb.append(dataset.title()).append(" (").append(file).append(")\n");
        sb.append(c.asOf() == null ? "everything, regardless of date\n" : "as of " + PartialDate.of(c.asOf()).display() + "\n");
        row(sb, "actors", c.actors());
        row(sb, "relations", c.relations());
        row(sb, "events", c.events());
        row(sb, "sources", c.sources());
        row(sb, "disputes", c.disputes());
        row(sb, "figures", c.figures());
        sb.append("actors by kind:\n");
        c.byKind().forEach((k, n) -> row(sb, k, n));
        sb.append("relations by type:\n");
        c.byType().forEach((t, n) -> row(sb, t, n));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, int n) {
        sb.append(String.format("  %-18s %6d%n", label, n));
    }

    private static String json(String file, Dataset dataset, DatasetCounts c) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"file\":").append(quote(file)).append(',');
        sb.append("\"title\":").append(quote(dataset.title())).append(',');
        sb.append("\"as_of\":").append(c.asOf() == null ? "null" : quote(c.asOf().toString())).append(',');
        sb.append("\"actors\":").append(c.actors()).append(',');
        sb.append("\"relations\":").append(c.relations()).append(',');
        sb.append("\"events\":").append(c.events()).append(',');
        sb.append("\"sources\":").append(c.sources()).append(',');
        sb.append("\"disputes\":").append(c.disputes()).append(',');
        sb.append("\"figures\":").append(c.figures()).append(',');
        sb.append("\"by_kind\":").append(object(c.byKind())).append(',');
        sb.append("\"by_type\":").append(object(c.byType()));
        return sb.append('}').toString();
    }

    private static String object(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder("{");
        counts.forEach((k, n) -> sb.append(sb.length() > 1 ? "," : "").append(quote(k)).append(':').append(n));
        return sb.append('}').toString();
    }

    /** A JSON string literal (the command line may not use Gson, which stays behind the loader). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) sb.append(String.format("\\u%04x", (int) ch));
                    else sb.append(ch);
                }
            }
        }
        return sb.append('"').toString();
    }
}
