package org.entente.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;

import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;

/**
 * The interactive timeline: events, relation spans, the as-of cursor, lanes and the overview brush, linked
 * to the graph through the shared {@link AppState}. A Control whose {@link TimelineViewSkin} paints on a
 * canvas, so that thousands of events cost one canvas, not thousands of nodes; {@link #renderable()} gives
 * export the same picture.
 */
public final class TimelineView extends Control {


    private final TimelineViewModel viewModel;

    public TimelineView(AppState state, Clock clock) {
        this(new TimelineViewModel(state, LocalDate.now(clock)));
    }

    public TimelineView(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("timeline-view");
        setId("timeline-view");
        setFocusTraversable(true);
    }

    public TimelineViewModel viewModel() {
        return viewModel;
    }

    /**
     * The current view as a picture for export: {@code wholeContent=false} in the render options shows the
     * same stretch of time as the screen, {@code true} fits the whole time span.
     */
    public Renderable renderable() {
        double w = getWidth() > 0 ? getWidth() : 1600;
        double h = getSkin() instanceof TimelineViewSkin skin && skin.canvas().getHeight() > 0 ? skin.canvas().getHeight() : 400;
        return new TimelineRenderable(viewModel.frame(), viewModel.state().themeProperty().get().palette(), w, h);
    }

    /**
     * The date under a point of the scene, at the axis's precision (see {@link TimelineViewModel#dateAt}),
     * or empty when the point is not over the time area (the control row, outside the view).
     */
    public java.util.Optional<org.entente.model.PartialDate> dateAtScene(double sceneX, double sceneY) {
        if (!(getSkin() instanceof TimelineViewSkin skin)) return java.util.Optional.empty();
        javafx.geometry.Point2D p = skin.canvas().sceneToLocal(sceneX, sceneY);
        if (p == null || p.getX() < 0 || p.getX() > skin.canvas().getWidth() || p.getY() < 0 || p.getY() > skin.canvas().getHeight()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(viewModel.dateAt(p.getX()));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }
}
