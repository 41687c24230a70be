package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Dataset;

/** {@code generate}: writes a synthetic dataset of a chosen size, for benchmarks and stress tests. */
public final class GenerateCommand implements Command {

    static final int MAX = 5_000_000;

    @Override public String name() { return "generate"; }

    @Override public String summary() { return "write a synthetic dataset of a chosen size"; }

    @Override
    public String help() {
        return """
                Usage: java -jar entente.jar generate --out FILE [--actors N] [--relations M] [--events K] [--seed S]

                Writes a synthetic entente/1 dataset that validates: invented actors of every kind and region,
                ties whose types suit their ends, partial dates, events with 1 to 3 actors, every item citing a
                source. The same seed always writes the same file.

                  --out FILE       where to write (required)
                  --actors N       number of actors (default 2000)
                  --relations M    number of ties (default 10000)
                  --events K       number of events (default 1000)
                  --seed S         random seed (default 1)

                Exit codes: 0 written, 2 wrong arguments or the file cannot be written.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            Options o = Options.parse(args, Set.of("--out", "--actors", "--relations", "--events", "--seed"), Set.of());
            String file = o.value("--out");
            if (file == null) throw new Options.UsageException("--out FILE is required");
            int actors = o.count("--actors", 2000, MAX);
            int relations = o.count("--relations", 10000, MAX);
            int events = o.count("--events", 1000, MAX);
            long seed = o.number("--seed", 1);
            Dataset d;
            try {
                d = SyntheticDataset.generate(actors, relations, events, seed);
            } catch (IllegalArgumentException e) {
                throw new Options.UsageException(e.getMessage());
            }
            Path path;
            try {
                path = Path.of(file);
                new DatasetWriter().write(d, path);
            } catch (org.entente.logic.io.WriteFailedException e) {
                err.println("generate: " + e.getMessage());
                return USAGE;
            } catch (IOException | java.nio.file.InvalidPathException e) {
                err.println("generate: cannot write " + file + ": " + e.getMessage());
                return USAGE;
            }
            out.printf("wrote %s: %d actors, %d relations, %d events%n", path, actors, relations, events);
            return OK;
        } catch (Options.UsageException e) {
            err.println("generate: " + e.getMessage());
            err.println("Run 'java -jar entente.jar generate --help' for the options.");
            return USAGE;
        }
    }
}
