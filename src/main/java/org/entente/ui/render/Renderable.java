package org.entente.ui.render;

import java.time.LocalDate;
import java.util.List;

/**
 * A view that can draw itself into any area of any {@link Surface}: what PNG, SVG and clipboard export,
 * the command line and the on-screen canvas all call, so that every picture comes from one painter.
 */
public interface Renderable {

    /** Paints the view into {@code area} of {@code surface}. */
    void render(Surface surface, Area area, RenderOptions options);

    /** Legend entries for what this view currently draws (only what is on screen). */
    List<LegendItem> legend();

    /**
     * The size the content would like at scale 1, used for "whole graph" exports and to stack views;
     * {@code {width, height}} in pixels.
     */
    double[] preferredSize();

    /**
     * True when the content keeps its own shape (the graph: a picture framed whole, which leaves empty
     * borders in an area of another shape), false when it stretches to fill any area (the timeline).
     * Export uses it to give such a view the area that fits it, e.g. the legend beside instead of under it.
     */
    default boolean keepsItsShape() {
        return false;
    }

    /**
     * This view showing the period from {@code from} to {@code asOf} when it is drawn whole: a view of time
     * (the timeline) shows those years, a view without time (the graph) is the same picture. Used by the
     * handout, whose timeline covers the period the handout is about.
     */
    default Renderable during(LocalDate from, LocalDate asOf) {
        return this;
    }
}
