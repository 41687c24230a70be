package org.entente.ui.graph;

import java.util.Arrays;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.entente.model.RelationFamily;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.Surface;
import org.entente.ui.theme.Palette;

/**
 * Paints a {@link GraphSnapshot} on any {@link Surface}: the on-screen canvas, PNG and SVG export and the
 * benchmark all call this one painter, so every picture matches the screen. Culls to the area, batches
 * edges by style, and drops arrowheads and labels when nodes are too small to carry them.
 */
final class GraphPainter {

    static final double DIM_ALPHA = 0.16;
    private static final double ARROW_EDGE_LIMIT = 4000;
    /** Ties that fade at overview (a place, an office): drawn in full when zoomed in or hovered. */
    static final java.util.Set<RelationFamily> MINOR = java.util.EnumSet.of(RelationFamily.LOCATION, RelationFamily.LEADERSHIP);
    /** Pixels per world unit from which minor ties are drawn in full. */
    static final double FULL_DETAIL_ZOOM = 1.4;
    /** Opacity of ties that step back: minor ties at overview, unchanged ties while comparing dates. */
    static final double QUIET_ALPHA = 0.35;
    /** Line width of a bundled fan's ties at overview, as a share of their style's width. */
    static final double FAN_WIDTH = 0.6;
    private static final boolean[] FAN_PASSES = {false, true};
    /**
     * Up to this many actors on screen, each keeps its kind's shape however far out the view is: a class
     * tells a state (circle) from an alliance or an agreement at a glance, and drawing a few hundred shapes
     * costs little. Beyond it, tiny actors become quick squares (level of detail).
     */
    static final int SHAPES_UP_TO = 600;
    /** Above this many ties on screen, they are drawn through the {@link EdgeRaster} (level of detail). */
    static final int DENSE_EDGES = 1500;

    private final LabelLayer labels = new LabelLayer();
    private final EdgeRaster raster = new EdgeRaster();
    private boolean[] visibleNodes = new boolean[0];
    private boolean[] visibleEdges = new boolean[0];
    private boolean[] emphasised = new boolean[0];
    private boolean[] dimmedNodes = new boolean[0];
    /** Arrowhead corners, reused so that all arrowheads of one style go to the canvas as one path. */
    private final double[] ax = new double[3];
    private final double[] ay = new double[3];
    private List<double[]> keepClear = List.of();
    private java.time.LocalDate compareDate;
    /** Something is hovered or selected: it decides what fades, not the changes' highlight. */
    private boolean pointing;

    /** Paints the graph into the camera's area; the caller clears the background. */
    void paint(Surface s, GraphSnapshot g, Camera cam, PaintState ps, Palette p, double scale) {
        int n = g.nodeCount();
        visibleNodes = ensure(visibleNodes, n);
        dimmedNodes = ensure(dimmedNodes, n);
        visibleEdges = ensure(visibleEdges, g.edgeCount());
        emphasised = ensure(emphasised, g.edgeCount());
        cull(g, cam);
        Emphasis.mark(g, ps, dimmedNodes, emphasised);
        compareDate = ps.compareDate();
        pointing = ps.hoveredNode() >= 0 || ps.hoveredEdge() >= 0 || ps.selectedNode() >= 0 || ps.selectedEdge() >= 0;
        boolean tiny = cam.radius(org.entente.logic.layout.NodeSize.MIN_RADIUS) < 3;
        List<HullLayer.Name> hullNames = ps.hulls() ? HullLayer.paint(s, g, cam, p, scale) : List.of();
        int drawnEdges = 0;
        for (boolean v : visibleEdges) if (v) drawnEdges++;
        boolean dense = drawnEdges > DENSE_EDGES;
        if (dense) leaveOutMinorTies(g, cam, scale);
        boolean arrows = !tiny && drawnEdges < ARROW_EDGE_LIMIT;
        boolean anyDim = anyTrue(dimmedNodes);
        GraphicsContext gc = s instanceof CanvasSurface cs ? cs.graphicsContext() : null;
        boolean rastered = dense && gc != null && EdgeRaster.usable(gc);
        if (rastered) {
            rasterise(s, g, cam, p, tiny, gc);
        } else {
            paintEdges(s, g, cam, p, scale, anyDim ? Pass.DIMMED : null, arrows);
            paintEdges(s, g, cam, p, scale, Pass.NORMAL, arrows);
        }
        paintEdges(s, g, cam, p, scale, Pass.EMPHASISED, arrows);
        if (!(tiny && rastered)) paintNodes(s, g, cam, ps, p, scale, tiny);
        else paintMarkedNodes(s, g, cam, ps, p, scale);
        labels.paint(s, g, cam, ps, p, scale, visibleNodes, dimmedNodes, visibleEdges, tiny, keepClear, hullNames);
        s.setGlobalAlpha(1);
        s.setLineDashes();
    }

    /**
     * A box in pixels (x, y, w, h) that names must keep clear of, such as the legend drawn over the view;
     * null for none.
     */
    void keepClear(double[]... boxes) {
        keepClear = java.util.Arrays.stream(boxes).filter(java.util.Objects::nonNull).map(double[]::clone).toList();
    }

    /** Node visibility of the last paint (what is on screen), for the legend. */
    boolean[] visibleNodes() { return visibleNodes; }

    boolean[] visibleEdges() { return visibleEdges; }

    /** Label boxes of the last paint, in pixels. */
    List<LabelPlacer.Box> labelBoxes() { return labels.boxes(); }

    /**
     * Level of detail: among thousands of ties at overview, minor ties (a place, an office) are left out;
     * zooming in, or pointing at an actor (its ties are emphasised), brings them back. Decided here, before
     * any drawing, so the screen, a PNG, an SVG and the scene report all leave out the same ties.
     */
    private void leaveOutMinorTies(GraphSnapshot g, Camera cam, double scale) {
        if (cam.zoom() / scale >= FULL_DETAIL_ZOOM || compareDate != null) return;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (visibleEdges[e] && !emphasised[e] && MINOR.contains(g.family[e]) && g.status[e] == EdgeStatus.SAME) visibleEdges[e] = false;
        }
    }

    /** Dense view: every non-emphasised tie (and, when tiny, every node) into one image. */
    private void rasterise(Surface s, GraphSnapshot g, Camera cam, Palette p, boolean tiny, GraphicsContext gc) {
        raster.begin((int) gc.getCanvas().getWidth(), (int) gc.getCanvas().getHeight());
        for (int e = 0; e < g.edgeCount(); e++) {
            if (!visibleEdges[e] || emphasised[e]) continue;
            int a = g.src[e], b = g.dst[e];
            Color c = g.status[e] == EdgeStatus.NEW ? p.added() : g.status[e] == EdgeStatus.GONE ? p.removed() : p.familyColor(g.family[e]);
            double alpha = dimmedNodes[a] || dimmedNodes[b] ? 0.06 : 0.3;
            raster.line(cam.sx(g.x[a]), cam.sy(g.y[a]), cam.sx(g.x[b]), cam.sy(g.y[b]), c, alpha);
            s.note(SceneItem.tie(g.relations[e].id(), g.actors[a].id(), g.actors[b].id()));
        }
        if (tiny) {
            for (int i = 0; i < g.nodeCount(); i++) {
                if (!visibleNodes[i] || dimmedNodes[i]) continue;
                double r = cam.radius(g.radius[i]);
                raster.square(cam.sx(g.x[i]), cam.sy(g.y[i]), r, NodeColours.fill(g, i, p));
                noteNode(s, g, i, cam.sx(g.x[i]), cam.sy(g.y[i]), r);
            }
        }
        raster.drawTo(gc);
    }

    /** With nodes in the raster, only the selected, hovered or highlighted ones are drawn on top. */
    private void paintMarkedNodes(Surface s, GraphSnapshot g, Camera cam, PaintState ps, Palette p, double scale) {
        for (int i = 0; i < g.nodeCount(); i++) {
            boolean marked = i == ps.selectedNode() || i == ps.hoveredNode() || i == ps.cursorNode()
                    || ps.highlighted().contains(g.actors[i].id()) || (dimmedNodes[i] && visibleNodes[i]);
            if (!visibleNodes[i] || !marked) continue;
            double sx = cam.sx(g.x[i]), sy = cam.sy(g.y[i]), r = cam.radius(g.radius[i]);
            s.setGlobalAlpha(dimmedNodes[i] ? 0.25 : 1);
            NodeShapes.draw(s, g.actors[i].kind(), sx, sy, Math.max(r, 4 * scale), NodeColours.fill(g, i, p), p.nodeOutline(), scale);
            noteNode(s, g, i, sx, sy, Math.max(r, 4 * scale));
            s.setGlobalAlpha(1);
            if (ps.selectedNode() == i) ring(s, sx, sy, r + 4 * scale, p.selection(), 3 * p.lineScale() * scale, null);
        }
        s.setGlobalAlpha(1);
    }

    private static boolean[] ensure(boolean[] a, int n) {
        if (a.length != n) return new boolean[n];
        Arrays.fill(a, false);
        return a;
    }

    private static boolean anyTrue(boolean[] a) {
        for (boolean b : a) if (b) return true;
        return false;
    }

    private void cull(GraphSnapshot g, Camera cam) {
        Culling.compute(g, cam, visibleNodes, visibleEdges);
    }

    private enum Pass { DIMMED, NORMAL, EMPHASISED }

    /**
     * Draws the ties of one pass, one path per style: straight and curved ties of a style are segments of
     * the same path, stroked once, and the arrowheads of the style are a second path, filled once. Every
     * visible tie of the pass is in exactly one stroked path (nothing else starts a path in between).
     */
    private void paintEdges(Surface s, GraphSnapshot g, Camera cam, Palette p, double scale, Pass pass, boolean arrows) {
        if (pass == null) return;
        double lineScale = p.lineScale() * scale;
        boolean overview = cam.zoom() / scale < FULL_DETAIL_ZOOM;
        boolean comparing = compareDate != null;
        boolean fans = overview && pass == Pass.NORMAL && g.edgeCount() <= FanBundling.MAX_EDGES;
        for (RelationFamily family : RelationFamily.values()) {
            for (EdgeStatus status : EdgeStatus.values()) {
              for (boolean fanned : FAN_PASSES) {
                if (fanned && !fans) continue;
                EdgeStyle style = status == EdgeStatus.GONE ? EdgeStyle.GONE : EdgeStyle.of(family);
                Color colour = status == EdgeStatus.NEW ? p.added() : status == EdgeStatus.GONE ? p.removed() : p.familyColor(family);
                // comparing: what changed is marked by colour and a slightly heavier line, not by emphasis, so a
                // hundred new ties stay a hundred readable lines; what did not change steps back
                boolean changed = comparing && status != EdgeStatus.SAME;
                boolean quiet = pass == Pass.NORMAL && ((comparing && !changed) || (overview && MINOR.contains(family) && !comparing));
                double emphasis = pass == Pass.EMPHASISED && !changed ? 1.8 : 1;
                double width = style.width() * lineScale * emphasis * (quiet ? 0.7 : 1) * (fanned ? FAN_WIDTH : 1)
                        + (status == EdgeStatus.NEW ? 0.6 * lineScale : 0);
                double alpha = pass == Pass.DIMMED ? DIM_ALPHA : quiet ? QUIET_ALPHA : status == EdgeStatus.GONE ? 0.85 : 0.9;
                boolean begun = false;
                for (int e = 0; e < g.edgeCount(); e++) {
                    if (!visibleEdges[e] || g.family[e] != family || g.status[e] != status || passOf(g, e) != pass || (fans && thin(g, e, pass, overview) != fanned)) continue;
                    if (!begun) {
                        s.setStroke(colour);
                        s.setFill(colour);
                        s.setLineWidth(width);
                        s.setLineDashes(style.scaledDashes(lineScale));
                        s.setGlobalAlpha(alpha);
                        s.beginPath();
                        begun = true;
                    }
                    double[] seg = EdgeGeometry.segment(g, cam, e, scale);
                    s.moveTo(seg[0], seg[1]);
                    if (EdgeGeometry.curved(g, e)) s.quadTo(seg[4], seg[5], seg[2], seg[3]);
                    else s.lineTo(seg[2], seg[3]);
                }
                if (!begun) continue;
                s.strokePath();
                for (int e = 0; e < g.edgeCount(); e++) {
                    if (!visibleEdges[e] || g.family[e] != family || g.status[e] != status || passOf(g, e) != pass || (fans && thin(g, e, pass, overview) != fanned)) continue;
                    s.note(SceneItem.tie(g.relations[e].id(), g.actors[g.src[e]].id(), g.actors[g.dst[e]].id()));
                }
                if (arrows) {
                    s.setLineDashes();
                    s.beginPath();
                    for (int e = 0; e < g.edgeCount(); e++) {
                        if (!visibleEdges[e] || g.family[e] != family || g.status[e] != status || passOf(g, e) != pass || (fans && thin(g, e, pass, overview) != fanned)) continue;
                        if (EdgeGeometry.arrowHead(g, cam, e, width, scale, ax, ay)) {
                            s.moveTo(ax[0], ay[0]);
                            s.lineTo(ax[1], ay[1]);
                            s.lineTo(ax[2], ay[2]);
                            s.closePath();
                        }
                    }
                    s.fillPath();
                }
              }
            }
        }
        s.setGlobalAlpha(1);
    }

    /** At overview, the ties of a bundled fan are drawn thinner: the trunk, not each spoke, carries the weight. */
    private static boolean thin(GraphSnapshot g, int e, Pass pass, boolean overview) {
        return overview && pass == Pass.NORMAL && g.bend[e] == 0 && !Double.isNaN(g.trunks()[2 * e]);
    }

    private Pass passOf(GraphSnapshot g, int e) {
        if (compareDate != null && !pointing) {
            // comparing, nothing pointed at: the changes' highlight neither thickens nor fades ties
            return g.status[e] != EdgeStatus.SAME || !(dimmedNodes[g.src[e]] || dimmedNodes[g.dst[e]]) ? Pass.NORMAL : Pass.DIMMED;
        }
        if (emphasised[e]) return Pass.EMPHASISED;
        return dimmedNodes[g.src[e]] || dimmedNodes[g.dst[e]] ? Pass.DIMMED : Pass.NORMAL;
    }

    private void paintNodes(Surface s, GraphSnapshot g, Camera cam, PaintState ps, Palette p, double scale, boolean tiny) {
        int[] order = g.byImportance;
        double outlineWidth = Math.max(0.8, 1.1 * p.lineScale() * scale * 0.75);
        int shown = 0;
        for (boolean v : visibleNodes) if (v) shown++;
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            if (!visibleNodes[i]) continue;
            double sx = cam.sx(g.x[i]), sy = cam.sy(g.y[i]);
            double r = cam.radius(g.radius[i]);
            Color fill = NodeColours.fill(g, i, p);
            s.setGlobalAlpha(dimmedNodes[i] ? 0.25 : g.ghost[i] ? 0.5 : 1);
            if (tiny && shown > SHAPES_UP_TO && ps.selectedNode() != i) {
                NodeShapes.dot(s, sx, sy, r, fill);
                noteNode(s, g, i, sx, sy, r);
                continue;
            }
            if (g.ghost[i]) s.setLineDashes(3 * scale, 2 * scale);
            NodeShapes.draw(s, g.actors[i].kind(), sx, sy, r, fill, p.nodeOutline(), outlineWidth);
            noteNode(s, g, i, sx, sy, r);
            s.setLineDashes();
            String id = g.actors[i].id();
            if (ps.pinned().contains(id)) {
                s.setFill(p.text());
                double d = 3.2 * scale;
                s.fillOval(sx + r * 0.75 - d / 2, sy - r * 0.75 - d / 2 - d, d, d);
            }
            s.setGlobalAlpha(1);
            // comparing dates highlights every changed actor: the changed ties say it, a ring on each would not
            if (ps.highlighted().contains(id) && ps.compareDate() == null) ring(s, sx, sy, r + 4 * scale, p.accent(), 2.5 * p.lineScale() * scale, null);
            if (ps.selectedNode() == i) ring(s, sx, sy, r + 4 * scale, p.selection(), 3 * p.lineScale() * scale, null);
            if (ps.cursorNode() == i) ring(s, sx, sy, r + 8 * scale, p.accent(), 2 * scale, new double[] {4 * scale, 3 * scale});
        }
        s.setGlobalAlpha(1);
    }

    private static void noteNode(Surface s, GraphSnapshot g, int i, double sx, double sy, double r) {
        s.note(SceneItem.node(g.actors[i].id(), sx - r, sy - r, 2 * r, 2 * r));
    }

    private static void ring(Surface s, double cx, double cy, double r, Color c, double width, double[] dashes) {
        s.setStroke(c);
        s.setLineWidth(width);
        s.setLineDashes(dashes);
        s.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        s.setLineDashes();
    }
}
