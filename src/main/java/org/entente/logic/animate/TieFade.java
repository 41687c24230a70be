package org.entente.logic.animate;

import java.time.LocalDate;

import org.entente.model.Relation;

/**
 * How strongly a tie is drawn on a frame, so ties ease in when they start and ease out when they end
 * instead of popping: a tie that began since the previous frame is drawn part-way, one frame later in
 * full; a tie that ended since the previous frame is still drawn part-way, then gone. The ramp is a
 * smoothstep over {@link #EASE_FRAMES} frames, measured in frames so months, years and event steps
 * all ease alike.
 */
public final class TieFade {

    /** Frames over which a tie fades in or out. */
    public static final double EASE_FRAMES = 2;

    private final FramePlan plan;

    public TieFade(FramePlan plan) {
        this.plan = plan;
    }

    /** Opacity (0 to 1) of a tie that holds on {@code frame}: below 1 only in the frames just after it began. */
    public double fadeIn(Relation r, int frame) {
        if (r.start() == null) return 1;
        return ramp(frame - plan.position(r.start().earliest()) + 1);
    }

    /**
     * Opacity of a tie that held on the previous frame and no longer holds on {@code frame} (0 when it
     * should not be drawn at all).
     */
    public double fadeOut(Relation r, int frame) {
        if (r.end() == null) return 0;
        LocalDate gone = r.end().latest().plusDays(1);
        return ramp(EASE_FRAMES - (frame - plan.position(gone)) - 1);
    }

    /** Smoothstep of {@code t / EASE_FRAMES}, clamped to 0..1. */
    static double ramp(double t) {
        if (Double.isNaN(t)) return 1;
        double x = Math.max(0, Math.min(1, t / EASE_FRAMES));
        return x * x * (3 - 2 * x);
    }
}
