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

    void error(JsonNode at, String message) {
        add(at, Severity.ERROR, message, false);
    }

    void warning(JsonNode at, String message) {
        add(at, Severity.WARNING, message, false);
    }

    /** A warning located at the member's name rather than its value (unknown fields). */
    void warningAtKey(JsonNode at, String message) {
        add(at, Severity.WARNING, message, true);
    }

    /** A problem with a position but no tree node (syntax and encoding problems). */
    void error(int line, int column, String jsonPath, String message) {
        problems.add(new Problem(file, line, column, jsonPath, Severity.ERROR, message));
    }

    private void add(JsonNode at, Severity severity, String message, boolean atKey) {
        int line = atKey ? at.keyLine() : at.line();
        int column = atKey ? at.keyColumn() : at.column();
        problems.add(new Problem(file, line, column, at.path(), severity, message));
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
