package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.entente.ui.render.LegendItem;
import org.junit.jupiter.api.Test;

/** The legend takes its own space and shrinks before it would cover a small graph. */
class LegendFitTest {

    private static List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) items.add(new LegendItem(GraphLegend.KINDS, "Kind " + i, (s, x, y, size, p) -> { }));
        for (int i = 0; i < 8; i++) items.add(new LegendItem(GraphLegend.COLOURS, "Region " + i, (s, x, y, size, p) -> { }));
        for (int i = 0; i < 7; i++) items.add(new LegendItem(GraphLegend.TIES, "Tie " + i, (s, x, y, size, p) -> { }));
        return items;
    }

    /** Rows of 20 px; each row holds {@code maxWidth / 120} entries, a new row for each group. */
    private static final LegendFit.Measure ROWS = (items, maxWidth) -> {
        int perRow = Math.max(1, (int) (maxWidth / 120));
        double rows = 0;
        for (String group : List.of(GraphLegend.KINDS, GraphLegend.COLOURS, GraphLegend.TIES, GraphLegend.CHANGES)) {
            long n = items.stream().filter(i -> i.group().equals(group)).count();
            rows += Math.ceil((double) n / perRow);
        }
        return new double[] {Math.min(maxWidth, items.size() * 120), rows * 20};
    };

    @Test
    void aRoomyViewShowsTheWholeLegendAsAStrip() {
        LegendFit.Choice c = LegendFit.choose(legend(), 1800, 900, ROWS);
        assertEquals(LegendFit.Mode.STRIP, c.mode());
        assertEquals(25, c.items().size());
        assertTrue(ROWS.of(c.items(), c.width())[1] <= 900 * LegendFit.STRIP_SHARE);
    }

    @Test
    void aSmallProjectorViewKeepsOnlyTheTieStylesAndStaysLow() {
        // the graph area of a 1024x768 window: the full legend would take half its height
        LegendFit.Choice c = LegendFit.choose(legend(), 580, 370, ROWS);
        assertEquals(LegendFit.Mode.STRIP, c.mode());
        assertTrue(c.items().stream().allMatch(i -> i.group().equals(GraphLegend.TIES)), "compact: ties only");
        assertTrue(ROWS.of(c.items(), c.width())[1] <= 370 * LegendFit.STRIP_SHARE);
    }

    @Test
    void aWideShortViewPutsTheLegendInAColumn() {
        LegendFit.Choice c = LegendFit.choose(legend(), 1600, 280, ROWS);
        assertEquals(LegendFit.Mode.COLUMN, c.mode());
        assertTrue(c.width() <= 1600 * 0.38);
        assertEquals(25, c.items().size(), "the whole legend, beside the graph");
    }

    @Test
    void withNoRoomAtAllOnlyTheButtonRemains() {
        assertEquals(LegendFit.Mode.HIDDEN, LegendFit.choose(legend(), 300, 120, ROWS).mode());
    }
}
