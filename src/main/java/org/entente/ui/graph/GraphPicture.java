package org.entente.ui.graph;

import java.util.Map;

import org.entente.logic.layout.GraphLayouter;
import org.entente.logic.layout.LayoutInput;
import org.entente.logic.layout.LayoutMonitor;
import org.entente.logic.layout.LayoutResult;
import org.entente.logic.layout.LayoutSettings;
import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

/**
 * The graph as a picture without a window, for the command-line {@code export}: it runs the same
 * deterministic layout the app runs when it opens, synchronously, so a headless export shows the same
 * picture a student sees on screen.
 */
public final class GraphPicture {

    private GraphPicture() {
    }

    /**
     * The graph of {@code state} (as-of date, window, filter, compare date, selection, highlights, pinned
     * actors and camera). Call on any thread; rendering the result needs the JavaFX thread.
     */
    public static Renderable of(AppState state) {
        GraphSnapshot g = new SnapshotBuilder().build(state);
        layOut(g, state, LayoutSettings.DEFAULT);
        Selection sel = state.getSelection();
        int node = sel.kind() == Selection.Kind.ACTOR ? g.indexOf(sel.id()) : -1;
        int edge = sel.kind() == Selection.Kind.RELATION ? g.edgeIndexOf(sel.id()) : -1;
        PaintState ps = new PaintState(-1, -1, node, edge, -1, state.highlighted(), state.pinned().keySet(),
                state.compareDateProperty().get(), false);
        return new GraphRenderable(g, state.graphCameraProperty().get(), 0, 0, ps);
    }

    /** Lays {@code g} out synchronously and places every node; returns the layout's report. */
    static LayoutResult layOut(GraphSnapshot g, AppState state, LayoutSettings settings) {
        LayoutInput in = SnapshotBuilder.layoutInput(g, Map.of(), state.pinned());
        LayoutResult r = GraphLayouter.layout(in, settings, LayoutMonitor.NONE);
        for (int i = 0; i < g.nodeCount(); i++) g.place(i, r.x()[i], r.y()[i]);
        return r;
    }
}
