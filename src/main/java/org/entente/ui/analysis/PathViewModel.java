package org.entente.ui.analysis;

import org.entente.ui.state.HighlightSlot;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.logic.analysis.ConnectionPath;
import org.entente.logic.analysis.PathFinder;
import org.entente.logic.analysis.PathSentence;
import org.entente.model.Actor;
import org.entente.model.PartialDate;
import org.entente.ui.state.AppState;

/**
 * "How are A and B connected?": two chosen actors, the shortest paths between them in the visible graph
 * (so the as-of date, the filter and the focus apply), one sentence per path, and the paths highlighted.
 * Recomputed whenever either actor or the visible graph changes.
 */
public final class PathViewModel {

    /** Most tied paths listed. */
    public static final int MAX_PATHS = 6;

    private final AppState state;
    private final HighlightSlot highlight;
    private final PathFinder finder = new PathFinder(MAX_PATHS);
    private final ObjectProperty<String> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<String> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<String> sentences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public PathViewModel(AppState state) {
        this.state = state;
        this.highlight = new HighlightSlot(state, org.entente.logic.tour.Highlights.Owner.PATH);
        from.addListener(obs -> recompute());
        to.addListener(obs -> recompute());
        state.visibleGraphProperty().addListener(obs -> recompute());
        state.datasetProperty().addListener((obs, o, n) -> {
            from.set(null);
            to.set(null);
        });
        recompute();
    }

    private void recompute() {
        Actor a = from.get() == null ? null : state.getDataset().actor(from.get()).orElse(null);
        Actor b = to.get() == null ? null : state.getDataset().actor(to.get()).orElse(null);
        sentences.clear();
        if (a == null || b == null) {
            summary.set("Pick two actors to see how they are connected.");
            highlight.clear();
            return;
        }
        if (a.equals(b)) {
            summary.set("Pick two different actors.");
            highlight.clear();
            return;
        }
        var graph = state.getVisibleGraph().graph();
        String when = state.getAsOf() == null ? "" : " as of " + PartialDate.of(state.getAsOf()).display();
        for (Actor x : List.of(a, b)) {
            if (!graph.containsVertex(x)) {
                summary.set(x.name() + " is not shown" + when + " with the current filter.");
                highlight.clear();
                return;
            }
        }
        List<ConnectionPath> paths = finder.shortestPaths(graph, a, b);
        if (paths.isEmpty()) {
            summary.set("No chain of ties connects " + a.name() + " and " + b.name() + when + " with the current filter.");
            highlight.clear();
            return;
        }
        int steps = paths.get(0).length();
        String count = paths.size() == 1 ? "One shortest path" : paths.size() + " shortest paths" + (paths.size() == MAX_PATHS ? " (or more)" : "");
        summary.set(count + ", " + steps + (steps == 1 ? " step" : " steps") + when + ":");
        Set<String> ids = new LinkedHashSet<>();
        for (ConnectionPath p : paths) {
            sentences.add(PathSentence.of(p));
            ids.addAll(p.ids());
        }
        highlight.replace(ids);
    }

    /** Exchanges the two actors. */
    public void swap() {
        String a = from.get();
        from.set(to.get());
        to.set(a);
    }

    /** Clears both actors and the highlight. */
    public void clear() {
        from.set(null);
        to.set(null);
    }

    /** Id of the first actor; null when none is picked. */
    public ObjectProperty<String> fromProperty() { return from; }

    /** Id of the second actor; null when none is picked. */
    public ObjectProperty<String> toProperty() { return to; }

    /** One sentence per shortest path. */
    public ObservableList<String> sentences() { return sentences; }

    /** What was found, or why nothing was. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** The display name of an actor id, for the pickers. */
    public String nameOf(String id) {
        return id == null ? "" : state.getDataset().actor(id).map(Actor::name).orElse(id);
    }
}
