package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.logic.load.Severity;

/**
 * What an import did with everything it found, so nothing is dropped silently: how many items were
 * mapped, which kinds and tie types were kept as they were (not in Entente's vocabulary), and every row
 * or element that was skipped or needed a decision, with its place and why.
 */
public final class ImportReport {

    /** More problems than this are counted, not kept: a broken million-row file must not exhaust memory. */
    static final int MAX_KEPT = 10_000;

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Set<String>> keptAsIs = new TreeMap<>();
    private int errors;
    private int warnings;
    private int skipped;

    public void error(String file, String place, String message) {
        errors++;
        add(new ImportProblem(file, place, Severity.ERROR, message));
    }

    public void warning(String file, String place, String message) {
        warnings++;
        add(new ImportProblem(file, place, Severity.WARNING, message));
    }

    /** A row or element that could not be used: a warning that says it was skipped and why. */
    public void skipped(String file, String place, String why) {
        skipped++;
        warning(file, place, "skipped: " + why);
    }

    /** A value of {@code what} ("kind", "tie type") outside Entente's vocabulary, kept as written. */
    public void keptAsIs(String what, String value) {
        keptAsIs.computeIfAbsent(what, k -> new TreeSet<>()).add(value);
    }

    private void add(ImportProblem p) {
        if (problems.size() < MAX_KEPT) {
            problems.add(p);
        }
    }

    public List<ImportProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    public int skippedCount() {
        return skipped;
    }

    /** Kinds and tie types kept as written, by what they are ("kind", "tie type"). */
    public Map<String, Set<String>> keptAsIs() {
        return Collections.unmodifiableMap(keptAsIs);
    }
}
