package org.entente.logic.io;

import java.util.List;
import java.util.Optional;

import org.entente.logic.load.Problem;

/**
 * What reading a tour or saved view gave: the value when there were no errors, and every problem found,
 * so the caller can show them all at once and keep what the user had.
 */
public record ReadResult<T>(Optional<T> value, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** All problems, one formatted line each. */
    public String describe() {
        return String.join("\n", problems.stream().map(Problem::format).toList());
    }
}
