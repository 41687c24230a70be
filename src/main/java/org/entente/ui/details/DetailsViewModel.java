package org.entente.ui.details;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.entente.model.Dataset;
import org.entente.ui.details.DetailLine.Role;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

/**
 * The details panel's state: turns the shared selection (and the dataset and as-of date) into the
 * {@link DetailsContent} the panel draws, and offers the panel's commands: follow a link, go back.
 * Needs no toolkit, so every text the panel shows is tested as plain data.
 */
public final class DetailsViewModel {

    private static final int HISTORY = 50;

    private final AppState state;
    private final ReadOnlyObjectWrapper<DetailsContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final Deque<Selection> history = new ArrayDeque<>();
    private boolean goingBack;

    public DetailsViewModel(AppState state) {
        this.state = state;
        state.selectionProperty().addListener((obs, old, now) -> {
            // an item an edit just deleted (its selection let go of) is no place to go back to
            if (!goingBack && old != null && !old.equals(now) && exists(old)) {
                history.push(old);
                if (history.size() > HISTORY) history.removeLast();
            }
            canGoBack.set(!history.isEmpty());
            refresh();
        });
        state.datasetProperty().addListener((obs, old, now) -> {
            // an edit keeps the way back (each item is shown as it is now), less what it deleted; another dataset starts afresh
            if (state.isEditing()) history.removeIf(s -> !exists(s)); else history.clear();
            canGoBack.set(!history.isEmpty());
            refresh();
        });
        state.asOfProperty().addListener(obs -> refresh());
        refresh();
    }

    private void refresh() {
        content.set(contentFor(state.getSelection()));
    }

    /** What the panel shows for a selection in the current dataset on the current as-of date. */
    public DetailsContent contentFor(Selection s) {
        Dataset d = state.getDataset();
        return switch (s.kind()) {
            case NONE -> new OverviewDetails().build(d);
            case ACTOR -> d.actor(s.id()).map(a -> new ActorDetails(d, state.getAsOf()).build(a)).orElseGet(() -> missing(s));
            case RELATION -> d.relation(s.id()).map(r -> new RelationDetails(d, state.getAsOf()).build(r)).orElseGet(() -> missing(s));
            case EVENT -> d.event(s.id()).map(e -> new EventDetails(d).build(e)).orElseGet(() -> missing(s));
        };
    }

    private static DetailsContent missing(Selection s) {
        return new DetailsContent("Not found", s.id(), java.util.List.of(new DetailSection("missing", "",
                java.util.List.of(java.util.List.of(DetailLine.of(Role.MUTED,
                        "'" + s.id() + "' is not in the dataset that is open now."))))));
    }

    /** Selects what a link points to; the graph, timeline and this panel all follow. */
    public void follow(Fragment link) {
        if (link.isLink()) state.select(link.link());
    }

    /** Returns to the item shown before the last change of selection, in its current version. */
    public void back() {
        if (history.isEmpty()) return;
        goingBack = true;
        try {
            state.select(history.pop());
        } finally {
            goingBack = false;
        }
        canGoBack.set(!history.isEmpty());
    }

    /** Whether the dataset open now still has the item {@code s} names (the overview always is). */
    private boolean exists(Selection s) {
        Dataset d = state.getDataset();
        return switch (s.kind()) {
            case NONE -> true;
            case ACTOR -> d.actor(s.id()).isPresent();
            case RELATION -> d.relation(s.id()).isPresent();
            case EVENT -> d.event(s.id()).isPresent();
        };
    }

    /** Clears the selection, showing the dataset overview. */
    public void clearSelection() {
        state.update(v -> v.withSelection(Selection.NONE).withoutHighlights());
    }

    /** What the panel shows now. */
    public ReadOnlyObjectProperty<DetailsContent> contentProperty() { return content.getReadOnlyProperty(); }
    public DetailsContent getContent() { return content.get(); }

    /** True when {@link #back()} has somewhere to go. */
    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack.getReadOnlyProperty(); }
}
