package org.entente.ui.timeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.entente.logic.timeline.LaneAssigner;
import org.entente.logic.timeline.LaneMode;
import org.entente.logic.timeline.TimelineIndex;
import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

/**
 * The timeline as a picture without a window, for the command-line export: lanes by kind, the whole time
 * span, and the as-of date, time window, filter and selection of the given state. Call it on the JavaFX
 * thread (see {@code HeadlessFx.call}) because text is measured with JavaFX fonts.
 */
public final class TimelinePicture {

    private TimelinePicture() {
    }

    /** The timeline of {@code state}'s dataset, fitted to its whole time span. */
    public static Renderable of(AppState state) {
        return new TimelineRenderable(frameOf(state, LocalDate.now()), state.themeProperty().get().palette(), 1600, 400);
    }

    static TimelineFrame frameOf(AppState state, LocalDate today) {
        TimelineIndex index = new TimelineIndex(state.getDataset(), today);
        Set<String> lit = new HashSet<>(state.highlighted());
        Selection sel = state.getSelection();
        if (sel.kind() == Selection.Kind.ACTOR && sel.id() != null) lit.add(sel.id());
        var visible = state.getVisibleGraph();
        return new TimelineFrame(state.getDataset(), index, LaneAssigner.assign(state.getDataset(), LaneMode.KIND, java.util.List.of()),
                LaneMode.KIND, index.extent(), state.getAsOf(), today, state.timeWindowProperty().get(),
                visible == null ? null : visible.eventIds(), state.filterProperty().get(), sel, lit, Set.of(), 0);
    }
}
