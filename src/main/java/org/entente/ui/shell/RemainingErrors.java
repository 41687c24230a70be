package org.entente.ui.shell;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.entente.logic.edit.ModelCheck;
import org.entente.logic.load.Problem;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;

/**
 * The errors left in a dataset opened to be fixed (a file saved with errors, a recovery of edits in
 * progress): the status bar says how many remain and lists them, and after each edit (undo and redo too) the
 * model is checked again in the background with the validator's own rules ({@link ModelCheck}), so the
 * count drops as the user fixes things. Opening another dataset ends it; checking costs a write and a read of
 * the dataset, so it runs only while a dataset is being fixed.
 */
public final class RemainingErrors {

    private final AppState state;
    private final BackgroundExecutor executor;
    private final ModelCheck check;
    private final ReadOnlyBooleanWrapper fixing = new ReadOnlyBooleanWrapper(this, "fixing");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private int generation;

    public RemainingErrors(AppState state, BackgroundExecutor executor, ModelCheck check) {
        this.state = state;
        this.executor = executor;
        this.check = check;
        state.datasetProperty().addListener((obs, o, now) -> {
            if (!state.isEditing()) stop();
            else if (fixing.get()) recheck();
        });
        state.datasetFileProperty().addListener(obs -> {
            if (fixing.get()) recheck();
        });
    }

    /**
     * The open dataset is being fixed, with these errors (those its file was read with). With
     * {@code recheck}, they are worked out again at once for the dataset as Save would write it (a recovery's
     * problems name the recovery file, not the user's).
     */
    public void start(List<Problem> known, boolean recheck) {
        generation++;
        problems.set(List.copyOf(known));
        fixing.set(true);
        if (recheck) recheck();
    }

    /** No dataset is being fixed (another one was opened). */
    public void stop() {
        generation++;
        fixing.set(false);
        problems.set(List.of());
    }

    private void recheck() {
        int mine = ++generation;
        Dataset d = state.getDataset();
        Path file = state.datasetFileProperty().get();
        String name = file == null ? ModelCheck.UNSAVED : file.toString();
        executor.submit("Checking the dataset", p -> check.problems(d, name), found -> {
            if (mine == generation) problems.set(found);
        }, t -> { });
    }

    /** True while a dataset opened with errors is open. */
    public ReadOnlyBooleanProperty fixingProperty() { return fixing.getReadOnlyProperty(); }

    /** The problems of the dataset being fixed (errors and warnings, in file order); empty when none is. */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() { return problems.getReadOnlyProperty(); }

    /** How many errors (not warnings) remain. */
    public int errorCount() {
        return (int) problems.get().stream().filter(Problem::isError).count();
    }
}
