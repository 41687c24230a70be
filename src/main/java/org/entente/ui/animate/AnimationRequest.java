package org.entente.ui.animate;

import java.time.LocalDate;

import org.entente.logic.animate.FrameStep;
import org.entente.logic.filter.FilterCriteria;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.ui.export.ExportView;
import org.entente.ui.theme.Theme;

/**
 * Everything an animation is made from: the data and what of it is shown (filter, time window, focus),
 * the range and step of the frames, and the picture (view, size, frame rate, theme). The same value comes
 * from the command line and from File → Export animation…, so both make the same file.
 *
 * @param focus actor whose neighbourhood is shown, or null for the whole graph
 */
public record AnimationRequest(Dataset dataset, FilterCriteria filter, DateRange window, String focus, int depth,
                               LocalDate from, LocalDate to, FrameStep step, ExportView view,
                               int width, int height, double fps, Theme theme) {

    /** Largest frame side: a GIF beyond full HD is too heavy to share with a class. */
    public static final int MAX_SIDE = 3840;

    public AnimationRequest {
        filter = filter == null ? FilterCriteria.NONE : filter;
        window = window == null ? DateRange.ALL : window;
        depth = Math.max(1, Math.min(3, depth));
        if (width < 64 || height < 64 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("frames must be between 64 and " + MAX_SIDE + " pixels a side, were "
                    + width + " x " + height);
        }
        if (!(fps > 0.1 && fps <= 50)) throw new IllegalArgumentException("frames per second must be above 0.1 and at most 50, was " + fps);
        if (to.isBefore(from)) throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
    }
}
