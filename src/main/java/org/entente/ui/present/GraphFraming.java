package org.entente.ui.present;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

import org.entente.ui.graph.GraphViewModel;

/**
 * Frames the graph for a tour step that has no camera of its own: at once, and again when the layout
 * has settled on the step's actors, so the class sees the whole neighbourhood, not last step's framing.
 */
public final class GraphFraming implements Runnable {

    private final GraphViewModel graph;
    private ChangeListener<Boolean> pending;

    private GraphFraming(GraphViewModel graph) {
        this.graph = graph;
    }

    /** A framing action for {@code graph}. */
    public static Runnable of(GraphViewModel graph) {
        return new GraphFraming(graph);
    }

    @Override
    public void run() {
        if (pending != null) graph.layoutRunningProperty().removeListener(pending);
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean running) {
                if (!running) {
                    obs.removeListener(this);
                    if (pending == this) pending = null;
                    graph.frame();
                }
            }
        };
        pending = once;
        graph.layoutRunningProperty().addListener(once);
        Platform.runLater(graph::frame);
    }
}
