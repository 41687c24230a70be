package org.entente.ui.graph;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the painter needs beyond the snapshot: who is hovered, selected, under the keyboard cursor,
 * highlighted or pinned, and which extras are on. Indices are -1 for none.
 *
 * @param compareDate the "changes since" date, or null
 * @param hulls       whether to shade the members of each grouping
 */
record PaintState(int hoveredNode, int hoveredEdge, int selectedNode, int selectedEdge, int cursorNode,
                  Set<String> highlighted, Set<String> pinned, LocalDate compareDate, boolean hulls) {

    static final PaintState NONE = new PaintState(-1, -1, -1, -1, -1, Set.of(), Set.of(), null, false);

    PaintState {
        highlighted = Set.copyOf(highlighted);
        pinned = Set.copyOf(pinned);
    }
}
