package org.entente.ui.graph;

import java.util.List;

import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import org.entente.ui.render.LegendItem;
import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;

/**
 * The node-link diagram: who is tied to whom as of the shared date, drawn on one canvas so that it stays
 * fast for thousands of actors. Shapes tell kinds apart, colours regions, sizes importance and line styles
 * tie families; the user pans, zooms, drags and pins nodes, hovers to see neighbours and clicks to select.
 * The drawing lives in {@link GraphViewSkin}; state and commands in {@link GraphViewModel}.
 */
public final class GraphView extends Control {


    private final GraphViewModel viewModel;

    public GraphView(AppState state, BackgroundExecutor executor) {
        this.viewModel = new GraphViewModel(state, executor);
        getStyleClass().add("graph-view");
        setId("graph-view");
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GraphViewSkin(this);
    }

    public GraphViewModel viewModel() {
        return viewModel;
    }

    /**
     * The current view as a picture: with {@code wholeContent = false} it shows what the screen shows
     * (same camera, scaled to the area); with {@code true} it frames the whole graph.
     */
    public Renderable renderable() {
        return viewModel.renderable();
    }

    /**
     * What the last painted frame showed, in the view's pixels: each node, label and tie drawn and the
     * legend's box, as the painters announced them (the same notes as an export's scene report).
     */
    public List<org.entente.ui.render.SceneItem> lastFrame() {
        return getSkin() instanceof GraphViewSkin skin ? skin.lastFrame() : List.of();
    }

    /** Legend entries for what is on screen now. */
    public List<LegendItem> legend() {
        return viewModel.legend();
    }
}
