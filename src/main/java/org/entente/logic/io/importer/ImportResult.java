package org.entente.logic.io.importer;

import java.util.List;
import java.util.Optional;

import org.entente.model.Dataset;

/**
 * The outcome of importing one or more files: the dataset when nothing stopped it, the report, the format
 * that was read, and the table mappings for the preview. Never an exception for a user's mistake.
 */
public record ImportResult(Optional<Dataset> dataset, ImportReport report, String format, List<TableMapping> mappings) {

    public ImportResult {
        mappings = List.copyOf(mappings);
    }

    public int actors() { return dataset.map(d -> d.actors().size()).orElse(0); }
    public int relations() { return dataset.map(d -> d.relations().size()).orElse(0); }
    public int events() { return dataset.map(d -> d.events().size()).orElse(0); }

    /** "N actors, M relations, K events, W warnings". */
    public String summary() {
        return actors() + " actors, " + relations() + " relations, " + events() + " events, "
                + report.warningCount() + " warnings";
    }
}
