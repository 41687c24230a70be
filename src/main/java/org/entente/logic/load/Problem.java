package org.entente.logic.load;

/**
 * One thing wrong with a dataset file, located precisely enough for a curator to fix it without
 * hunting: the file, the line and column (1-based, 0 when unknown), the JSON path, and a message that
 * names the offending value. The file name, path and message are made safe on construction (control
 * characters escaped, cut to a readable length; see {@link Quoted}), so every place that shows a problem,
 * the command line and the problems dialog alike, can print it as it is.
 */
public record Problem(String file, int line, int column, String jsonPath, Severity severity, String message) {

    public Problem {
        file = Quoted.safeMessage(file);
        jsonPath = jsonPath == null ? "" : Quoted.safeMessage(jsonPath);
        message = Quoted.safeMessage(message);
    }

    /** {@code FILE:LINE:COLUMN: error|warning: message (at $.path)}, the format of compilers and linters. */
    public String format() {
        String where = file + ":" + line + ":" + column;
        String at = jsonPath == null || jsonPath.isEmpty() ? "" : " (at " + jsonPath + ")";
        return where + ": " + severity.label() + ": " + message + at;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
