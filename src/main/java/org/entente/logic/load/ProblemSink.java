package org.entente.logic.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file as the loader's stages find them, so that a curator sees every
 * problem in one run instead of fixing them one reload at a time.
 */
final class ProblemSink {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    ProblemSink(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(Place at, String message) {
        add(at.line(), at.column(), at.path(), Severity.ERROR, message);
    }

    void warning(Place at, String message) {
        add(at.line(), at.column(), at.path(), Severity.WARNING, message);
    }

    /** A problem with a position but no place object (syntax and encoding problems). */
    void error(int line, int column, String jsonPath, String message) {
        add(line, column, jsonPath, Severity.ERROR, message);
    }

    void add(int line, int column, String jsonPath, Severity severity, String message) {
        problems.add(new Problem(file, line, column, jsonPath, severity, message));
    }

    /** Takes over every problem of {@code other} (the problems that only count once the file was read whole). */
    void addAll(ProblemSink other) {
        problems.addAll(other.problems);
    }

    /** Forgets everything found so far: the file turned out not to be text, which is its only problem. */
    void clear() {
        problems.clear();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem in file order (line, then column). */
    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }
}
