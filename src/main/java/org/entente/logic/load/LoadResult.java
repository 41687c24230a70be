package org.entente.logic.load;

import java.util.List;
import java.util.Optional;

import org.entente.model.Dataset;

/**
 * The outcome of loading one file: every problem found, and the dataset when there were no errors.
 * Loading never throws for a user's mistake; callers decide how to show the problems.
 */
public record LoadResult(String file, Optional<Dataset> dataset, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
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
