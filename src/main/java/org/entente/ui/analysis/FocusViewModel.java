package org.entente.ui.analysis;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

import org.entente.model.Actor;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

/**
 * Focus: show only an actor's neighbourhood, 1 to 3 steps out, the rest hidden. Writes
 * {@link AppState#focusActorProperty()} and {@link AppState#focusDepthProperty()}; the graph filter does
 * the hiding, so both views and the counts follow.
 */
public final class FocusViewModel {

    private final AppState state;
    private final StringBinding description;

    public FocusViewModel(AppState state) {
        this.state = state;
        description = Bindings.createStringBinding(this::describe, state.focusActorProperty(), state.focusDepthProperty(),
                state.visibleGraphProperty());
    }

    private String describe() {
        String id = state.focusActorProperty().get();
        if (id == null) {
            return "No focus: everything that passes the filter is shown.";
        }
        String name = state.getDataset().actor(id).map(Actor::name).orElse(id);
        int depth = state.focusDepthProperty().get();
        if (!state.getVisibleGraph().showsActor(id)) {
            return name + " is hidden by the filter or the as-of date, so the focus has no effect.";
        }
        int others = state.getVisibleGraph().actorCount() - 1;
        return "Showing " + name + " and the " + others + (others == 1 ? " actor" : " actors") + " within "
                + depth + (depth == 1 ? " step" : " steps") + ".";
    }

    /** Focuses on an actor id. */
    public void focusOn(String actorId) {
        state.focusActorProperty().set(actorId);
    }

    /** Focuses on the selected actor, if an actor is selected. */
    public void focusOnSelection() {
        Selection s = state.getSelection();
        if (s.kind() == Selection.Kind.ACTOR) {
            focusOn(s.id());
        }
    }

    /** Sets how many steps out are shown (1 to 3). */
    public void setDepth(int depth) {
        state.focusDepthProperty().set(Math.max(1, Math.min(3, depth)));
    }

    public int depth() {
        return state.focusDepthProperty().get();
    }

    /** Shows everything again. */
    public void clear() {
        state.focusActorProperty().set(null);
    }

    /** The focus actor's name, empty when none. */
    public String focusName() {
        String id = state.focusActorProperty().get();
        return id == null ? "" : state.getDataset().actor(id).map(Actor::name).orElse(id);
    }

    /** "Showing Japan and the 12 actors within 2 steps." */
    public StringBinding descriptionBinding() {
        return description;
    }

    public AppState state() {
        return state;
    }
}
