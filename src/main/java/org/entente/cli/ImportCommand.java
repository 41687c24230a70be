package org.entente.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.logic.io.AtomicWrite;
import org.entente.logic.io.DatasetWriter;
import org.entente.logic.io.importer.DayOrder;
import org.entente.logic.io.importer.Field;
import org.entente.logic.io.importer.ImportInput;
import org.entente.logic.io.importer.ImportOptions;
import org.entente.logic.io.importer.ImportProblem;
import org.entente.logic.io.importer.ImportResult;
import org.entente.logic.io.importer.Importers;

/**
 * {@code import FILE... --out DATASET.json}: turns the spreadsheets and files teachers already have (CSV,
 * XLSX, GEXF, GraphML, Cytoscape, TimelineJS, Kumu, Timeline) into an {@code entente/1} dataset, printing
 * every problem with its file and place, so a script or a teacher can check an import before opening it.
 */
public final class ImportCommand implements Command {

    private final Importers importers;

    public ImportCommand(Importers importers) {
        this.importers = importers;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "turn spreadsheets, GEXF, GraphML, TimelineJS, Kumu ... files into a dataset";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar entente.jar import FILE... [--format NAME] [--day-first|--month-first]
                                            [--column HEADER=FIELD]... --out DATASET.json [--json]

                Reads the FILEs into one entente/1 dataset (several CSV files load together: actors,
                ties, events, sources). The format is detected from each file's content; --format names it
                (%s).
                Prints every problem as FILE:PLACE: error|warning: message, then one line
                  N actors, M relations, K events, W warnings

                Options:
                  --out FILE          where to write the dataset (required)
                  --format NAME       read every FILE as this format
                  --day-first         read 03/04/2025 as 3 April (for every ambiguous date column)
                  --month-first       read 03/04/2025 as March 4
                  --column H=FIELD    map the column headed H to FIELD (%s)
                  --title TEXT        the dataset's title (default: the first file's name)
                  --json              print one JSON object (actors, relations, events, warnings, errors, format)
                  --help              show this help

                Exit codes:
                  0  the dataset was written
                  1  the input has errors that stop the import (nothing is written)
                  2  a file cannot be read, the dataset cannot be written, or the arguments are wrong
                """.formatted(String.join(", ", importers.names()),
                String.join(", ", java.util.Arrays.stream(Field.values()).map(Field::label).toList()));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        String format = null;
        String outFile = null;
        boolean json = false;
        String title = null;
        DayOrder order = DayOrder.UNSET;
        Map<String, Field> columns = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--day-first" -> order = order == DayOrder.MONTH_FIRST ? null : DayOrder.DAY_FIRST;
                case "--month-first" -> order = order == DayOrder.DAY_FIRST ? null : DayOrder.MONTH_FIRST;
                case "--format", "--out", "--column", "--title" -> {
                    if (i + 1 >= args.size()) return usage(err, a + " needs a value");
                    String v = args.get(++i);
                    if (a.equals("--format")) {
                        if (importers.byName(v).isEmpty()) return usage(err, "unknown format '" + v + "': use one of " + String.join(", ", importers.names()));
                        format = v;
                    } else if (a.equals("--out")) {
                        outFile = v;
                    } else if (a.equals("--title")) {
                        title = v;
                    } else {
                        int eq = v.lastIndexOf('=');
                        Field f = eq < 0 ? null : Field.byLabel(v.substring(eq + 1));
                        if (f == null) return usage(err, "--column wants HEADER=FIELD with a field such as name, from, to, start: '" + v + "'");
                        columns.put(v.substring(0, eq), f);
                    }
                }
                default -> {
                    if (a.startsWith("-") && a.length() > 1) return usage(err, "unknown option '" + a + "'");
                    files.add(a);
                }
            }
            if (order == null) return usage(err, "choose either --day-first or --month-first, not both");
        }
        if (files.isEmpty()) return usage(err, "name at least one FILE to import");
        if (outFile == null) return usage(err, "--out DATASET.json is required");
        List<ImportInput> inputs = new ArrayList<>();
        for (String f : files) {
            try {
                inputs.add(ImportInput.read(Path.of(f)));
            } catch (ImportInput.UnreadableException e) {
                err.println("import: " + e.getMessage());
                return USAGE;
            }
        }
        ImportResult result = importers.importAll(inputs, new ImportOptions(format, order, columns, title));
        for (ImportProblem p : result.report().problems()) {
            (p.isError() ? err : out).println(p.format());
        }
        if (result.dataset().isPresent()) {
            try {
                AtomicWrite.write(Path.of(outFile), o -> {
                    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                    new DatasetWriter().write(result.dataset().get(), w);
                    w.flush();
                });
            } catch (IOException e) {
                err.println("import: cannot write " + outFile + ": " + e.getMessage());
                return USAGE;
            }
        }
        if (json) {
            out.println("{\"actors\": " + result.actors() + ", \"relations\": " + result.relations() + ", \"events\": " + result.events()
                    + ", \"warnings\": " + result.report().warningCount() + ", \"errors\": " + result.report().errorCount()
                    + ", \"format\": \"" + result.format().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            out.println(result.summary() + (result.dataset().isPresent() ? " - written to " + outFile
                    : " - " + result.report().errorCount() + " errors, nothing written"));
        }
        return result.dataset().isPresent() ? OK : FAILED;
    }

    private static int usage(PrintStream err, String message) {
        err.println("import: " + message);
        err.println("Usage: java -jar entente.jar import FILE... [--format NAME] [--day-first|--month-first] --out DATASET.json [--json]   (--help for details)");
        return USAGE;
    }
}
