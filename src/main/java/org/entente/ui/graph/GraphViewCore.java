package org.entente.ui.graph;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.layout.LayoutInput;
import org.entente.logic.layout.LayoutKind;
import org.entente.logic.layout.LayoutResult;
import org.entente.logic.layout.LayoutSettings;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.task.BackgroundExecutor;

/**
 * The core of the graph view-model: follows {@link AppState} (visible graph, compare date, weights,
 * selection, highlights, pinned actors, camera) with one rebuild per user action, runs the layout in the
 * background, eases nodes to their new places and keeps the camera. {@link GraphViewModel} adds the
 * pointer, keyboard and read-outs on top; the split keeps each under a size one can read.
 */
abstract class GraphViewCore {

    static final double EASE = 0.22;

    final AppState state;
    final LayoutRunner layout;
    final SnapshotBuilder builder = new SnapshotBuilder();
    final Map<String, double[]> remembered = new HashMap<>();
    final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(this, "layoutKind", LayoutKind.FORCE);
    final BooleanProperty legendVisible = new SimpleBooleanProperty(this, "legendVisible", true);
    final BooleanProperty hullsVisible = new SimpleBooleanProperty(this, "hullsVisible", false);
    final ReadOnlyBooleanWrapper graphPainted = new ReadOnlyBooleanWrapper(this, "graphPainted");
    GraphSnapshot snapshot;
    long shownGeneration = -1;
    final Framing view = new Framing();
    boolean writingCamera;
    /** The camera moves because the user panned, zoomed or asked for Fit (an undo step), not by itself. */
    boolean userCamera;
    boolean writingPins;
    int hoveredNode = -1;
    int hoveredEdge = -1;
    int cursorNode = -1;
    int draggedNode = -1;
    SpatialIndex index;
    boolean dirty = true;
    /** The legend's room changed while painting: frame again before the next frame. */
    boolean refitWanted;
    org.entente.logic.filter.VisibleGraph builtGraph;
    java.time.LocalDate builtCompare;
    Map<String, Point2D> builtPins = Map.of();
    boolean weightsStale;
    LayoutKind builtLayout;
    /** Pictures built from scratch; an edit patches the picture instead (see {@link #patch()}). */
    int built;

    GraphViewCore(AppState state, BackgroundExecutor executor) {
        this.state = state;
        this.layout = new LayoutRunner(executor);
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
            if (view.fitted) fitTo(targetBounds());
        });
        state.pinned().addListener((MapChangeListener<String, Point2D>) c -> {
            if (!writingPins) pinsChangedElsewhere(c);
        });
        builtPins = Map.copyOf(state.pinned());
        state.graphCameraProperty().addListener((obs, o, n) -> {
            if (!writingCamera && n != null) {
                view.follow(n);
                dirty = true;
            }
        });
        // the layout kind is part of the view value (so choosing one is an undo step); a change lays out
        // again once the action has settled, with whatever else it changed
        layoutKind.bindBidirectional(state.layoutKindProperty());
        legendVisible.addListener(obs -> dirty = true);
        hullsVisible.addListener(obs -> dirty = true);
        rebuild();
    }

    // ----- state followed

    void weightsChanged() {
        weightsStale = true;
        if (!state.isChanging()) followView();
    }

    /** Rebuilds when the visible graph, the compare date or the weights changed; lays out again when only pins moved. */
    void followView() {
        if (weightsStale || state.getVisibleGraph() != builtGraph || !java.util.Objects.equals(state.compareDateProperty().get(), builtCompare)) {
            if (!patch()) rebuild();
        } else if (!builtPins.equals(state.pinned()) || layoutKind.get() != builtLayout) {
            builtPins = Map.copyOf(state.pinned());
            relayout();
        }
    }

    /**
     * After an edit whose visible graph the filter patched from the one drawn: patches the picture for what
     * the edit touched, keeping every other node where it is (mid-animation included), the hovered node and
     * the keyboard cursor. False when the picture must be built afresh (another dataset, a filter, date or
     * weights change, "changes since" shown, or an edit the filter did not patch).
     */
    boolean patch() {
        GraphFilter.Patch p = state.visibleGraphPatch();
        if (p == null || snapshot == null || p.before() != builtGraph || weightsStale || builtCompare != null
                || state.compareDateProperty().get() != null || state.datasetGeneration() != shownGeneration) {
            return false;
        }
        GraphSnapshot before = snapshot;
        GraphSnapshot s = SnapshotPatch.apply(before, state.getVisibleGraph(), p.touched(), state.nodeWeightsProperty().get(),
                state.communitiesProperty().get(), remembered);
        if (s == null) return false;
        // a filter or date change frames the new graph again, unless the user has panned or zoomed since
        if (view.fitted) view.fitPending = true;
        builtGraph = state.getVisibleGraph();
        builtPins = Map.copyOf(state.pinned());
        snapshot = s;
        hoveredNode = same(before, s, hoveredNode);
        hoveredEdge = hoveredEdge < 0 ? -1 : s.edgeIndexOf(before.relation(hoveredEdge).id());
        cursorNode = same(before, s, cursorNode);
        draggedNode = same(before, s, draggedNode);
        index = null;
        dirty = true;
        relayout();
        return true;
    }

    private static int same(GraphSnapshot before, GraphSnapshot after, int node) {
        return node < 0 ? -1 : after.indexOf(before.actor(node).id());
    }

    void rebuild() {
        built++;
        if (state.datasetGeneration() != shownGeneration) {
            // another dataset: start afresh; an edit of the same one keeps every position
            shownGeneration = state.datasetGeneration();
            remembered.clear();
            view.fitPending = true;
        } else {
            rememberPositions();
            // a filter or date change frames the new graph again, unless the user has panned or zoomed since
            if (view.fitted) view.fitPending = true;
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

    void rememberPositions() {
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
        // the force layout always starts from where the actors are; the groupings arrangement keeps them
        // there only when it is what is drawn (chosen afresh, it arranges the groups anew)
        boolean keep = layoutKind.get() == LayoutKind.FORCE || builtLayout == layoutKind.get();
        builtLayout = layoutKind.get();
        LayoutInput in = SnapshotBuilder.layoutInput(s, keep ? previous : Map.of(), state.pinned());
        layout.start(in, LayoutSettings.DEFAULT.withKind(layoutKind.get()), result -> finished(s, result));
    }

    void finished(GraphSnapshot s, LayoutResult result) {
        if (s != snapshot) return;
        setTargets(result.x(), result.y());
        layout.stopped();
        if (view.fitPending) {
            fitTo(targetBounds());
            view.fitPending = !view.viewportKnown;
        }
        dirty = true;
    }

    void setTargets(double[] x, double[] y) {
        for (int i = 0; i < Math.min(x.length, snapshot.nodeCount()); i++) {
            if (i == draggedNode) continue;
            snapshot.tx[i] = x[i];
            snapshot.ty[i] = y[i];
        }
    }

    void pinsChangedElsewhere(MapChangeListener.Change<? extends String, ? extends Point2D> c) {
        int i = snapshot.indexOf(c.getKey());
        if (c.wasAdded() && i >= 0) {
            snapshot.tx[i] = c.getValueAdded().getX();
            snapshot.ty[i] = c.getValueAdded().getY();
        }
        if (!state.isChanging()) followView();
    }

    void bringIntoView(Selection sel) {
        if (sel == null || sel.kind() != Selection.Kind.ACTOR) return;
        int i = snapshot.indexOf(sel.id());
        if (i < 0 || !snapshot.placed(i)) return;
        if (view.keepInView(snapshot.x(i), snapshot.y(i), 40)) publishCamera();
    }

    // ----- animation

    /**
     * Advances the animation by one frame: takes the layout's latest positions and eases the nodes
     * towards them.
     *
     * @return true when the view needs repainting
     */
    public boolean tick() {
        if (refitWanted) {
            refitWanted = false;
            fitTo(targetBounds());
        }
        double[][] p = layout.takePending(snapshot.nodeCount());
        if (p != null) setTargets(p[0], p[1]);
        boolean moving = snapshot.ease(EASE);
        if (moving) {
            index = null;
            if (view.fitPending) fitTo(snapshot.bounds());
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
        if (!view.resize(w, h)) return;
        if (view.fitPending) {
            fitTo(targetBounds());
            if (!layout.isRunning() && targetBounds() != null) view.fitPending = false;
        } else if (view.fitted) {
            fitTo(targetBounds());
        }
        dirty = true;
    }

    /**
     * Pixels covered by the legend at the bottom or, when it stands as a column, at the right; framing
     * keeps them clear. The painter reports them; a change refits a graph framed as a whole at the next
     * {@link #tick()}, before the next frame is painted, so painting never writes the shared state.
     */
    void setLegendReserve(double bottom, double right) {
        if (view.reserve(bottom, right) && (view.fitPending || view.fitted)) {
            refitWanted = true;
            dirty = true;
        }
    }

    Camera camera() {
        return view.camera();
    }

    public double zoom() { return view.zoom; }

    /** Moves the view by a drag of (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        view.pan(dx, dy);
        publishUserCamera();
    }

    /** Zooms by {@code factor} keeping the world point under (sx, sy) in place. */
    public void zoomAt(double sx, double sy, double factor) {
        view.zoomAt(sx, sy, factor);
        publishUserCamera();
    }

    /** Zooms around the centre of the view. */
    public void zoomBy(double factor) {
        zoomAt(view.width / 2, view.height / 2, factor);
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

    void fitTo(double[] bounds) {
        if (bounds == null) return;
        view.fitTo(bounds, state.themeProperty().get().palette().fontScale(), SnapshotBuilder.LABEL_HEIGHT);
        publishCamera();
    }

    double[] targetBounds() {
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

    void publishUserCamera() {
        userCamera = true;
        try {
            publishCamera();
        } finally {
            userCamera = false;
        }
    }

    void publishCamera() {
        writingCamera = true;
        try {
            state.moveCamera(view.value(), userCamera);
        } finally {
            writingCamera = false;
        }
        dirty = true;
    }
}
