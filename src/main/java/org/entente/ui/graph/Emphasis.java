package org.entente.ui.graph;

import java.util.Arrays;

/**
 * Decides what stands out and what fades: hovering a node keeps it and its neighbours and dims the rest;
 * hovering a tie keeps its two ends; a selected actor, whether clicked or chosen in search (which also
 * highlights it), keeps itself, its ties and its neighbours; otherwise the shared highlighted items (a
 * path, an event's actors) do.
 */
final class Emphasis {

    private Emphasis() {
    }

    /** Fills {@code dimmed} (per node) and {@code emphasised} (per edge). */
    static void mark(GraphSnapshot g, PaintState ps, boolean[] dimmed, boolean[] emphasised) {
        Arrays.fill(dimmed, false);
        Arrays.fill(emphasised, false);
        int n = g.nodeCount();
        boolean[] focus = null;
        if (ps.hoveredNode() >= 0 && ps.hoveredNode() < n) {
            focus = neighbourhood(g, ps.hoveredNode(), emphasised);
        } else if (ps.hoveredEdge() >= 0 && ps.hoveredEdge() < g.edgeCount()) {
            focus = new boolean[n];
            focus[g.src[ps.hoveredEdge()]] = true;
            focus[g.dst[ps.hoveredEdge()]] = true;
            emphasised[ps.hoveredEdge()] = true;
        } else if (ps.selectedNode() >= 0 && ps.selectedNode() < n
                && (ps.highlighted().isEmpty() || ps.highlighted().equals(java.util.Set.of(g.actors[ps.selectedNode()].id())))) {
            focus = neighbourhood(g, ps.selectedNode(), emphasised);
        } else if (!ps.highlighted().isEmpty()) {
            focus = new boolean[n];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (ps.highlighted().contains(g.actors[i].id())) {
                    focus[i] = true;
                    any = true;
                }
            }
            for (int e = 0; e < g.edgeCount(); e++) {
                boolean rel = ps.highlighted().contains(g.relations[e].id());
                if (rel || (focus[g.src[e]] && focus[g.dst[e]] && ps.highlighted().size() > 1)) {
                    emphasised[e] = true;
                    focus[g.src[e]] = true;
                    focus[g.dst[e]] = true;
                    any = true;
                }
            }
            if (!any) focus = null;
        }
        if (ps.selectedEdge() >= 0 && ps.selectedEdge() < g.edgeCount()) emphasised[ps.selectedEdge()] = true;
        if (ps.selectedNode() >= 0 && ps.selectedNode() < n && focus == null) {
            for (int e = 0; e < g.edgeCount(); e++) {
                if (g.src[e] == ps.selectedNode() || g.dst[e] == ps.selectedNode()) emphasised[e] = true;
            }
        }
        if (focus != null) {
            for (int i = 0; i < n; i++) dimmed[i] = !focus[i];
        }
    }

    /** Node {@code h} and its neighbours; its ties marked in {@code emphasised}. */
    private static boolean[] neighbourhood(GraphSnapshot g, int h, boolean[] emphasised) {
        boolean[] focus = new boolean[g.nodeCount()];
        focus[h] = true;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.src[e] == h || g.dst[e] == h) {
                focus[g.src[e]] = true;
                focus[g.dst[e]] = true;
                emphasised[e] = true;
            }
        }
        return focus;
    }
}
