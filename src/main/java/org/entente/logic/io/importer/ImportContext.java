package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What an importer works with: the builder to write into, the report, the user's options, the column
 * mappings it chose (shown in the preview), and the means to report progress and notice a Cancel.
 */
public final class ImportContext {

    private final DatasetBuilder builder;
    private final ImportOptions options;
    private final BooleanSupplier cancelled;
    private final DoubleConsumer progress;
    private final List<TableMapping> mappings = new ArrayList<>();

    public ImportContext(DatasetBuilder builder, ImportOptions options, BooleanSupplier cancelled, DoubleConsumer progress) {
        this.builder = builder;
        this.options = options;
        this.cancelled = cancelled;
        this.progress = progress;
    }

    public DatasetBuilder builder() { return builder; }
    public ImportReport report() { return builder.report(); }
    public ImportOptions options() { return options; }
    public List<TableMapping> mappings() { return mappings; }

    /** Reports progress in [0, 1] within the current file. */
    public void progress(double fraction) {
        progress.accept(fraction);
    }

    /** Throws {@link CancellationException} when the user pressed Cancel. */
    public void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import cancelled");
        }
    }
}
