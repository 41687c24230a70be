package org.entente.logic.io.importer;

/**
 * Reads one other tool's file format into the shared {@link DatasetBuilder}, the way JGraphT's
 * {@code GraphImporter} reads into a graph: one implementation per format beside this interface, each
 * parsing with a well-kept library and writing by hand only the mapping to Entente. Importers never throw
 * for a user's mistake; they report it with its place in the {@link ImportContext}.
 */
public interface DatasetImporter {

    /** The short name used by {@code --format} and shown in the preview ("csv", "gexf"). */
    String format();

    /** What the format is, for people ("GEXF graph (Gephi)"). */
    String description();

    /**
     * How sure this importer is that the content is its format, from the content first and the file name
     * second: 0 for "not mine", higher for surer (a root element or a signature beats an extension).
     */
    int detect(ImportInput input);

    /** Reads the file into {@code context.builder()}, reporting what it skips or cannot read. */
    void read(ImportInput input, ImportContext context);
}
