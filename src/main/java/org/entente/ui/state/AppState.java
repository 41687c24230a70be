package org.entente.ui.state;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.geometry.Point2D;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import javafx.beans.Observable;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.Focus;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.layout.LayoutKind;
import org.entente.logic.timeline.TimeSpan;
import org.entente.logic.tour.Highlights;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.ui.theme.Theme;

/**
 * The state every view shares: the dataset, the selection, the as-of date, the time window, the filter,
 * the focus, highlighted items and the theme. Views never talk to each other; they bind to this, which
 * keeps the graph, the timeline, the filter panel and the details panel linked without knowing each other.
 * <p>
 * {@link #visibleGraphProperty()} is derived: it is recomputed whenever the dataset, date, window, filter or
 * focus changes, so both views draw exactly the same slice; several writes in one {@link #update} or
 * {@link #batch} recompute it once. {@link #viewProperty()} is the same state as one immutable
 * {@link ViewState}, published once per action, which undo, saved views and tour steps are made of.
 */
public final class AppState {

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset", Dataset.empty());
    private final ObjectProperty<Path> datasetFile = new SimpleObjectProperty<>(this, "datasetFile");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection", Selection.NONE);
    private final ObjectProperty<LocalDate> asOf;
    private final ObjectProperty<DateRange> timeWindow = new SimpleObjectProperty<>(this, "timeWindow", DateRange.ALL);
    private final ObjectProperty<FilterCriteria> filter = new SimpleObjectProperty<>(this, "filter", FilterCriteria.NONE);
    private final ObjectProperty<LocalDate> compareDate = new SimpleObjectProperty<>(this, "compareDate");
    private final ObjectProperty<String> focusActor = new SimpleObjectProperty<>(this, "focusActor");
    private final IntegerProperty focusDepth = new SimpleIntegerProperty(this, "focusDepth", 1);
    private final ObjectProperty<Highlights> highlights = new SimpleObjectProperty<>(this, "highlights", Highlights.NONE);
    /** Everything highlighted by anyone, kept equal to {@link #highlights}; handed out read-only. */
    private final ObservableSet<String> lit = FXCollections.observableSet();
    private final ObservableSet<String> litView = FXCollections.unmodifiableObservableSet(lit);
    private final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(this, "layoutKind", LayoutKind.FORCE);
    private final ObjectProperty<TimeSpan> timelineSpan = new SimpleObjectProperty<>(this, "timelineSpan");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Map<String, Double>> nodeWeights = new SimpleObjectProperty<>(this, "nodeWeights");
    private final ObjectProperty<Map<String, Integer>> communities = new SimpleObjectProperty<>(this, "communities");
    private final ObjectProperty<ViewCamera> graphCamera = new SimpleObjectProperty<>(this, "graphCamera");
    private final ObservableMap<String, Point2D> pinned = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<VisibleGraph> visibleGraph = new ReadOnlyObjectWrapper<>(this, "visibleGraph");
    private final ReadOnlyObjectWrapper<ViewState> value = new ReadOnlyObjectWrapper<>(this, "view");
    private final GraphFilter graphFilter;
    /** The ids the edit being applied touched, and the view before it; null when the next recompute is not an edit's. */
    private Set<String> editTouched;
    private VisibleGraph editedFrom;
    private int batchDepth;
    private boolean editing;
    private long generation;
    private boolean cameraByUser;
    private boolean recomputeWanted;
    private boolean valueWanted;

    public AppState(GraphFilter graphFilter, Clock clock) {
        this.graphFilter = graphFilter;
        this.asOf = new SimpleObjectProperty<>(this, "asOf", LocalDate.now(clock));
        dataset.addListener((obs, old, now) -> batch(() -> {
            recomputeWanted = true;
            valueWanted = true;
            if (editing) return;
            generation++;
            selection.set(Selection.NONE);
            highlights.set(Highlights.NONE);
            focusActor.set(null);
            pinned.clear();
            nodeWeights.set(null);
            communities.set(null);
            recomputeWanted = true;
            valueWanted = true;
        }));
        for (Observable o : List.<Observable>of(asOf, timeWindow, filter, focusActor, focusDepth)) {
            o.addListener(obs -> changed(true));
        }
        highlights.addListener((obs, old, now) -> {
            Set<String> all = now.all();
            if (!lit.equals(all)) {
                lit.retainAll(all);
                lit.addAll(all);
            }
        });
        for (Observable o : List.<Observable>of(compareDate, selection, highlights, pinned, graphCamera, layoutKind, timelineSpan)) {
            o.addListener(obs -> changed(false));
        }
        recompute();
        value.set(capture());
    }

    // ----- one value, changed atomically

    /**
     * Everything the user set about the view, as one value. It changes once per user action: several
     * property writes inside one {@link #update} or {@link #batch} publish one new value.
     */
    public ReadOnlyObjectProperty<ViewState> viewProperty() { return value.getReadOnlyProperty(); }

    /** The current view value. */
    public ViewState view() { return value.get(); }

    /**
     * Replaces the view by {@code change} applied to the current one: every part is written, the rules
     * (the as-of date stays inside the time window) are enforced, and the visible graph is computed once.
     */
    public void update(UnaryOperator<ViewState> change) {
        // the published value lags the properties inside a batch and while a recompute is being announced:
        // change what is there now
        ViewState now = capture();
        ViewState next = change.apply(now);
        if (next.equals(now)) return;
        batch(() -> write(next));
    }

    /**
     * Runs {@code writes} (direct property writes) as one change: listeners of the individual properties
     * still hear each write, but the visible graph is recomputed and the view value published once, at the end.
     */
    public void batch(Runnable writes) {
        batchDepth++;
        try {
            writes.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0) settle();
        }
    }

    /** True while an {@link #update} or {@link #batch} is writing; followers wait for the published value. */
    public boolean isChanging() { return batchDepth > 0; }

    private void changed(boolean derived) {
        if (derived) recomputeWanted = true;
        valueWanted = true;
        if (batchDepth == 0) settle();
    }

    /** End of an action: the one rule, one recompute, one published value. */
    private void settle() {
        batchDepth++;
        try {
            LocalDate inside = ViewState.keepInside(asOf.get(), timeWindow.get());
            if (!Objects.equals(inside, asOf.get())) asOf.set(inside);
        } finally {
            batchDepth--;
        }
        if (recomputeWanted) {
            recomputeWanted = false;
            recompute();
        }
        if (valueWanted) {
            valueWanted = false;
            value.set(capture());
            value.get();
        }
    }

    private ViewState capture() {
        return new ViewState(asOf.get(), timeWindow.get(), compareDate.get(), filter.get(), focusActor.get(),
                focusDepth.get(), selection.get(), highlights.get(), pinned, layoutKind.get(), graphCamera.get(),
                timelineSpan.get());
    }

    private void write(ViewState v) {
        timeWindow.set(v.window());
        asOf.set(v.asOf());
        compareDate.set(v.compareDate());
        filter.set(v.filter());
        focusDepth.set(v.focusDepth());
        focusActor.set(v.focusActor());
        selection.set(v.selection());
        highlights.set(v.highlights());
        layoutKind.set(v.layout());
        if (!pinned.equals(v.pinned())) {
            pinned.keySet().retainAll(v.pinned().keySet());
            pinned.putAll(v.pinned());
        }
        graphCamera.set(v.camera());
        if (v.timeline() != null) timelineSpan.set(v.timeline());
    }

    private void recompute() {
        DateRange window = timeWindow.get() == null ? DateRange.ALL : timeWindow.get();
        FilterCriteria criteria = filter.get() == null ? FilterCriteria.NONE : filter.get();
        Focus focus = new Focus(focusActor.get(), focusDepth.get());
        Set<String> touched = editTouched;
        VisibleGraph before = editedFrom;
        editTouched = null;
        editedFrom = null;
        visibleGraph.set(touched != null && before != null
                ? graphFilter.applyEdited(before, dataset.get(), touched, asOf.get(), window, criteria, focus)
                : graphFilter.apply(dataset.get(), asOf.get(), window, criteria, focus));
    }

    /**
     * Moves the graph's camera; {@code byUser} tells a pan, zoom or Fit the user asked for (an undo step)
     * from framing the view does by itself (which joins the step that caused it).
     */
    public void moveCamera(ViewCamera camera, boolean byUser) {
        cameraByUser = byUser;
        graphCamera.set(camera);
    }

    /**
     * Moves the timeline's stretch of time; {@code byUser} tells the user's own pan or zoom (an undo step,
     * one per gesture) from the timeline keeping something in view (which joins the step that caused it).
     */
    public void moveTimeline(TimeSpan span, boolean byUser) {
        cameraByUser = byUser;
        timelineSpan.set(span);
    }

    /** Whether the last camera move (graph or timeline) was the user's own pan, zoom or Fit. */
    public boolean lastCameraMoveByUser() { return cameraByUser; }

    /** Clears every highlight (search, path, comparison, tour, timeline) as one change. */
    public void clearHighlights() {
        if (!highlights.get().isEmpty()) update(ViewState::withoutHighlights);
    }

    /** Replaces what {@code owner} highlights by {@code ids}, leaving the other owners' highlights alone. */
    public void highlight(Highlights.Owner owner, Collection<String> ids) {
        update(v -> v.withHighlights(owner, ids));
    }

    /** What {@code owner} highlights now. */
    public Set<String> highlightedBy(Highlights.Owner owner) {
        return highlights.get().of(owner);
    }

    /**
     * Replaces the dataset by the next version an edit made. Unlike a load, the view stays as it was
     * (selection, pins, focus, highlights, camera, positions): only what named one of the {@code removed} ids
     * lets go of it. Listeners of {@link #datasetProperty()} can tell the two apart with {@link #isEditing()}.
     */
    public void applyEdit(Dataset next, Set<String> removed) {
        applyEdit(next, removed, null);
    }

    /**
     * As {@link #applyEdit(Dataset, Set)}, told every id the edit added, removed or changed, so that the
     * visible graph is patched for those items instead of filtered again from scratch.
     */
    public void applyEdit(Dataset next, Set<String> removed, Set<String> touched) {
        batch(() -> {
            editing = true;
            editTouched = touched;
            editedFrom = visibleGraph.get();
            try {
                dataset.set(next);
            } finally {
                editing = false;
            }
            String selected = selection.get().id();
            if (selected != null && removed.contains(selected)) selection.set(Selection.NONE);
            Highlights h = highlights.get();
            for (Highlights.Owner owner : h.byOwner().keySet()) {
                java.util.Set<String> kept = new java.util.LinkedHashSet<>(h.of(owner));
                if (kept.removeAll(removed)) h = h.with(owner, kept);
            }
            highlights.set(h);
            pinned.keySet().removeAll(removed);
            if (focusActor.get() != null && removed.contains(focusActor.get())) focusActor.set(null);
        });
    }

    /**
     * When the visible graph now shown was patched from the one before by an edit (see
     * {@link GraphFilter#patchOf}): the graph before and the ids the edit touched. Null after any other change.
     */
    public GraphFilter.Patch visibleGraphPatch() {
        return graphFilter.patchOf(visibleGraph.get());
    }

    /** True while {@link #applyEdit} is replacing the dataset: the new value is an edit, not another dataset. */
    public boolean isEditing() { return editing; }

    /**
     * Counts the datasets loaded (not edits of them): a view that keeps positions or caches for "the same
     * dataset" compares this instead of the dataset's identity, which every edit changes.
     */
    public long datasetGeneration() { return generation; }

    /** The loaded dataset; never null (an empty dataset before the first load). */
    public ObjectProperty<Dataset> datasetProperty() { return dataset; }
    public Dataset getDataset() { return dataset.get(); }

    /** The file the dataset came from; null for the bundled dataset. */
    public ObjectProperty<Path> datasetFileProperty() { return datasetFile; }

    /** The selected actor, relation or event; never null. */
    public ObjectProperty<Selection> selectionProperty() { return selection; }
    public Selection getSelection() { return selection.get(); }
    public void select(Selection s) { selection.set(s == null ? Selection.NONE : s); }

    /** The day whose ties the graph shows. */
    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }
    public LocalDate getAsOf() { return asOf.get(); }

    /** The time window set by the timeline's brush; {@link DateRange#ALL} when none. */
    public ObjectProperty<DateRange> timeWindowProperty() { return timeWindow; }

    /** The filter criteria; {@link FilterCriteria#NONE} when nothing is filtered. */
    public ObjectProperty<FilterCriteria> filterProperty() { return filter; }

    /** The reference date of "changes since" mode; null when the mode is off. */
    public ObjectProperty<LocalDate> compareDateProperty() { return compareDate; }

    /** The actor whose neighbourhood is in focus; null when no focus. */
    public ObjectProperty<String> focusActorProperty() { return focusActor; }

    /** How many steps around the focus actor are shown (1 to 3). */
    public IntegerProperty focusDepthProperty() { return focusDepth; }

    /**
     * Ids of actors, relations and events highlighted by anyone (a path, an event's actors, search hits), as
     * the views draw them; read-only: owners change theirs with {@link #highlight}.
     */
    public ObservableSet<String> highlighted() { return litView; }

    /** The highlights by owner. */
    public ReadOnlyObjectProperty<Highlights> highlightsProperty() { return highlights; }

    /** How the graph is arranged (force-directed or by grouping); part of the view value, so undoable. */
    public ObjectProperty<LayoutKind> layoutKindProperty() { return layoutKind; }

    /** The stretch of time the timeline shows; null until the timeline has one. Written by {@link #moveTimeline}. */
    public ReadOnlyObjectProperty<TimeSpan> timelineSpanProperty() { return timelineSpan; }

    /** The current theme. */
    public ObjectProperty<Theme> themeProperty() { return theme; }

    /**
     * Importance of each actor (0 to 1) by the measure the user chose, used to size graph nodes;
     * null means the default (degree, computed by the graph view).
     */
    public ObjectProperty<Map<String, Double>> nodeWeightsProperty() { return nodeWeights; }

    /** Community number per actor id when "colour by community" is on; null colours by region. */
    public ObjectProperty<Map<String, Integer>> communitiesProperty() { return communities; }

    /**
     * The graph view's camera. The graph view writes it as the user pans and zooms and follows it when
     * someone else sets it (a lesson tour step, a saved view). Null until the view has framed the graph.
     */
    public ObjectProperty<ViewCamera> graphCameraProperty() { return graphCamera; }

    /** Actors the user dragged and pinned, with their world positions; kept by saved views. */
    public ObservableMap<String, Point2D> pinned() { return pinned; }

    /** The slice both views draw, recomputed on every change of dataset, date, window, filter or focus. */
    public ReadOnlyObjectProperty<VisibleGraph> visibleGraphProperty() { return visibleGraph.getReadOnlyProperty(); }
    public VisibleGraph getVisibleGraph() { return visibleGraph.get(); }
}
