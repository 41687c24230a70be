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

import java.util.Map;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.Focus;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.ui.theme.Theme;

/**
 * The state every view shares: the dataset, the selection, the as-of date, the time window, the filter,
 * the focus, highlighted items and the theme. Views never talk to each other; they bind to this, which
 * keeps the graph, the timeline, the filter panel and the details panel linked without knowing each other.
 * <p>
 * {@link #visibleGraphProperty()} is derived: it is recomputed whenever the dataset, date, window or
 * filter changes, so both views draw exactly the same slice.
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
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Map<String, Double>> nodeWeights = new SimpleObjectProperty<>(this, "nodeWeights");
    private final ObjectProperty<Map<String, Integer>> communities = new SimpleObjectProperty<>(this, "communities");
    private final ObjectProperty<ViewCamera> graphCamera = new SimpleObjectProperty<>(this, "graphCamera");
    private final ObservableMap<String, Point2D> pinned = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<VisibleGraph> visibleGraph = new ReadOnlyObjectWrapper<>(this, "visibleGraph");
    private final GraphFilter graphFilter;

    public AppState(GraphFilter graphFilter, Clock clock) {
        this.graphFilter = graphFilter;
        this.asOf = new SimpleObjectProperty<>(this, "asOf", LocalDate.now(clock));
        dataset.addListener((obs, old, now) -> {
            selection.set(Selection.NONE);
            highlighted.clear();
            focusActor.set(null);
            pinned.clear();
            nodeWeights.set(null);
            communities.set(null);
        });
        dataset.addListener(obs -> recompute());
        asOf.addListener(obs -> recompute());
        timeWindow.addListener(obs -> recompute());
        filter.addListener(obs -> recompute());
        focusActor.addListener(obs -> recompute());
        focusDepth.addListener(obs -> recompute());
        recompute();
    }

    private void recompute() {
        DateRange window = timeWindow.get() == null ? DateRange.ALL : timeWindow.get();
        FilterCriteria criteria = filter.get() == null ? FilterCriteria.NONE : filter.get();
        Focus focus = new Focus(focusActor.get(), focusDepth.get());
        visibleGraph.set(graphFilter.apply(dataset.get(), asOf.get(), window, criteria, focus));
    }

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

    /** Ids of actors, relations and events to highlight (a path, an event's actors, search hits). */
    public ObservableSet<String> highlighted() { return highlighted; }

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
