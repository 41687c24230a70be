package org.entente.logic.io.importer;

import org.entente.logic.load.Severity;

/**
 * One thing an import could not use or had to decide, placed precisely enough for a teacher to find it
 * in their own file: the file, then the place (sheet, row and column; or line and element for XML), and a
 * message that quotes the offending value.
 */
public record ImportProblem(String file, String place, Severity severity, String message) {

    /** {@code FILE:PLACE: error|warning: message}, the form of compilers that editors and logs recognise. */
    public String format() {
        return file + (place == null || place.isEmpty() ? "" : ":" + place) + ": " + severity.label() + ": " + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
