package org.entente.logic.io.exporter;

import java.io.IOException;
import java.nio.file.Path;

import org.entente.model.Dataset;

/**
 * Writes a dataset in another tool's format, the way JGraphT's {@code GraphExporter} writes a graph: one
 * implementation per format beside this interface, every file written through
 * {@link org.entente.logic.io.AtomicWrite}. What the format cannot hold is written as attributes Entente's
 * importer reads back, so exporting and importing again gives the same actors, ties and dates.
 */
public interface DatasetExporter {

    /** The name used by {@code convert --to} ("gexf"). */
    String format();

    /** Writes {@code dataset} to {@code target}. */
    void export(Dataset dataset, Path target) throws IOException;
}
