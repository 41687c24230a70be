package org.entente.logic.load;

import java.util.List;
import java.util.Optional;

import org.entente.model.Dataset;

/**
 * The outcome of loading one file: every problem found, and the dataset when there were no errors.
 * Loading never throws for a user's mistake; callers decide how to show the problems.
 *
 * @param readable false when the file could not be read at all (missing, a folder, no permission), which
 *                 the command line reports with its own exit code
 * @param toFix    when the file has errors but is JSON of the right shape and a loader that opens files to
 *                 fix read it ({@link DatasetLoader#openingToFix()}): the dataset built anyway, for the app
 *                 to open for fixing; empty otherwise (always for {@code validate}, {@code export}, the CLI)
 */
public record LoadResult(String file, Optional<Dataset> dataset, List<Problem> problems, boolean readable, Optional<ToFix> toFix) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** A result without a dataset to fix. */
    public LoadResult(String file, Optional<Dataset> dataset, List<Problem> problems, boolean readable) {
        this(file, dataset, problems, readable, Optional.empty());
    }

    /** A result for a file that was read (its problems, if any, are about the content). */
    public LoadResult(String file, Optional<Dataset> dataset, List<Problem> problems) {
        this(file, dataset, problems, true);
    }

    /** The dataset to open in the app: the checked one, else the one built to be fixed; empty when neither. */
    public Optional<Dataset> openable() {
        return dataset.isPresent() ? dataset : toFix.map(ToFix::dataset);
    }

    /** A file that could not be read at all: one error without a position. */
    public static LoadResult unreadable(String file, String message) {
        return new LoadResult(file, Optional.empty(), List.of(new Problem(file, 0, 0, "", Severity.ERROR, message)), false);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
