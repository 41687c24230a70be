package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.geometry.Point2D;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.Focus;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.io.TourJson;
import org.entente.logic.tour.SavedView;
import org.entente.logic.tour.Tour;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.ui.graph.GraphViewModel;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.state.ViewCamera;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.BackgroundJob;
import org.entente.ui.task.ImmediateExecutor;
import org.entente.ui.task.JobHandle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One user action, one recompute: applying a saved view or a tour step evaluates the filter once and
 * starts at most one layout job, and loading a dataset starts one (it was 4 filters and 6 jobs).
 */
class OneRecomputeTest {

    /** Counts how often the graph filter runs. */
    static final class CountingFilter extends GraphFilter {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public VisibleGraph apply(Dataset dataset, LocalDate asOf, DateRange window, FilterCriteria criteria, Focus focus) {
            runs.incrementAndGet();
            return super.apply(dataset, asOf, window, criteria, focus);
        }
    }

    /** Counts the layout jobs started. */
    static final class CountingExecutor implements BackgroundExecutor {
        final ImmediateExecutor inner = new ImmediateExecutor();
        final AtomicInteger jobs = new AtomicInteger();

        @Override
        public <T> JobHandle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.incrementAndGet();
            return inner.submit(title, job, onSuccess, onFailure);
        }

        @Override public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() { return inner.busyProperty(); }
        @Override public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return inner.progressProperty(); }
        @Override public javafx.beans.property.ReadOnlyStringProperty messageProperty() { return inner.messageProperty(); }
    }

    private final CountingFilter filter = new CountingFilter();
    private final CountingExecutor executor = new CountingExecutor();
    private AppState state;
    private GraphViewModel graph;

    @BeforeEach
    void setUp() {
        state = new AppState(filter, Fixtures.CLOCK);
        state.datasetProperty().set(Fixtures.bundled());
        graph = new GraphViewModel(state, executor);
        filter.runs.set(0);
        executor.jobs.set(0);
    }

    @Test
    void applyingASavedViewFiltersOnceAndLaysOutOnce() {
        SavedView view = new SavedView(LocalDate.of(2024, 10, 31), LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2024, 1, 1), FilterCriteria.NONE.withKinds(Set.of("state", "alliance")), "japan", 2,
                java.util.Map.of("japan", new org.entente.logic.tour.Point(10, 20), "nato", new org.entente.logic.tour.Point(300, 44)),
                new org.entente.logic.tour.Camera(12, 34, 1.5), "light", "ACTOR", "nato", Set.of("japan"));

        ViewStates.apply(view, state);

        assertEquals(1, filter.runs.get(), "filter evaluations");
        assertTrue(executor.jobs.get() <= 1, "layout jobs: " + executor.jobs.get());
        assertEquals(Selection.actor("nato"), state.getSelection());
        assertEquals(new ViewCamera(12, 34, 1.5), state.graphCameraProperty().get());
        assertEquals(Set.of("japan", "nato"), state.pinned().keySet());
    }

    @Test
    void aSavedViewThatAlsoChangesTheLayoutAndTheTimelineStillLaysOutOnce() {
        new org.entente.ui.timeline.TimelineViewModel(state, LocalDate.of(2025, 6, 1));
        filter.runs.set(0);
        executor.jobs.set(0);
        var span = org.entente.logic.timeline.TimeSpan.of(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1));
        var value = new org.entente.logic.tour.ViewValue(LocalDate.of(2015, 6, 1), null, null, null,
                FilterCriteria.NONE.withKinds(Set.of("state", "alliance")), null, 1, "NONE", null,
                org.entente.logic.tour.Highlights.of(org.entente.logic.tour.Highlights.Owner.PATH, java.util.List.of("japan")),
                java.util.Map.of(), null, span, org.entente.logic.layout.LayoutKind.GROUPINGS);

        ViewStates.apply(new SavedView(value, "light"), state);

        assertEquals(1, filter.runs.get(), "filter evaluations");
        assertEquals(1, executor.jobs.get(), "layout jobs");
        assertEquals(org.entente.logic.layout.LayoutKind.GROUPINGS, state.view().layout());
        assertEquals(span, state.view().timeline());
        assertEquals(Set.of("japan"), state.view().highlights().of(org.entente.logic.tour.Highlights.Owner.PATH));
    }

    @Test
    void choosingALayoutInTheGraphsControlsChangesTheViewValueAndLaysOutOnce() {
        graph.layoutKindProperty().set(org.entente.logic.layout.LayoutKind.GROUPINGS);
        assertEquals(org.entente.logic.layout.LayoutKind.GROUPINGS, state.view().layout(), "the layout kind is part of the value");
        assertEquals(1, executor.jobs.get(), "layout jobs");
        assertEquals(0, filter.runs.get(), "the visible graph stays");
        state.update(v -> v.withLayout(org.entente.logic.layout.LayoutKind.FORCE)); // what undo does
        assertEquals(org.entente.logic.layout.LayoutKind.FORCE, graph.layoutKindProperty().get(), "the control follows");
        assertEquals(2, executor.jobs.get(), "layout jobs");
    }

    @Test
    void showingATourStepFiltersOnceAndLaysOutOnce() {
        Tour tour = TourJson.read(Path.of("seeds/tours/japan-nato-ukraine.json")).value().orElseThrow();
        TourPlayer player = new TourPlayer(state);
        player.play(tour);
        for (int i = 1; i < tour.steps().size(); i++) {
            filter.runs.set(0);
            executor.jobs.set(0);
            player.next();
            assertTrue(filter.runs.get() <= 1, "filter evaluations at step " + (i + 1) + ": " + filter.runs.get());
            assertTrue(executor.jobs.get() <= 1, "layout jobs at step " + (i + 1) + ": " + executor.jobs.get());
        }
    }

    @Test
    void loadingADatasetLaysOutOnce() {
        state.focusActorProperty().set("japan");
        state.pinned().put("nato", new Point2D(1, 2));
        state.select(Selection.actor("nato"));
        filter.runs.set(0);
        executor.jobs.set(0);

        state.datasetProperty().set(new org.entente.logic.load.DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow());

        assertEquals(1, filter.runs.get(), "filter evaluations");
        assertEquals(1, executor.jobs.get(), "layout jobs");
        assertEquals(null, state.focusActorProperty().get());
    }
}
