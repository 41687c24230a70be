package org.entente.ui.graph;

import java.util.List;

import org.entente.ui.render.LegendItem;

/**
 * Where the on-screen legend goes so that it never covers the graph: a strip along the bottom when it is
 * low, a column at the right of a wide view, a compact strip of the tie styles alone when the full
 * legend would take too much of a small view (a 1024×768 projector), or only the Legend button when even
 * that does not fit. The framing keeps the graph clear of the space chosen.
 */
final class LegendFit {

    /** Highest share of the view's height the full legend may take as a strip. */
    static final double STRIP_SHARE = 0.2;
    /** Highest share the compact strip (tie styles only) may take. */
    static final double COMPACT_SHARE = 0.22;

    /** Narrower views keep their width for the graph: a column would take more than a third of it. */
    static final double MIN_COLUMN_VIEW = 760;

    /** How the legend is shown. */
    enum Mode { STRIP, COLUMN, HIDDEN }

    /**
     * @param items what the legend shows in this mode
     * @param width for a column, its width
     */
    record Choice(Mode mode, List<LegendItem> items, double width) {
    }

    /** Measures {@code {width, height}} of a legend of these items at most {@code maxWidth} wide. */
    interface Measure {
        double[] of(List<LegendItem> items, double maxWidth);
    }

    private LegendFit() {
    }

    static Choice choose(List<LegendItem> items, double w, double h, Measure measure) {
        if (items.isEmpty()) return new Choice(Mode.HIDDEN, List.of(), 0);
        List<LegendItem> compact = items.stream()
                .filter(i -> i.group().equals(GraphLegend.TIES) || i.group().equals(GraphLegend.CHANGES)).toList();
        double columnWidth = Math.min(440, w * 0.38);
        for (List<LegendItem> set : compact.isEmpty() || compact.size() == items.size() ? List.of(items) : List.of(items, compact)) {
            double share = set == items ? STRIP_SHARE : COMPACT_SHARE;
            if (measure.of(set, w - 16)[1] <= h * share) return new Choice(Mode.STRIP, set, w - 16);
            if (w > 1.3 * h && w >= MIN_COLUMN_VIEW) {
                double[] column = measure.of(set, columnWidth);
                // a column whose longest entry is wider than the column would run out of the view
                if (column[1] < h - 60 && column[0] <= columnWidth + 0.5) return new Choice(Mode.COLUMN, set, columnWidth);
            }
        }
        return new Choice(Mode.HIDDEN, List.of(), 0);
    }
}
