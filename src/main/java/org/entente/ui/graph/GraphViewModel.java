package org.entente.ui.graph;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Point2D;

import org.entente.logic.layout.LayoutKind;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.task.BackgroundExecutor;

/**
 * The graph view's state and commands, free of any toolkit node so it can be tested without a screen:
 * it follows {@link AppState} (visible graph, compare date, weights, selection, highlights, pinned
 * actors, camera), runs the layout in the background and eases nodes to their new places, keeps the
 * camera (all in {@link GraphViewCore}), and turns pointer and keyboard gestures into selections, pins
 * and camera moves.
 */
public final class GraphViewModel extends GraphViewCore {

    public GraphViewModel(AppState state, BackgroundExecutor executor) {
        super(state, executor);
    }

    // ----- pointer

    private SpatialIndex index() {
        if (index == null) index = new SpatialIndex(snapshot);
        return index;
    }

    /** The node under the pixel, or -1. */
    public int nodeAt(double sx, double sy) {
        return index().nodeAt(camera(), sx, sy);
    }

    /** The tie under the pixel (when no node is), or -1. */
    public int edgeAt(double sx, double sy) {
        return nodeAt(sx, sy) >= 0 ? -1 : index().edgeAt(camera(), sx, sy);
    }

    /** Hovering: highlights the node or tie under the pointer; (NaN, NaN) when the pointer leaves. */
    public void hover(double sx, double sy) {
        int node = Double.isNaN(sx) ? -1 : nodeAt(sx, sy);
        int edge = node >= 0 || Double.isNaN(sx) ? -1 : index().edgeAt(camera(), sx, sy);
        if (node != hoveredNode || edge != hoveredEdge) {
            hoveredNode = node;
            hoveredEdge = edge;
            dirty = true;
        }
    }

    /** A click: selects the actor or tie under the pointer, or clears the selection on the background. */
    public void click(double sx, double sy) {
        int node = nodeAt(sx, sy);
        if (node >= 0) {
            state.select(Selection.actor(snapshot.actor(node).id()));
            cursorNode = node;
            return;
        }
        int edge = index().edgeAt(camera(), sx, sy);
        if (edge >= 0) {
            state.select(Selection.relation(snapshot.relation(edge).id()));
        } else {
            clearSelection();
        }
    }

    /** The background or Esc: nothing selected and nothing highlighted any more, as one change. */
    public void clearSelection() {
        state.update(v -> v.withSelection(Selection.NONE).withoutHighlights());
    }

    /** Moves node {@code i} under the pointer while it is dragged. */
    public void dragNode(int i, double sx, double sy) {
        Camera cam = camera();
        draggedNode = i;
        snapshot.place(i, cam.wx(sx), cam.wy(sy));
        index = null;
        dirty = true;
    }

    /** Ends a drag: the node stays where it was dropped, pinned. */
    public void dropNode(int i) {
        draggedNode = -1;
        writingPins = true;
        try {
            state.pinned().put(snapshot.actor(i).id(), new Point2D(snapshot.tx[i], snapshot.ty[i]));
        } finally {
            writingPins = false;
        }
    }

    /** Double-click: unpins the node under the pointer so the layout may move it again. */
    public void unpinAt(double sx, double sy) {
        int node = nodeAt(sx, sy);
        if (node < 0 || !state.pinned().containsKey(snapshot.actor(node).id())) return;
        writingPins = true;
        try {
            state.pinned().remove(snapshot.actor(node).id());
        } finally {
            writingPins = false;
        }
    }

    // ----- keyboard

    /** Tab / Shift+Tab: the keyboard cursor moves to the next (previous) node by importance. */
    public void cursorStep(boolean forward) {
        int next = CursorMoves.step(snapshot, cursorNode, forward);
        if (next >= 0) moveCursorTo(next);
    }

    /** Arrow keys: the cursor moves to the nearest node in that direction. */
    public void cursorMove(int dirX, int dirY) {
        if (cursorNode < 0) {
            cursorStep(true);
            return;
        }
        int best = CursorMoves.nearest(snapshot, cursorNode, dirX, dirY);
        if (best >= 0) moveCursorTo(best);
    }

    private void moveCursorTo(int i) {
        cursorNode = i;
        if (view.keepInView(snapshot.x(i), snapshot.y(i), 30)) publishCamera();
        dirty = true;
    }

    /** Enter: selects the node under the keyboard cursor. */
    public void selectCursor() {
        if (cursorNode >= 0) state.select(Selection.actor(snapshot.actor(cursorNode).id()));
    }

    /** The id of the actor under the keyboard cursor, or null. */
    public String cursorActor() {
        return cursorNode < 0 ? null : snapshot.actor(cursorNode).id();
    }

    // ----- what the view shows

    public GraphSnapshot snapshot() { return snapshot; }

    /**
     * How many times the picture was built from scratch (a dataset loaded, a filter, date or weights change);
     * an edit patches it instead. Read by {@code bench --edit} and tests.
     */
    public int picturesBuilt() { return built; }

    PaintState paintState(boolean withHover) {
        Selection sel = state.getSelection();
        int node = sel.kind() == Selection.Kind.ACTOR ? snapshot.indexOf(sel.id()) : -1;
        int edge = sel.kind() == Selection.Kind.RELATION ? snapshot.edgeIndexOf(sel.id()) : -1;
        return new PaintState(withHover ? hoveredNode : -1, withHover ? hoveredEdge : -1, node, edge,
                withHover ? cursorNode : -1, state.highlighted(), state.pinned().keySet(),
                state.compareDateProperty().get(), hullsVisible.get());
    }

    /** The point of the picture (layout coordinates) under the view pixel; where a new actor made there goes. */
    public Point2D worldAt(double sx, double sy) {
        Camera cam = camera();
        return new Point2D(cam.wx(sx), cam.wy(sy));
    }

    /**
     * Places actor {@code id}, about to be added by an edit, at {@code world}: the layout then starts it there
     * (it eases in where the user made it) instead of wherever a new node would go.
     */
    public void placeNew(String id, Point2D world) {
        remembered.put(id, new double[] {world.getX(), world.getY()});
    }

    /** Where actor {@code id} is drawn, in view pixels; null when it is not drawn. */
    public Point2D screenPosition(String id) {
        int i = snapshot.indexOf(id);
        if (i < 0 || !snapshot.placed(i)) return null;
        Camera cam = camera();
        return new Point2D(cam.sx(snapshot.x(i)), cam.sy(snapshot.y(i)));
    }

    /** Index of the hovered node, or -1. */
    public int hoveredNode() { return hoveredNode; }

    /** Whether actor {@code id} is drawn faded (another node is hovered and it is not a neighbour). */
    public boolean isDimmed(String id) {
        int i = snapshot.indexOf(id);
        if (i < 0) return false;
        boolean[] dimmed = new boolean[snapshot.nodeCount()];
        Emphasis.mark(snapshot, paintState(true), dimmed, new boolean[snapshot.edgeCount()]);
        return dimmed[i];
    }

    /** What the tooltip says about the hovered node or tie; null when nothing is hovered. */
    public String tooltipText() {
        if (hoveredNode >= 0) return Tooltips.actor(snapshot, hoveredNode);
        if (hoveredEdge >= 0) return Tooltips.relation(snapshot, hoveredEdge, state.getDataset());
        return null;
    }

    /** Legend entries for what is on screen now. */
    public List<LegendItem> legend() {
        return Culling.legend(snapshot, camera(), state.compareDateProperty().get());
    }

    /** The current view as a picture for export (no hover effects). */
    public Renderable renderable() {
        return new GraphRenderable(snapshot.copy(), view.value(), view.width, view.height, paintState(false));
    }

    public ObjectProperty<LayoutKind> layoutKindProperty() { return layoutKind; }

    public BooleanProperty legendVisibleProperty() { return legendVisible; }

    public BooleanProperty hullsVisibleProperty() { return hullsVisible; }

    public ReadOnlyBooleanProperty layoutRunningProperty() { return layout.runningProperty(); }

    /**
     * Becomes true once a frame showing at least one placed actor has been painted: the moment a user
     * sees the graph, which the start-up measure ({@code --first-frame-and-exit}, {@code bench --startup}) waits for.
     */
    public ReadOnlyBooleanProperty graphPaintedProperty() { return graphPainted.getReadOnlyProperty(); }

    /** Called by the view after it painted {@code s}. */
    void painted(GraphSnapshot s) {
        if (graphPainted.get()) return;
        for (int i = 0; i < s.nodeCount(); i++) {
            if (s.placed(i)) {
                graphPainted.set(true);
                return;
            }
        }
    }

    AppState state() { return state; }

    void markDirty() { dirty = true; }
}
