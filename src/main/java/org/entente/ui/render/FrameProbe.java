package org.entente.ui.render;

import org.entente.ui.state.AppState;

/**
 * Measures how long a view takes to draw one frame, headless, for the bench command: each view ships its
 * own probe that drives its real painter, so the numbers the bench reports are the numbers users get.
 */
public interface FrameProbe {

    /** The median time in milliseconds to draw one frame of {@code width} x {@code height}, over {@code frames} frames. */
    double medianFrameMs(AppState state, int width, int height, int frames);
}
