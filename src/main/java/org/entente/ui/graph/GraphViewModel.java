package org.entente.ui.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;

import org.entente.logic.layout.GraphLayouter;
import org.entente.logic.layout.LayoutInput;
import org.entente.logic.layout.LayoutKind;
import org.entente.logic.layout.LayoutResult;
import org.entente.logic.layout.LayoutSettings;
import org.entente.model.Dataset;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.state.ViewCamera;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.JobHandle;

/**
 * The graph view's state and commands, free of any toolkit node so it can be tested without a screen:
 * it follows {@link AppState} (visible graph, compare date, weights, selection, highlights, pinned
 * actors, camera), runs the layout in the background and eases nodes to their new places, keeps the
 * camera, and turns pointer and keyboard gestures into selections, pins and camera moves.
 */
public final class GraphViewModel {

    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 12;
    private static final double EASE = 0.22;
    /** Pixels at the top kept clear of the graph when framing, for the control bar. */
    private static final double TOP_RESERVE = 34;
    /** A legend taller than this share of the view is laid over the graph instead of squeezing it. */
    private static final double MAX_LEGEND_SHARE = 0.3;

    private final AppState state;
    private final BackgroundExecutor executor;
    private final SnapshotBuilder builder = new SnapshotBuilder();
    private final Map<String, double[]> remembered = new HashMap<>();
    private final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(this, "layoutKind", LayoutKind.FORCE);
    private final BooleanProperty legendVisible = new SimpleBooleanProperty(this, "legendVisible", true);
    private final BooleanProperty hullsVisible = new SimpleBooleanProperty(this, "hullsVisible", false);
    private final ReadOnlyBooleanWrapper layoutRunning = new ReadOnlyBooleanWrapper(this, "layoutRunning");
    private final ReadOnlyBooleanWrapper graphPainted = new ReadOnlyBooleanWrapper(this, "graphPainted");
    private GraphSnapshot snapshot;
    private Dataset shownDataset;
    private double cx;
    private double cy;
    private double zoom = 1;
    private double width = 800;
    private double height = 600;
    private boolean fitPending = true;
    /** The camera is a fit of the whole graph (nobody has panned or zoomed since): a resize fits again. */
    private boolean fitted;
    private boolean viewportKnown;
    private double bottomReserve;
    private double rightReserve;
    private boolean writingCamera;
    /** The camera moves because the user panned, zoomed or asked for Fit (an undo step), not by itself. */
    private boolean userCamera;
    private boolean writingPins;
    private int hoveredNode = -1;
    private int hoveredEdge = -1;
    private int cursorNode = -1;
    private int draggedNode = -1;
    private volatile int generation;
    private volatile double[][] pending;
    private JobHandle job;
    private SpatialIndex index;
    private boolean dirty = true;
    private org.entente.logic.filter.VisibleGraph builtGraph;
    private java.time.LocalDate builtCompare;
    private Map<String, Point2D> builtPins = Map.of();
    private boolean weightsStale;

    public GraphViewModel(AppState state, BackgroundExecutor executor) {
        this.state = state;
        this.executor = executor;
        // one rebuild (and at most one layout job) per user action, however many parts of the view it changed
        state.viewProperty().addListener(obs -> followView());
        state.visibleGraphProperty().addListener(obs -> followView());
        state.nodeWeightsProperty().addListener(obs -> weightsChanged());
        state.communitiesProperty().addListener(obs -> weightsChanged());
        state.selectionProperty().addListener((obs, o, n) -> {
            bringIntoView(n);
            dirty = true;
        });
        state.highlighted().addListener((SetChangeListener<String>) c -> dirty = true);
        state.themeProperty().addListener(obs -> {
            dirty = true;
            if (fitted) fitTo(targetBounds());
        });
        state.pinned().addListener((MapChangeListener<String, Point2D>) c -> {
            if (!writingPins) pinsChangedElsewhere(c);
        });
        builtPins = Map.copyOf(state.pinned());
        state.graphCameraProperty().addListener((obs, o, n) -> {
            if (!writingCamera && n != null) {
                cx = n.centreX();
                cy = n.centreY();
                zoom = clampZoom(n.zoom());
                fitPending = false;
                fitted = false;
                dirty = true;
            }
        });
        layoutKind.addListener(obs -> relayout());
        legendVisible.addListener(obs -> dirty = true);
        hullsVisible.addListener(obs -> dirty = true);
        rebuild();
    }

    // ----- state followed

    private void weightsChanged() {
        weightsStale = true;
        if (!state.isChanging()) followView();
    }

    /** Rebuilds when the visible graph, the compare date or the weights changed; lays out again when only pins moved. */
    private void followView() {
        if (weightsStale || state.getVisibleGraph() != builtGraph || !java.util.Objects.equals(state.compareDateProperty().get(), builtCompare)) {
            rebuild();
        } else if (!builtPins.equals(state.pinned())) {
            builtPins = Map.copyOf(state.pinned());
            relayout();
        }
    }

    private void rebuild() {
        if (state.getDataset() != shownDataset) {
            shownDataset = state.getDataset();
            remembered.clear();
            fitPending = true;
        } else {
            rememberPositions();
        }
        weightsStale = false;
        builtGraph = state.getVisibleGraph();
        builtCompare = state.compareDateProperty().get();
        builtPins = Map.copyOf(state.pinned());
        GraphSnapshot s = builder.build(state);
        for (int i = 0; i < s.nodeCount(); i++) {
            double[] p = remembered.get(s.actor(i).id());
            if (p != null) s.place(i, p[0], p[1]);
        }
        snapshot = s;
        hoveredNode = -1;
        hoveredEdge = -1;
        cursorNode = -1;
        draggedNode = -1;
        index = null;
        dirty = true;
        relayout();
    }

    private void rememberPositions() {
        if (snapshot == null) return;
        for (int i = 0; i < snapshot.nodeCount(); i++) {
            if (!Double.isNaN(snapshot.tx[i])) remembered.put(snapshot.actor(i).id(), new double[] {snapshot.tx[i], snapshot.ty[i]});
        }
    }

    /** Lays the current snapshot out again in the background, keeping known nodes near where they are. */
    public void relayout() {
        GraphSnapshot s = snapshot;
        Map<String, double[]> previous = new HashMap<>();
        for (int i = 0; i < s.nodeCount(); i++) {
            if (!Double.isNaN(s.tx[i])) previous.put(s.actor(i).id(), new double[] {s.tx[i], s.ty[i]});
        }
        LayoutInput in = SnapshotBuilder.layoutInput(s, layoutKind.get() == LayoutKind.FORCE ? previous : Map.of(), state.pinned());
        LayoutSettings settings = LayoutSettings.DEFAULT.withKind(layoutKind.get());
        int gen = ++generation;
        if (job != null) job.cancel();
        layoutRunning.set(true);
        job = executor.submit("Laying out the graph", progress -> GraphLayouter.layout(in, settings, (f, x, y) -> {
            if (gen != generation) return false;
            pending = new double[][] {x.clone(), y.clone()};
            progress.update(f, null);
            return !progress.isCancelled();
        }), result -> finished(gen, s, result), error -> {
            if (gen == generation) layoutRunning.set(false);
        });
    }

    private void finished(int gen, GraphSnapshot s, LayoutResult result) {
        if (gen != generation || s != snapshot) return;
        pending = null;
        setTargets(result.x(), result.y());
        layoutRunning.set(false);
        if (fitPending) {
            fitTo(targetBounds());
            fitPending = !viewportKnown;
        }
        dirty = true;
    }

    private void setTargets(double[] x, double[] y) {
        for (int i = 0; i < Math.min(x.length, snapshot.nodeCount()); i++) {
            if (i == draggedNode) continue;
            snapshot.tx[i] = x[i];
            snapshot.ty[i] = y[i];
        }
    }

    private void pinsChangedElsewhere(MapChangeListener.Change<? extends String, ? extends Point2D> c) {
        int i = snapshot.indexOf(c.getKey());
        if (c.wasAdded() && i >= 0) {
            snapshot.tx[i] = c.getValueAdded().getX();
            snapshot.ty[i] = c.getValueAdded().getY();
        }
        if (!state.isChanging()) followView();
    }

    private void bringIntoView(Selection sel) {
        if (sel == null || sel.kind() != Selection.Kind.ACTOR) return;
        int i = snapshot.indexOf(sel.id());
        if (i < 0 || !snapshot.placed(i)) return;
        Camera cam = camera();
        double sx = cam.sx(snapshot.x(i)), sy = cam.sy(snapshot.y(i));
        if (sx < 40 || sy < 40 || sx > width - 40 || sy > height - 40) {
            cx = snapshot.x(i);
            cy = snapshot.y(i);
            fitted = false;
            publishCamera();
        }
    }

    // ----- animation

    /**
     * Advances the animation by one frame: takes the layout's latest positions and eases the nodes
     * towards them.
     *
     * @return true when the view needs repainting
     */
    public boolean tick() {
        double[][] p = pending;
        if (p != null && p[0].length == snapshot.nodeCount()) {
            pending = null;
            setTargets(p[0], p[1]);
        }
        boolean moving = snapshot.ease(EASE);
        if (moving) {
            index = null;
            if (fitPending) fitTo(snapshot.bounds());
        }
        boolean repaint = dirty || moving;
        dirty = false;
        return repaint;
    }

    /** Jumps every node to where the layout put it (tests, export). */
    public void settle() {
        tick();
        snapshot.settle();
        index = null;
        dirty = true;
    }

    // ----- camera

    /** Tells the view-model how big the view is, in pixels. */
    public void setViewport(double w, double h) {
        if (w <= 0 || h <= 0 || (w == width && h == height && viewportKnown)) return;
        width = w;
        height = h;
        viewportKnown = true;
        if (fitPending) {
            fitTo(targetBounds());
            if (!layoutRunning.get() && targetBounds() != null) fitPending = false;
        } else if (fitted) {
            fitTo(targetBounds());
        }
        dirty = true;
    }

    /**
     * Pixels covered by the legend at the bottom or, when it stands as a column, at the right; framing
     * keeps them clear. A change refits a graph that is framed as a whole.
     */
    void setLegendReserve(double bottom, double right) {
        if (Math.abs(bottom - bottomReserve) < 0.5 && Math.abs(right - rightReserve) < 0.5) return;
        bottomReserve = bottom;
        rightReserve = right;
        if (fitPending || fitted) fitTo(targetBounds());
    }

    Camera camera() {
        return new Camera(cx, cy, zoom, 0, 0, width, height);
    }

    public double zoom() { return zoom; }

    /** Moves the view by a drag of (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        userCamera = true;
        cx -= dx / zoom;
        cy -= dy / zoom;
        fitPending = false;
        fitted = false;
        publishCamera();
        userCamera = false;
    }

    /** Zooms by {@code factor} keeping the world point under (sx, sy) in place. */
    public void zoomAt(double sx, double sy, double factor) {
        userCamera = true;
        Camera before = camera();
        double wx = before.wx(sx), wy = before.wy(sy);
        zoom = clampZoom(zoom * factor);
        cx = wx - (sx - width / 2) / zoom;
        cy = wy - (sy - height / 2) / zoom;
        fitPending = false;
        fitted = false;
        publishCamera();
        userCamera = false;
    }

    /** Zooms around the centre of the view. */
    public void zoomBy(double factor) {
        zoomAt(width / 2, height / 2, factor);
    }

    /** Frames the whole graph by itself (a tour step without a camera): joins the step that caused it. */
    public void frame() {
        fitTo(targetBounds());
    }

    /** Fit, as the user asked for it: its own undo step. */
    public void fit() {
        userCamera = true;
        try {
            fitTo(targetBounds());
        } finally {
            userCamera = false;
        }
    }

    private void fitTo(double[] bounds) {
        if (bounds == null) return;
        double top = TOP_RESERVE;
        double reserve = bottomReserve > height * MAX_LEGEND_SHARE ? 0 : bottomReserve;
        double usable = Math.max(height * 0.5, height - reserve - top);
        double across = rightReserve > 0 && rightReserve < width * 0.45 ? width - rightReserve : width;
        // large type (projector) makes the outermost names stick out further than the nodes: keep room
        double labelPad = 160 * Math.max(0, state.themeProperty().get().palette().fontScale() - 1);
        Camera c = Camera.fit(new double[] {bounds[0], bounds[1], bounds[2], bounds[3] + SnapshotBuilder.LABEL_HEIGHT},
                0, 0, Math.max(across * 0.6, across - 2 * labelPad), usable, 24, 2.2);
        cx = c.cx() + (width - across) / 2 / c.zoom();
        zoom = c.zoom();
        cy = c.cy() + (height - usable - 2 * top) / 2 / zoom;
        fitted = true;
        publishCamera();
    }

    private double[] targetBounds() {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < snapshot.nodeCount(); i++) {
            if (Double.isNaN(snapshot.tx[i])) continue;
            double r = snapshot.radius[i];
            minX = Math.min(minX, snapshot.tx[i] - r);
            maxX = Math.max(maxX, snapshot.tx[i] + r);
            minY = Math.min(minY, snapshot.ty[i] - r);
            maxY = Math.max(maxY, snapshot.ty[i] + r);
        }
        return minX > maxX ? null : new double[] {minX, minY, maxX, maxY};
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private void publishCamera() {
        writingCamera = true;
        try {
            state.moveCamera(new ViewCamera(cx, cy, zoom), userCamera);
        } finally {
            writingCamera = false;
        }
        dirty = true;
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
        state.update(v -> v.withSelection(Selection.NONE).withHighlighted(java.util.Set.of()));
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
        int[] order = snapshot.byImportance;
        if (order.length == 0) return;
        int pos = -1;
        for (int k = 0; k < order.length; k++) if (order[k] == cursorNode) pos = k;
        int next = pos < 0 ? (forward ? 0 : order.length - 1) : Math.floorMod(pos + (forward ? 1 : -1), order.length);
        moveCursorTo(order[next]);
    }

    /** Arrow keys: the cursor moves to the nearest node in that direction. */
    public void cursorMove(int dirX, int dirY) {
        if (cursorNode < 0) {
            cursorStep(true);
            return;
        }
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        double ox = snapshot.x(cursorNode), oy = snapshot.y(cursorNode);
        for (int i = 0; i < snapshot.nodeCount(); i++) {
            if (i == cursorNode || !snapshot.placed(i)) continue;
            double dx = snapshot.x(i) - ox, dy = snapshot.y(i) - oy;
            double along = dx * dirX + dy * dirY;
            if (along <= 0) continue;
            double across = Math.abs(dx * dirY - dy * dirX);
            if (across > along * 2) continue;
            double score = along + across * 2;
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best >= 0) moveCursorTo(best);
    }

    private void moveCursorTo(int i) {
        cursorNode = i;
        Camera cam = camera();
        double sx = cam.sx(snapshot.x(i)), sy = cam.sy(snapshot.y(i));
        if (sx < 30 || sy < 30 || sx > width - 30 || sy > height - 30) {
            cx = snapshot.x(i);
            cy = snapshot.y(i);
            fitted = false;
            publishCamera();
        }
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

    PaintState paintState(boolean withHover) {
        Selection sel = state.getSelection();
        int node = sel.kind() == Selection.Kind.ACTOR ? snapshot.indexOf(sel.id()) : -1;
        int edge = sel.kind() == Selection.Kind.RELATION ? snapshot.edgeIndexOf(sel.id()) : -1;
        return new PaintState(withHover ? hoveredNode : -1, withHover ? hoveredEdge : -1, node, edge,
                withHover ? cursorNode : -1, state.highlighted(), state.pinned().keySet(),
                state.compareDateProperty().get(), hullsVisible.get());
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
        return new GraphRenderable(snapshot.copy(), new ViewCamera(cx, cy, zoom), width, height, paintState(false));
    }

    public ObjectProperty<LayoutKind> layoutKindProperty() { return layoutKind; }

    public BooleanProperty legendVisibleProperty() { return legendVisible; }

    public BooleanProperty hullsVisibleProperty() { return hullsVisible; }

    public ReadOnlyBooleanProperty layoutRunningProperty() { return layoutRunning.getReadOnlyProperty(); }

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
