package org.entente.ui.state;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.entente.model.Dataset;

/**
 * Records every change of the view value as an undo step: all the changes one action makes (handled
 * before the next pulse) form one step, the moves of one gesture (a drag, a brush, a pan, scrolling the
 * date) join into one step, and the camera's own framing after a change joins that change. A new dataset
 * starts a new history, since the old steps name things that may be gone.
 */
public final class ViewHistory {

    /** Changes of the same parts closer together than this are one gesture. */
    static final long GESTURE_NANOS = 700_000_000L;

    private final AppState state;
    private final History history;
    private final Consumer<Runnable> later;
    private final LongSupplier nanos;
    private ViewState before;
    private boolean pending;
    /** A dataset was loaded: the value it publishes is where the new history starts. */
    private boolean newDataset;

    /**
     * @param later runs a task after the current action (Platform::runLater in the app, Runnable::run in tests)
     * @param nanos a monotonic clock for telling gestures apart
     */
    public ViewHistory(AppState state, History history, Consumer<Runnable> later, LongSupplier nanos) {
        this.state = state;
        this.history = history;
        this.later = later;
        this.nanos = nanos;
        this.before = state.view();
        state.viewProperty().addListener(obs -> changed());
        state.datasetProperty().addListener(obs -> {
            if (state.isEditing()) return; // an edit is a step of this history, not a new one
            pending = false;
            newDataset = true;
            history.clear();
        });
    }

    public History history() { return history; }

    private void changed() {
        if (newDataset || history.isReplaying()) {
            newDataset = false;
            before = state.view();
            return;
        }
        if (pending) return;
        pending = true;
        later.accept(this::commit);
    }

    /** Turns what changed since the last step into a step now (before an undo, and after each action). */
    public void commit() {
        if (!pending) return;
        pending = false;
        ViewState after = state.view();
        if (after.equals(before)) return;
        // framing the view does by itself is no step: the next step starts from it, so undo comes back to it
        if (ViewChange.onlyCameras(ViewChange.parts(before, after)) && !state.lastCameraMoveByUser()) {
            before = after;
            return;
        }
        history.push(new ViewStep(before, after, nanos.getAsLong()));
        before = after;
    }

    /**
     * Takes the view as it is now as the start of the next step, without a step: for the changes an edit of
     * the dataset makes to the view (a deleted actor is no longer selected), which belong to that edit's step.
     */
    public void rebase() {
        pending = false;
        before = state.view();
    }

    /** Undo, after recording anything still pending. */
    public boolean undo() {
        commit();
        boolean done = history.undo();
        before = state.view();
        return done;
    }

    /** Redo. */
    public boolean redo() {
        commit();
        boolean done = history.redo();
        before = state.view();
        return done;
    }

    private String name(String id) {
        if (id == null) return "";
        Dataset d = state.getDataset();
        return d.actor(id).map(a -> a.name())
                .or(() -> d.event(id).map(e -> e.title()))
                .orElse(id);
    }

    /** A change of the view from one value to another. */
    private final class ViewStep implements UndoStep {
        private final ViewState from;
        private final ViewState to;
        private final long at;
        private final Set<ViewChange.Part> parts;
        private final String name;

        ViewStep(ViewState from, ViewState to, long at) {
            this.from = from;
            this.to = to;
            this.at = at;
            this.parts = ViewChange.parts(from, to);
            this.name = ViewChange.describe(from, to, ViewHistory.this::name);
        }

        @Override public String name() { return name; }

        @Override public void undo() { state.update(v -> from); }

        @Override public void redo() { state.update(v -> to); }

        @Override
        public UndoStep mergedWith(UndoStep next) {
            if (!(next instanceof ViewStep n) || !n.from.equals(to) || n.at - at > GESTURE_NANOS) return null;
            boolean cameraOnly = ViewChange.onlyCameras(n.parts);
            if (!cameraOnly && !parts.containsAll(n.parts)) return null;
            return new ViewStep(from, n.to, n.at);
        }
    }
}
