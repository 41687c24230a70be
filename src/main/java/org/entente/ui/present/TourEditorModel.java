package org.entente.ui.present;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.ui.state.AppState;

/**
 * The tour a teacher is building: a list of steps and the commands of the tour editor (add the current
 * view as a step, edit its texts, reorder, delete). Plain properties, so it is tested without the toolkit.
 */
public final class TourEditorModel {

    private final AppState state;
    private final ObservableList<TourStep> steps = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(this, "title", "My lesson");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");

    public TourEditorModel(AppState state) {
        this.state = state;
    }

    public ObservableList<TourStep> steps() { return steps; }
    public StringProperty titleProperty() { return title; }
    public StringProperty descriptionProperty() { return description; }

    /** Starts from an existing tour (to edit a bundled or saved one). */
    public void load(Tour tour) {
        title.set(tour.title());
        description.set(tour.description());
        steps.setAll(tour.steps());
    }

    /** Starts an empty tour: no steps, a default title, no description. */
    public void newTour() {
        title.set("My lesson");
        description.set("");
        steps.clear();
    }

    /** Adds what the screen shows now as a step after {@code after} (or at the end); returns its index. */
    public int addCurrentView(int after) {
        int n = steps.size() + 1;
        TourStep step = ViewStates.capture(state, "Step " + n, "", "");
        int at = after < 0 || after >= steps.size() ? steps.size() : after + 1;
        steps.add(at, step);
        return at;
    }

    /** Replaces step {@code i}'s view by what the screen shows now, keeping its texts. */
    public void updateView(int i) {
        TourStep old = steps.get(i);
        steps.set(i, ViewStates.capture(state, old.title(), old.caption(), old.notes()));
    }

    public void setTexts(int i, String newTitle, String caption, String notes) {
        if (i < 0 || i >= steps.size()) return;
        TourStep old = steps.get(i);
        if (old.title().equals(newTitle) && old.caption().equals(caption) && old.notes().equals(notes)) return;
        steps.set(i, old.withTexts(newTitle, caption, notes));
    }

    /** Moves step {@code i} one place up; returns its new index. */
    public int moveUp(int i) {
        if (i <= 0 || i >= steps.size()) return i;
        steps.add(i - 1, steps.remove(i));
        return i - 1;
    }

    /** Moves step {@code i} one place down; returns its new index. */
    public int moveDown(int i) {
        if (i < 0 || i >= steps.size() - 1) return i;
        steps.add(i + 1, steps.remove(i));
        return i + 1;
    }

    public void delete(int i) {
        if (i >= 0 && i < steps.size()) steps.remove(i);
    }

    /** Shows step {@code i} on screen. */
    public void show(int i) {
        if (i >= 0 && i < steps.size()) ViewStates.apply(steps.get(i), state);
    }

    public Tour toTour() {
        return new Tour(title.get(), description.get(), steps);
    }
}
