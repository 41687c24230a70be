package org.entente.ui.timeline;

import javafx.beans.property.ObjectProperty;

import org.entente.logic.timeline.TimeSpan;
import org.entente.ui.state.AppState;

/**
 * Keeps the timeline's stretch of time (its camera) and the one in the shared view value the same: the
 * user's own pan or zoom is an undo step (one per gesture), the timeline keeping something in view rides
 * along with the step that caused it, and an undo or a saved view moves the timeline back.
 */
final class TimelineCamera {

    private final AppState state;
    private final ObjectProperty<TimeSpan> span;
    /** The span is being set from the shared view value: not a move of its own. */
    private boolean following;
    /** The span moves because the user panned or zoomed. */
    private boolean byUser;

    TimelineCamera(AppState state, ObjectProperty<TimeSpan> span) {
        this.state = state;
        this.span = span;
        span.addListener((obs, old, now) -> {
            if (!following && now != null) state.moveTimeline(now, byUser);
        });
        state.timelineSpanProperty().addListener((obs, old, now) -> follow(now));
    }

    private void follow(TimeSpan now) {
        if (now == null || now.equals(span.get())) return;
        following = true;
        try {
            span.set(now);
        } finally {
            following = false;
        }
    }

    /** Runs {@code move} (a pan or zoom) as the user's own. */
    void byUser(Runnable move) {
        byUser = true;
        try {
            move.run();
        } finally {
            byUser = false;
        }
    }
}
