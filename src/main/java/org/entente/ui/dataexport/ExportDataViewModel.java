package org.entente.ui.dataexport;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.io.exporter.DatasetExporter;
import org.entente.logic.io.exporter.Exporters;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;

/**
 * Writes the open dataset in another tool's format in the background (the status bar shows progress and
 * Cancel), every file through AtomicWrite, and says in one sentence what was written or why it was not.
 * The open dataset is never changed.
 */
public final class ExportDataViewModel {

    private final AppState state;
    private final Exporters exporters;
    private final BackgroundExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    public ExportDataViewModel(AppState state, Exporters exporters, BackgroundExecutor executor) {
        this.state = state;
        this.exporters = exporters;
        this.executor = executor;
    }

    /** True while writing; it turns false only after {@link #messageProperty()} says how the export ended. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** What the last export wrote, or why it failed. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    /** The name suggested for the target: the dataset's title made safe for a file name, with the format's extension. */
    public String suggestedName(DataFormat format) {
        Dataset d = state.getDataset();
        String base = d == null || d.title().isBlank() ? "dataset" : d.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (base.length() > 60) base = base.substring(0, 60);
        return format.extension().isEmpty() ? base : base + "." + format.extension();
    }

    /**
     * Why the open dataset cannot be written as {@code format} at all (nothing open, an unknown format, TimelineJS
     * for a dataset without events), or null; asked before the user picks a file.
     */
    public String refusal(DataFormat format) {
        Dataset dataset = state.getDataset();
        if (dataset == null) return "No dataset is open: nothing to export.";
        if (exporters.byName(format.format()).isEmpty()) return "Unknown format " + format.format() + ".";
        if (format.format().equals("timelinejs") && dataset.events().isEmpty()) {
            return "TimelineJS holds only events, and this dataset has none: nothing was written. Choose GEXF, GraphML or CSV.";
        }
        return null;
    }

    /** Writes the open dataset as {@code format} to {@code target} in the background. */
    public void export(DataFormat format, Path target) {
        String refused = refusal(format);
        if (refused != null) {
            failed.set(true);
            message.set(refused);
            return;
        }
        Dataset dataset = state.getDataset();
        DatasetExporter exporter = exporters.byName(format.format()).orElseThrow();
        running.set(true);
        message.set("Writing " + target.getFileName() + "…");
        executor.submit("Exporting " + format.format().toUpperCase(java.util.Locale.ROOT) + " to " + target.getFileName(), progress -> {
            progress.update(-1, "Writing " + target.getFileName());
            exporter.export(dataset, target);
            progress.update(1, "Written");
            return dataset;
        }, d -> {
            failed.set(false);
            message.set("Wrote " + d.actors().size() + " actors, " + d.relations().size() + " relations and " + d.events().size()
                    + " events as " + format.format() + " to " + target + ".");
            running.set(false);
        }, t -> {
            failed.set(true);
            message.set("Could not write " + target + ": " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
            running.set(false);
        });
    }
}
