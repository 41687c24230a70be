package org.entente.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import javafx.geometry.Point2D;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.model.DateRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undo and redo of what a user does to the view, and the one rule tying the as-of date to the window. */
class ViewHistoryTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static Dataset bundled;
    private AppState state;
    private ViewHistory history;
    private long now;

    @BeforeAll
    static void load() {
        bundled = new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow();
    }

    @BeforeEach
    void setUp() {
        state = new AppState(new GraphFilter(), CLOCK);
        state.datasetProperty().set(bundled);
        history = new ViewHistory(state, new History(), Runnable::run, () -> now);
    }

    /** Each user action a second after the last, so none of them join. */
    private void act(Runnable action) {
        now += 1_000_000_000L;
        action.run();
    }

    @Test
    void fourChangesUndoneFourTimesReturnToTheStartAndRedoReplaysThem() {
        ViewState start = state.view();
        act(() -> state.filterProperty().set(FilterCriteria.NONE.withKinds(Set.of("state", "alliance"))));
        act(() -> state.asOfProperty().set(LocalDate.of(2022, 1, 1)));
        act(() -> state.focusActorProperty().set("japan"));
        act(() -> state.pinned().put("japan", new Point2D(5, 6)));
        ViewState end = state.view();
        int actors = state.getVisibleGraph().actorCount();

        assertEquals("move Japan", history.history().undoNameProperty().get());
        for (int i = 0; i < 4; i++) assertTrue(history.undo());
        assertEquals(start, state.view());
        assertFalse(history.undo(), "nothing more to undo");
        assertEquals("filter: show only alliance, state", history.history().redoNameProperty().get());

        for (int i = 0; i < 4; i++) assertTrue(history.redo());
        assertEquals(end, state.view());
        assertEquals(actors, state.getVisibleGraph().actorCount());
    }

    @Test
    void stepsAreNamedAfterWhatTheyChanged() {
        act(() -> state.asOfProperty().set(LocalDate.of(2022, 1, 1)));
        assertEquals("as-of date 2022-01-01", history.history().undoNameProperty().get());
        act(() -> state.focusActorProperty().set("japan"));
        assertEquals("focus on Japan", history.history().undoNameProperty().get());
        act(() -> state.filterProperty().set(FilterCriteria.NONE.withKinds(Set.of("state", "alliance", "person"))));
        act(() -> state.filterProperty().set(FilterCriteria.NONE.withKinds(Set.of("state", "alliance"))));
        assertEquals("filter: hide person", history.history().undoNameProperty().get());
    }

    @Test
    void aGestureIsOneStep() {
        // brushing: many window moves in quick succession
        for (int i = 0; i < 30; i++) {
            int k = i;
            now += 20_000_000L;
            state.timeWindowProperty().set(new DateRange(LocalDate.of(2000 + k % 5, 1, 1), LocalDate.of(2024, 1, 1)));
        }
        assertEquals(1, history.history().undoCount());
        history.undo();
        assertEquals(DateRange.ALL, state.timeWindowProperty().get());
    }

    @Test
    void framingTheViewDoesByItselfIsNoStep() {
        act(() -> state.moveCamera(new ViewCamera(1, 2, 1), false));
        assertEquals(0, history.history().undoCount());
        act(() -> state.moveCamera(new ViewCamera(5, 2, 1), true));
        assertEquals("pan and zoom", history.history().undoNameProperty().get());
    }

    @Test
    void aNewDatasetStartsANewHistory() {
        act(() -> state.asOfProperty().set(LocalDate.of(2022, 1, 1)));
        state.datasetProperty().set(new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow());
        assertEquals(0, history.history().undoCount());
        act(() -> state.asOfProperty().set(LocalDate.of(2021, 1, 1)));
        assertEquals(1, history.history().undoCount());
    }

    @Test
    void theHistoryKeepsAtLeastTwoHundredSteps() {
        for (int i = 0; i < 250; i++) {
            int k = i;
            act(() -> state.asOfProperty().set(LocalDate.of(2000, 1, 1).plusDays(k)));
        }
        assertEquals(250, history.history().undoCount());
    }

    @Test
    void typingAWindowMovesAnAsOfDateOutsideIt() {
        state.asOfProperty().set(LocalDate.of(2025, 6, 1));
        state.timeWindowProperty().set(new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2005, 12, 31)));
        assertEquals(LocalDate.of(2005, 12, 31), state.getAsOf());
    }

    @Test
    void aWindowAroundTheAsOfDateLeavesItAlone() {
        state.asOfProperty().set(LocalDate.of(2003, 3, 3));
        state.timeWindowProperty().set(new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2005, 12, 31)));
        assertEquals(LocalDate.of(2003, 3, 3), state.getAsOf());
    }

    @Test
    void severalWritesInOneBatchPublishOneValue() {
        int[] published = {0};
        state.viewProperty().addListener(obs -> published[0]++);
        state.batch(() -> {
            state.asOfProperty().set(LocalDate.of(2022, 1, 1));
            state.focusActorProperty().set("japan");
            state.select(Selection.actor("japan"));
        });
        assertEquals(1, published[0]);
        assertEquals("japan", state.view().focusActor());
    }

    @Test
    void choosingALayoutIsOneStepThatUndoPutsBack() {
        act(() -> state.layoutKindProperty().set(org.entente.logic.layout.LayoutKind.GROUPINGS));
        assertEquals("layout: Groupings", history.history().undoNameProperty().get());
        assertEquals(org.entente.logic.layout.LayoutKind.GROUPINGS, state.view().layout());
        history.undo();
        assertEquals(org.entente.logic.layout.LayoutKind.FORCE, state.layoutKindProperty().get());
        history.redo();
        assertEquals(org.entente.logic.layout.LayoutKind.GROUPINGS, state.layoutKindProperty().get());
    }

    @Test
    void eachOwnersHighlightsComeBackOnTheirOwn() {
        var path = org.entente.logic.tour.Highlights.Owner.PATH;
        var search = org.entente.logic.tour.Highlights.Owner.SEARCH;
        act(() -> state.highlight(path, Set.of("japan", "nato")));
        act(() -> state.highlight(search, Set.of("china")));
        assertEquals(Set.of("japan", "nato", "china"), state.highlighted());
        assertEquals("highlight 1 item (search)", history.history().undoNameProperty().get());
        act(() -> state.highlight(search, Set.of()));
        assertEquals(Set.of("japan", "nato"), state.highlighted(), "clearing the search's highlight leaves the path's");
        history.undo();
        assertEquals(Set.of("china"), state.highlightedBy(search));
        assertEquals(Set.of("japan", "nato"), state.highlightedBy(path));
        act(state::clearHighlights);
        assertTrue(state.highlighted().isEmpty());
        history.undo();
        assertEquals(Set.of("japan", "nato", "china"), state.highlighted(), "undo puts every owner's back");
    }

    @Test
    void theTimelinesOwnPanIsAStepAndItsFramingRidesAlong() {
        var a = org.entente.logic.timeline.TimeSpan.of(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 1, 1));
        var b = org.entente.logic.timeline.TimeSpan.of(LocalDate.of(2005, 1, 1), LocalDate.of(2015, 1, 1));
        act(() -> state.moveTimeline(a, false));
        assertEquals("", history.history().undoNameProperty().get(), "framing by itself is no step");
        act(() -> state.moveTimeline(b, true));
        assertEquals("pan and zoom the timeline", history.history().undoNameProperty().get());
        act(() -> state.asOfProperty().set(LocalDate.of(2012, 1, 1)));
        history.undo();
        history.undo();
        assertEquals(a, state.view().timeline(), "undo puts the timeline back where it was");
    }
}
