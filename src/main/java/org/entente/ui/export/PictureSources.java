package org.entente.ui.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;

/**
 * Where export gets its pictures: the graph and timeline painters, as functions of the shared state.
 * On screen they return the live views' renderables (so the export matches the screen); on the command
 * line they build the views headless. Injected, so export never depends on how the views are made.
 */
public record PictureSources(Function<AppState, Renderable> graph, Function<AppState, Renderable> timeline) {

    /** The composed picture of {@code view} for {@code state}. Call on the JavaFX thread. */
    public ComposedPicture compose(AppState state, ExportView view) {
        return compose(state, view, null);
    }

    /**
     * The composed picture of {@code view} for {@code state}, its timeline showing the period from
     * {@code periodFrom} to the as-of date (null: the default period before it). Call on the JavaFX thread.
     */
    public ComposedPicture compose(AppState state, ExportView view, LocalDate periodFrom) {
        List<Renderable> parts = new ArrayList<>();
        if (view != ExportView.TIMELINE) parts.add(require(graph, state, "graph"));
        if (view != ExportView.GRAPH) {
            Renderable t = require(timeline, state, "timeline");
            parts.add(periodFrom == null ? t : t.during(periodFrom, state.getAsOf()));
        }
        String focus = state.focusActorProperty().get();
        String focusName = focus == null ? null : state.getDataset().actor(focus).map(a -> a.name()).orElse(focus);
        return new ComposedPicture(parts, PictureText.of(state.getDataset(), view, state.getAsOf(), focusName));
    }

    private static Renderable require(Function<AppState, Renderable> source, AppState state, String name) {
        Renderable r = source == null ? null : source.apply(state);
        if (r == null) throw new IllegalStateException("the " + name + " view is not available for export");
        return r;
    }
}
