package org.entente.ui.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.edit.DatasetSaver;
import org.entente.logic.edit.Edit;
import org.entente.logic.edit.ItemChange;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.ui.state.AppState;
import org.entente.ui.state.UndoStep;
import org.entente.ui.state.ViewHistory;
import org.entente.ui.state.ViewState;

/**
 * The editing of the open dataset, without the toolkit: applies {@link Edit}s as steps of the one Edit →
 * Undo / Redo history (named after what they did), knows whether there are unsaved changes (an edit undone
 * back to the saved version is clean again), saves, and remembers the source used last so that a new
 * item is cited from the start.
 */
public final class EditSession {

    private final AppState state;
    private final ViewHistory history;
    private final DatasetSaver saver;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Dataset saved;
    private String lastSource;
    private int edits;

    public EditSession(AppState state, ViewHistory history, DatasetSaver saver) {
        this.state = state;
        this.history = history;
        this.saver = saver;
        this.saved = state.getDataset();
        state.datasetProperty().addListener((obs, o, now) -> {
            if (!state.isEditing()) {
                saved = now;
                lastSource = null;
            }
            updateDirty();
        });
    }

    public AppState state() { return state; }

    /** Applies {@code edit} to the open dataset as one undoable step. */
    public void apply(Edit edit) {
        history.commit();
        ViewState viewBefore = state.view();
        Dataset next = edit.applyTo(state.getDataset());
        state.applyEdit(next, edit.change().removed());
        history.rebase();
        history.history().push(new DatasetStep(edit, viewBefore, state.view()));
        edits++;
        rememberSource(edit);
        message.set(edit.consequence().isEmpty() ? "" : capitalised(edit.consequence()));
    }

    /** How many edits were applied (undo and redo not counted); autosave watches it. */
    public int editCount() { return edits; }

    /** Starts a new dataset with a title, a description and its first source; it is unsaved until Save As. */
    public void newDataset(String title, String description, Source first) {
        Dataset d = new Dataset("entente/1", title, description, List.of(first), List.of(), List.of(), List.of(), List.of());
        state.batch(() -> {
            state.datasetFileProperty().set(null);
            state.datasetProperty().set(d);
        });
        saved = null;
        lastSource = first.id();
        updateDirty();
    }

    /** Opens recovered edits: {@code d} as unsaved changes of {@code origin} (null for a new dataset). */
    public void restore(Dataset d, Path origin) {
        state.batch(() -> {
            state.datasetFileProperty().set(origin);
            state.datasetProperty().set(d);
        });
        saved = null;
        updateDirty();
    }

    /** The file Save writes, or empty when Save must ask (a new dataset, the bundled one). */
    public Optional<Path> file() {
        return Optional.ofNullable(state.datasetFileProperty().get());
    }

    /** Saves the open dataset to {@code file}, which becomes the open file; throws with the reason in words. */
    public DatasetSaver.Saved save(Path file) throws IOException {
        Dataset d = state.getDataset();
        DatasetSaver.Saved result = saver.save(d, file);
        saved = d;
        state.datasetFileProperty().set(file);
        updateDirty();
        message.set(result.message());
        return result;
    }

    /** Forgets unsaved changes as changes (after the user chose not to save them). */
    public void markSaved() {
        saved = state.getDataset();
        updateDirty();
    }

    /** True when the open dataset differs from what was last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public boolean isDirty() { return dirty.get(); }

    /** What the last edit also removed, or how the last save went; for the status bar. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The source a new item cites by default: the one used last, else the dataset's first. */
    public Optional<String> defaultSource() {
        Dataset d = state.getDataset();
        if (lastSource != null && d.source(lastSource).isPresent()) return Optional.of(lastSource);
        return d.sources().isEmpty() ? Optional.empty() : Optional.of(d.sources().get(0).id());
    }

    private void updateDirty() {
        Dataset now = state.getDataset();
        dirty.set(saved == null || (now != saved && !now.sameContent(saved)));
    }

    private void rememberSource(Edit edit) {
        for (ItemChange c : edit.changes()) {
            List<String> sources = c.after() instanceof Actor a ? a.sources() : c.after() instanceof Relation r ? r.sources()
                    : c.after() instanceof Event e ? e.sources() : List.of();
            if (c.after() instanceof Source s) lastSource = s.id();
            else if (!sources.isEmpty()) lastSource = sources.get(sources.size() - 1);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An edit of the dataset as a step of the shared history. */
    private final class DatasetStep implements UndoStep {
        private final Edit edit;
        private final ViewState viewBefore;
        private final ViewState viewAfter;

        /** The view before and after are kept so that undo gives back a deleted item's selection too. */
        DatasetStep(Edit edit, ViewState viewBefore, ViewState viewAfter) {
            this.edit = edit;
            this.viewBefore = viewBefore;
            this.viewAfter = viewAfter;
        }

        @Override public String name() { return edit.name(); }

        @Override
        public void undo() {
            Edit back = edit.inverse();
            state.applyEdit(back.applyTo(state.getDataset()), back.change().removed());
            state.update(v -> viewBefore);
            updateDirty();
        }

        @Override
        public void redo() {
            state.applyEdit(edit.applyTo(state.getDataset()), edit.change().removed());
            state.update(v -> viewAfter);
            updateDirty();
        }
    }
}
