package org.entente.ui.present;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.ui.state.AppState;

/**
 * Plays a lesson tour: keeps the current step and shows it through {@link AppState}, so the graph and
 * timeline move to the step's date, filter, focus and camera. The view-model behind the caption bar and
 * the presenter notes; tested without the toolkit.
 */
public final class TourPlayer {

    private final AppState state;
    private final ReadOnlyObjectWrapper<Tour> tour = new ReadOnlyObjectWrapper<>(this, "tour");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");

    private final Runnable frameGraph;
    private final Runnable frameTimeline;
    private java.util.function.BiConsumer<org.entente.logic.quiz.Question, Runnable> asker;

    public TourPlayer(AppState state) {
        this(state, () -> { });
    }

    /** @param frameGraph fits the graph to what it shows, for steps without a camera of their own */
    public TourPlayer(AppState state, Runnable frameGraph) {
        this(state, frameGraph, () -> { });
    }

    /**
     * @param frameGraph    fits the graph to what it shows, for steps without a camera of their own
     * @param frameTimeline shows the step's period on the timeline, after the step's date is set
     */
    public TourPlayer(AppState state, Runnable frameGraph, Runnable frameTimeline) {
        this.state = state;
        this.frameGraph = frameGraph;
        this.frameTimeline = frameTimeline;
    }

    /** Loads {@code t} and shows its first step. */
    public void play(Tour t) {
        tour.set(t);
        index.set(-1);
        goTo(0);
    }

    /**
     * Sets who asks a step's question before the step is shown: it is given the question and what to run
     * once the class has answered. Without one, steps show at once.
     */
    public void setAsker(java.util.function.BiConsumer<org.entente.logic.quiz.Question, Runnable> asker) {
        this.asker = asker;
    }

    /** Shows step {@code i} (clamped to the tour); a step with a question asks it first. */
    public void goTo(int i) {
        Tour t = tour.get();
        if (t == null || t.steps().isEmpty()) return;
        int k = Math.max(0, Math.min(t.steps().size() - 1, i));
        TourStep step = t.steps().get(k);
        if (step.question() != null && asker != null) {
            asker.accept(step.question(), () -> show(t, k, step));
            return;
        }
        show(t, k, step);
    }

    private void show(Tour t, int k, TourStep step) {
        if (tour.get() != t) return;
        index.set(k);
        state.batch(() -> {
            ViewStates.apply(step, state);
            if (step.camera() == null) frameGraph.run();
        });
        frameTimeline.run();
        title.set(step.title());
        caption.set(step.caption());
        notes.set(step.notes());
        position.set((k + 1) + " / " + t.steps().size());
    }

    /** Next step; false at the end. */
    public boolean next() {
        if (!hasTour() || index.get() >= tour.get().steps().size() - 1) return false;
        goTo(index.get() + 1);
        return true;
    }

    /** Previous step; false at the start. */
    public boolean previous() {
        if (!hasTour() || index.get() <= 0) return false;
        goTo(index.get() - 1);
        return true;
    }

    public boolean hasTour() {
        return tour.get() != null && !tour.get().steps().isEmpty();
    }

    public ReadOnlyObjectProperty<Tour> tourProperty() { return tour.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty notesProperty() { return notes.getReadOnlyProperty(); }
    /** "3 / 14". */
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
}
