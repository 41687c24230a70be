package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.entente.logic.io.exporter.DatasetExporter;
import org.entente.logic.io.exporter.Exporters;
import org.entente.logic.io.importer.Importers;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;

/**
 * {@code convert DATASET.json --to FORMAT --out PATH}: writes a dataset for the tools teachers also use
 * (Gephi's dynamic GEXF, GraphML, the spreadsheet shape as CSV files, TimelineJS), so Entente is never a
 * dead end for their data.
 */
public final class ConvertCommand implements Command {

    private final DatasetLoader loader;
    private final Exporters exporters;

    public ConvertCommand(DatasetLoader loader, Importers importers) {
        this.loader = loader;
        this.exporters = Exporters.standard();
    }

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "write a dataset as GEXF, GraphML, CSV files or TimelineJS";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar entente.jar convert DATASET.json --to gexf|graphml|csv|csv-zip|xlsx|timelinejs --out PATH

                Writes the entente/1 DATASET in another tool's format:
                  gexf        dynamic GEXF 1.3 with spells (Gephi plays it on its timeline)
                  graphml     GraphML with typed keys (yEd, Cytoscape, NetworkX)
                  csv         a folder PATH with sources.csv, actors.csv, ties.csv, events.csv
                  csv-zip     the same four tables in one ZIP file PATH (import reads it back)
                  xlsx        the same tables as sheets of one XLSX workbook PATH (import reads it back)
                  timelinejs  TimelineJS JSON of the events
                Importing what was written ('import') gives back the same actors, ties and dates.

                Exit codes:
                  0  written
                  1  the dataset has errors
                  2  a file cannot be read or written, or the arguments are wrong
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file = null;
        String to = null;
        String target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--to") || a.equals("--out")) {
                if (i + 1 >= args.size()) return usage(err, a + " needs a value");
                if (a.equals("--to")) to = args.get(++i);
                else target = args.get(++i);
            } else if (a.startsWith("-") && a.length() > 1) {
                return usage(err, "unknown option '" + a + "'");
            } else if (file == null) {
                file = a;
            } else {
                return usage(err, "convert takes one DATASET.json");
            }
        }
        if (file == null || to == null || target == null) return usage(err, "DATASET.json, --to and --out are required");
        Optional<DatasetExporter> exporter = exporters.byName(to);
        if (exporter.isEmpty()) return usage(err, "unknown format '" + to + "': use one of " + String.join(", ", exporters.names()));
        LoadResult loaded = loader.load(Path.of(file));
        if (loaded.dataset().isEmpty()) {
            loaded.errors().stream().map(Problem::format).forEach(err::println);
            return loaded.readable() ? FAILED : USAGE;
        }
        try {
            exporter.get().export(loaded.dataset().get(), Path.of(target));
        } catch (IOException e) {
            err.println("convert: cannot write " + target + ": " + e.getMessage());
            return USAGE;
        }
        var d = loaded.dataset().get();
        out.println(d.actors().size() + " actors, " + d.relations().size() + " relations, " + d.events().size()
                + " events written as " + exporter.get().format() + " to " + target);
        return OK;
    }

    private static int usage(PrintStream err, String message) {
        err.println("convert: " + message);
        err.println("Usage: java -jar entente.jar convert DATASET.json --to gexf|graphml|csv|csv-zip|xlsx|timelinejs --out PATH   (--help for details)");
        return USAGE;
    }
}
