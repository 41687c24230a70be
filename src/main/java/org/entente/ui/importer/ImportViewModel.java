package org.entente.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.io.importer.DayOrder;
import org.entente.logic.io.importer.Field;
import org.entente.logic.io.importer.ImportInput;
import org.entente.logic.io.importer.ImportOptions;
import org.entente.logic.io.importer.ImportResult;
import org.entente.logic.io.importer.Importers;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.JobHandle;

/**
 * The import preview's state and commands: reads the chosen files in the background (with progress and
 * Cancel), re-reads them when the user changes a column's meaning or the day order, and on Import opens
 * the result as a new, unsaved dataset titled after the file. Until then the open dataset is untouched.
 */
public final class ImportViewModel {

    private final AppState state;
    private final Importers importers;
    private final BackgroundExecutor executor;
    private final List<Path> files;
    private final Map<String, Field> columns = new LinkedHashMap<>();
    private DayOrder dayOrder = DayOrder.UNSET;
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private JobHandle job;
    private int generation;

    public ImportViewModel(AppState state, Importers importers, BackgroundExecutor executor, List<Path> files) {
        this.state = state;
        this.importers = importers;
        this.executor = executor;
        this.files = List.copyOf(files);
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public List<Path> files() { return files; }
    public DayOrder dayOrder() { return dayOrder; }

    /** Reads the files with the current choices, in the background. */
    public void preview() {
        cancel();
        int mine = ++generation;
        running.set(true);
        message.set("Reading " + files.get(0).getFileName() + (files.size() > 1 ? " and " + (files.size() - 1) + " more" : "") + " …");
        ImportOptions options = new ImportOptions(null, dayOrder, columns, null);
        job = executor.submit("Importing " + files.get(0).getFileName(), p -> {
            List<ImportInput> inputs = new ArrayList<>();
            for (Path f : files) inputs.add(ImportInput.read(f));
            return importers.importAll(inputs, options, p::isCancelled, f -> p.update(f, "Importing"));
        }, r -> {
            if (mine != generation) return;
            running.set(false);
            message.set(r.dataset().isPresent() ? r.summary() : r.report().errorCount() + " problems stop the import: " + r.summary());
            result.set(r);
        }, t -> {
            if (mine != generation) return;
            running.set(false);
            result.set(null);
            message.set(t instanceof ImportInput.UnreadableException ? t.getMessage() : "The import failed: " + t.getMessage());
        });
    }

    /** Uses {@code field} for every table column headed {@code header}, and reads again. */
    public void mapColumn(String header, Field field) {
        columns.put(header, field);
        preview();
    }

    /** Reads ambiguous numeric dates day-first or month-first, and reads again. */
    public void setDayOrder(DayOrder order) {
        dayOrder = order;
        preview();
    }

    /** Stops a running read; the open dataset stays as it was. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            generation++;
            running.set(false);
            message.set("Cancelled");
        }
    }

    /** Whether Import would open something. */
    public boolean canImport() {
        return result.get() != null && result.get().dataset().isPresent();
    }

    /** Opens the result as a new, unsaved dataset (no file: saving asks where). */
    public boolean accept() {
        if (!canImport()) return false;
        state.batch(() -> {
            state.datasetFileProperty().set(null);
            state.datasetProperty().set(result.get().dataset().get());
        });
        return true;
    }
}
