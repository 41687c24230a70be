package org.entente.ui.timeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import org.entente.logic.timeline.AxisTicks;
import org.entente.logic.timeline.Lane;
import org.entente.logic.timeline.LaneAssigner;
import org.entente.logic.timeline.LaneMode;
import org.entente.logic.timeline.LabelWidth;
import org.entente.logic.timeline.TickGenerator;
import org.entente.logic.timeline.TickUnit;
import org.entente.logic.timeline.TimeSpan;
import org.entente.logic.timeline.TimelineIndex;
import org.entente.logic.tour.Highlights;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

/**
 * The timeline's state and commands, free of drawing: the visible stretch of time, the lanes, the tick unit
 * at this zoom, collapsed lanes, play/pause and speed, and the commands the skin's mouse and keys call (zoom
 * around a point, pan, fit all, move the as-of cursor, step to the previous or next event, brush a time
 * window, select). It writes the shared {@link AppState} (as-of date, time window, selection, highlights),
 * which is how moving through time here moves the graph.
 */
public final class TimelineViewModel {

    /** Swimlanes given before the user picks actors in "per actor" mode. */
    static final int DEFAULT_ACTOR_LANES = 4;

    private final AppState state;
    private final LocalDate today;
    private final ReadOnlyObjectWrapper<List<Lane>> lanes = new ReadOnlyObjectWrapper<>(this, "lanes", List.of());
    private final ReadOnlyObjectWrapper<TimelineIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.KIND);
    private final ObservableList<String> laneActors = FXCollections.observableArrayList();
    private final ObjectProperty<TimeSpan> span = new SimpleObjectProperty<>(this, "span");
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", 1000);
    private final ReadOnlyObjectWrapper<AxisTicks> ticks = new ReadOnlyObjectWrapper<>(this, "ticks");
    private final ObservableSet<String> collapsed = FXCollections.observableSet();
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY", 0);
    private DateRange revealPending;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final ObjectProperty<PlaySpeed> speed = new SimpleObjectProperty<>(this, "speed", PlaySpeed.QUARTER);
    private final TimelineCamera camera;
    private LabelWidth labelWidth = LabelWidth.perChar(7.5);
    private double tickGap = 10;
    private double playCarry;
    private double maxScroll = Double.MAX_VALUE;

    public TimelineViewModel(AppState state, LocalDate today) {
        this.state = state;
        this.today = today;
        state.datasetProperty().addListener((obs, old, now) -> datasetChanged(now));
        laneMode.addListener(obs -> rebuildLanes());
        laneActors.addListener((Observable obs) -> {
            if (laneMode.get() == LaneMode.ACTOR) rebuildLanes();
        });
        span.addListener(obs -> recomputeTicks());
        // the stretch of time shown is the timeline's camera, part of the shared view value
        camera = new TimelineCamera(state, span);
        width.addListener(obs -> recomputeTicks());
        state.selectionProperty().addListener((obs, old, now) -> {
            if (now.kind() != Selection.Kind.EVENT && now.kind() != Selection.Kind.RELATION) clearOurHighlights();
            reveal(now);
        });
        datasetChanged(state.getDataset());
    }

    private void datasetChanged(Dataset dataset) {
        index.set(new TimelineIndex(dataset, today));
        collapsed.clear();
        scrollY.set(0);
        playing.set(false);
        List<String> keep = laneActors.stream().filter(id -> dataset.actor(id).isPresent()).toList();
        if (keep.isEmpty()) {
            laneActors.setAll(LaneAssigner.mostConnected(dataset, DEFAULT_ACTOR_LANES));
        } else {
            laneActors.setAll(keep);
        }
        rebuildLanes();
        fitAll();
    }

    private void rebuildLanes() {
        lanes.set(LaneAssigner.assign(state.getDataset(), laneMode.get(), List.copyOf(laneActors)));
    }

    private void recomputeTicks() {
        if (span.get() != null && width.get() > 0) {
            ticks.set(new TickGenerator(labelWidth, tickGap).ticks(span.get(), width.get()));
        }
    }

    /** Tells the view-model how the painter measures labels, so its tick unit matches what is drawn. */
    void useLabelWidth(LabelWidth measure, double gap) {
        this.labelWidth = measure;
        this.tickGap = gap;
        recomputeTicks();
    }

    /** The shared state this timeline reads and writes. */
    public AppState state() { return state; }

    /** The day the future starts after. */
    public LocalDate today() { return today; }

    /** The lanes for the current dataset and lane mode. */
    public ReadOnlyObjectProperty<List<Lane>> lanesProperty() { return lanes.getReadOnlyProperty(); }

    /** Sorted event days and the dataset's whole time extent. */
    public ReadOnlyObjectProperty<TimelineIndex> indexProperty() { return index.getReadOnlyProperty(); }

    /** How lanes are formed: by kind, by tag, or per picked actor. */
    public ObjectProperty<LaneMode> laneModeProperty() { return laneMode; }

    /** The actors that get a swimlane in per-actor mode, in lane order. */
    public ObservableList<String> laneActors() { return laneActors; }

    /** The stretch of time the view shows. */
    public ObjectProperty<TimeSpan> spanProperty() { return span; }

    /** The width of the drawing in pixels, set by the skin. */
    public DoubleProperty widthProperty() { return width; }

    /** The axis ticks at the current zoom. */
    public ReadOnlyObjectProperty<AxisTicks> ticksProperty() { return ticks.getReadOnlyProperty(); }

    /** The calendar unit the axis is labelled in now (days, months, quarters, years, decades). */
    public TickUnit getTickUnit() { return ticks.get() == null ? null : ticks.get().unit(); }

    /** Keys of collapsed lanes. */
    public ObservableSet<String> collapsedLanes() { return collapsed; }

    /** How far the lanes are scrolled up, in pixels. */
    public DoubleProperty scrollYProperty() { return scrollY; }

    /** Whether Play is moving the as-of cursor. */
    public BooleanProperty playingProperty() { return playing; }

    /** How fast Play moves. */
    public ObjectProperty<PlaySpeed> speedProperty() { return speed; }

    /** Calls {@code listener} whenever anything the picture depends on changes. */
    void addRedrawListener(InvalidationListener listener) {
        for (Observable o : List.<Observable>of(lanes, span, width, collapsed, scrollY, state.asOfProperty(),
                state.timeWindowProperty(), state.visibleGraphProperty(), state.selectionProperty(),
                state.highlighted(), state.themeProperty(), state.filterProperty(), index)) {
            o.addListener(listener);
        }
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Zooms by {@code factor} (above 1 zooms in) keeping the day under pixel {@code x} in place. */
    public void zoomAt(double x, double factor) {
        TimeSpan s = span.get();
        camera.byUser(() -> span.set(s.zoom(s.dayAt(x, 0, width.get()), factor)));
    }

    /** Moves the view by {@code dx} pixels, as a drag of the content to the right shows earlier time. */
    public void panBy(double dx) {
        TimeSpan s = span.get();
        camera.byUser(() -> span.set(s.shift(-dx * s.days() / width.get())));
    }

    /**
     * Asks the view to scroll the lanes, once laid out, so that events of {@code period} are in view when
     * none is (a presentation step about 2035 whose event sits in a lane further down).
     */
    public void revealEventsOf(DateRange period) {
        revealPending = period;
    }

    /** The period whose events the view should bring into view, once; null when nothing was asked. */
    DateRange takeReveal() {
        DateRange r = revealPending;
        revealPending = null;
        return r;
    }

    /** Scrolls the lanes by {@code dy} pixels, within the content. */
    public void scrollBy(double dy) {
        scrollY.set(Math.max(0, Math.min(maxScroll, scrollY.get() + dy)));
    }

    /** Set by the skin after layout: how far the lanes can scroll. */
    void setMaxScroll(double max) {
        maxScroll = Math.max(0, max);
        if (scrollY.get() > maxScroll) scrollY.set(maxScroll);
    }

    /** Shows everything the dataset dates, with a margin. */
    public void fitAll() {
        span.set(index.get().extent());
    }

    /** Shows the time window (with a small margin), as when the user brushes it in the overview. */
    public void showWindow(DateRange window) {
        if (window.isBounded()) {
            double a = window.start().toEpochDay();
            double b = window.end().toEpochDay() + 1.0;
            double pad = (b - a) * 0.04;
            span.set(TimeSpan.clamped(a - pad, b + pad));
        }
    }

    /**
     * The date under pixel {@code x}, as precise as the axis is labelled at the current zoom: the day when it
     * shows days, the month when it shows months or quarters, else the year (also in deep time). What a new
     * event made at a click there is dated.
     */
    public org.entente.model.PartialDate dateAt(double x) {
        double day = span.get().dayAt(x, 0, width.get());
        TickUnit unit = getTickUnit() == null ? TickUnit.YEAR : getTickUnit();
        if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
            return org.entente.model.PartialDate.ofDeepYear(TimeSpan.yearAt(day));
        }
        org.entente.model.PartialDate d = org.entente.model.PartialDate.of(TimeSpan.calendarDay(day));
        return switch (unit) {
            case DAY -> d;
            case MONTH, QUARTER -> org.entente.model.PartialDate.ofMonth(d.year(), d.month());
            default -> org.entente.model.PartialDate.ofYear(d.year());
        };
    }

    /** Puts the as-of cursor on the day under pixel {@code x}. */
    public void cursorTo(double x) {
        double day = span.get().dayAt(x, 0, width.get());
        state.asOfProperty().set(TimeSpan.calendarDay(day));
    }

    /** Moves the as-of date to the next event's day, if any, and keeps it in view. */
    public void stepNext() {
        LocalDate from = state.getAsOf() == null ? today : state.getAsOf();
        index.get().nextEvent(from).ifPresent(this::moveCursor);
    }

    /** Moves the as-of date to the previous event's day, if any, and keeps it in view. */
    public void stepPrevious() {
        LocalDate from = state.getAsOf() == null ? today : state.getAsOf();
        index.get().previousEvent(from).ifPresent(this::moveCursor);
    }

    private void moveCursor(LocalDate day) {
        state.asOfProperty().set(day);
        keepInView(day, 0.1);
    }

    /**
     * Brings a selected event into view when it is off screen (selected from search, the details panel or
     * a tour), by panning at the current zoom; a tie whose span is wholly off screen is brought in by its
     * start. What is already visible does not move.
     */
    private void reveal(Selection sel) {
        if (sel == null || span.get() == null || sel.id() == null) return;
        Dataset d = state.getDataset();
        LocalDate day = null;
        if (sel.kind() == Selection.Kind.EVENT) {
            day = d.event(sel.id()).map(e -> e.date().earliest())
                    .filter(x -> !span.get().contains(x.toEpochDay() + 0.5)).orElse(null);
        } else if (sel.kind() == Selection.Kind.RELATION) {
            var r = d.relation(sel.id()).orElse(null);
            var first = r == null ? null : r.start() != null ? r.start() : r.knownBy();
            if (first != null) {
                TimeSpan s = span.get();
                double from = first.earliest().toEpochDay();
                double to = r.end() == null ? Double.POSITIVE_INFINITY : r.end().latest().toEpochDay() + 1;
                if (to < s.start() || from > s.end()) day = first.earliest();
            }
        }
        if (day != null) keepInView(day, 0.15);
    }

    private void keepInView(LocalDate day, double margin) {
        TimeSpan s = span.get();
        double d = day.toEpochDay() + 0.5;
        double m = s.days() * margin;
        if (d < s.start() + m) span.set(s.shift(d - (s.start() + m)));
        else if (d > s.end() - m) span.set(s.shift(d - (s.end() - m)));
    }

    /** Starts or stops Play; starting at the end of the data starts again from the beginning. */
    public void togglePlay() {
        if (!playing.get()) {
            LocalDate asOf = state.getAsOf();
            if (asOf == null || asOf.toEpochDay() >= playEnd() - 1) {
                state.asOfProperty().set(TimeSpan.calendarDay(playStart()));
            }
            playCarry = 0;
        }
        playing.set(!playing.get());
    }

    /** Where Play starts: the start of the time window, or of the data when there is no window. */
    private double playStart() {
        DateRange w = state.timeWindowProperty().get();
        double start = index.get().extent().start();
        return w == null || w.start() == null ? start : Math.max(start, w.start().toEpochDay());
    }

    /** Where Play stops (exclusive): the end of the time window, or of the data when there is no window. */
    private double playEnd() {
        DateRange w = state.timeWindowProperty().get();
        double end = index.get().extent().end();
        return w == null || w.end() == null ? end : Math.min(end, w.end().toEpochDay() + 1);
    }

    /** Moves the cursor by the play speed times {@code seconds} while playing; stops at the end of the window or the data. */
    public void advance(double seconds) {
        if (!playing.get()) return;
        playCarry += speed.get().daysPerSecond() * seconds;
        long whole = (long) Math.floor(playCarry);
        if (whole < 1) return;
        playCarry -= whole;
        LocalDate asOf = state.getAsOf() == null ? today : state.getAsOf();
        LocalDate next = asOf.plusDays(whole);
        double end = playEnd();
        if (next.toEpochDay() >= end) {
            next = TimeSpan.calendarDay(end - 1);
            playing.set(false);
        }
        state.asOfProperty().set(next);
        keepInView(next, 0.15);
    }

    /** Collapses or expands a lane. */
    public void toggleLane(String key) {
        if (!collapsed.remove(key)) collapsed.add(key);
    }

    /** Selects an event and highlights its actors, so the graph shows who took part. */
    public void selectEvent(String id) {
        Event e = state.getDataset().event(id).orElse(null);
        if (e == null) return;
        state.batch(() -> {
            state.select(Selection.event(id));
            highlight(e.actors());
        });
    }

    /** Selects a relation and highlights its two ends. */
    public void selectRelation(String id) {
        state.getDataset().relation(id).ifPresent(r -> state.batch(() -> {
            state.select(Selection.relation(id));
            highlight(List.of(r.from(), r.to()));
        }));
    }

    private void highlight(List<String> ids) {
        state.highlight(Highlights.Owner.TIMELINE, ids);
    }

    private void clearOurHighlights() {
        if (!state.highlightedBy(Highlights.Owner.TIMELINE).isEmpty()) state.highlight(Highlights.Owner.TIMELINE, List.of());
    }

    /**
     * Sets the time window (the graph then shows what holds within it, on the as-of date, which is moved into
     * the window when it lies outside); a null end clears it.
     */
    public void setWindow(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            state.timeWindowProperty().set(DateRange.ALL);
            return;
        }
        DateRange window = from.isAfter(to) ? new DateRange(to, from) : new DateRange(from, to);
        // AppState keeps the as-of date inside the window (one rule, one writer)
        state.timeWindowProperty().set(window);
    }

    /** Clears the time window. */
    public void clearWindow() {
        state.timeWindowProperty().set(DateRange.ALL);
    }

    /** A snapshot of everything the picture depends on. */
    TimelineFrame frame() {
        Set<String> lit = new HashSet<>(state.highlighted());
        Selection sel = state.getSelection();
        if (sel.kind() == Selection.Kind.ACTOR && sel.id() != null) lit.add(sel.id());
        var visible = state.getVisibleGraph();
        return new TimelineFrame(state.getDataset(), index.get(), lanes.get(), laneMode.get(), span.get(),
                state.getAsOf(), today, state.timeWindowProperty().get(), visible == null ? null : visible.eventIds(),
                state.filterProperty().get(), sel, lit, Set.copyOf(collapsed), scrollY.get());
    }
}
