package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;

/**
 * {@code validate [FILE...]}: checks datasets the way a compiler checks code, one line per problem in
 * the {@code FILE:LINE:COLUMN: error|warning: message} form that editors and CI logs recognise, so a
 * curator can fix every problem in one pass and a script can rely on the exit code.
 */
public final class ValidateCommand implements Command {

    private final Function<Path, LoadResult> loadFile;
    private final java.util.function.Supplier<LoadResult> loadBundled;

    public ValidateCommand(DatasetLoader loader) {
        this.loadFile = loader::load;
        this.loadBundled = loader::loadBundled;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check dataset files and list every problem with its line and column";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar entente.jar validate [--strict] [FILE...]

                Checks each entente/1 dataset FILE (the bundled dataset when none is given) and prints
                every problem as
                  FILE:LINE:COLUMN: error|warning: message (at JSON path)
                followed by a summary line. Errors stop a file from opening in the app; warnings
                (unknown kinds, relation types, regions or fields) do not.

                Options:
                  --strict   treat warnings as errors (exit 1 when there is any warning)
                  --help     show this help

                Exit codes:
                  0  every file is valid (warnings allowed unless --strict)
                  1  at least one file has errors
                  2  a file cannot be read (missing, a folder, no permission) or the arguments are wrong
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean strict = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                err.println("validate: unknown option '" + arg + "'");
                err.println("Usage: java -jar entente.jar validate [--strict] [FILE...]   (--help for details)");
                return USAGE;
            } else {
                files.add(Path.of(arg));
            }
        }
        List<LoadResult> results = new ArrayList<>();
        if (files.isEmpty()) {
            results.add(loadBundled.get());
        } else {
            files.forEach(f -> results.add(loadFile.apply(f)));
        }
        int errors = 0;
        int warnings = 0;
        boolean unreadable = false;
        for (LoadResult r : results) {
            for (Problem p : r.problems()) {
                out.println(p.format());
            }
            errors += r.errors().size();
            warnings += r.warnings().size();
            unreadable |= !r.readable();
        }
        boolean failed = errors > 0 || strict && warnings > 0;
        out.println(summary(results.size(), errors, warnings, unreadable, failed));
        return unreadable ? USAGE : failed ? FAILED : OK;
    }

    private static String summary(int files, int errors, int warnings, boolean unreadable, boolean failed) {
        String counts = plural(files, "file") + " checked: " + plural(errors, "error") + ", " + plural(warnings, "warning");
        if (unreadable) return counts + " - a file could not be read";
        return counts + (failed ? " - not valid" : " - valid");
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
