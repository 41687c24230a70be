package org.entente.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.timeline.Lane;
import org.entente.logic.timeline.LaneMode;
import org.entente.logic.timeline.TickUnit;
import org.entente.logic.timeline.TimeSpan;
import org.entente.model.DateRange;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline's view-model without the toolkit. */
class TimelineViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private AppState state;
    private TimelineViewModel vm;

    @BeforeEach
    void setUp() {
        state = new AppState(new GraphFilter(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        vm = new TimelineViewModel(state, TODAY);
        state.datasetProperty().set(TimelineFixtures.fixture());
        vm.widthProperty().set(1200);
    }

    @Test
    void movingTheCursorSetsTheAsOfDateAndTheGraphFollows() {
        int before = state.getVisibleGraph().relationCount();
        vm.spanProperty().set(TimeSpan.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)));
        double x = vm.spanProperty().get().x(LocalDate.of(2021, 6, 15).toEpochDay() + 0.5, 0, 1200);
        vm.cursorTo(x);
        assertEquals(LocalDate.of(2021, 6, 15), state.getAsOf());
        assertTrue(state.getVisibleGraph().relationCount() < before, "ties that started after mid-2021 are gone from the graph");
        assertFalse(state.getVisibleGraph().showsRelation("rutte-nato"));
    }

    @Test
    void aDatasetStartingWithTheBigBangFitsInBillionsOfYearsAndTheCursorCanGoThere() {
        org.entente.model.PartialDate bang = org.entente.model.PartialDate.parse("-13800000000");
        state.datasetProperty().set(new org.entente.model.Dataset("entente/1", "Cosmos", "", List.of(), List.of(), List.of(),
                List.of(org.entente.model.Event.of("big-bang", bang, "Big Bang", List.of()),
                        org.entente.model.Event.of("rutte", org.entente.model.PartialDate.parse("2025-04-09"), "Rutte in Tokyo", List.of())),
                List.of()));
        vm.fitAll();
        assertTrue(vm.spanProperty().get().contains(bang.axisDay()), "fit all shows the Big Bang");
        assertTrue(vm.ticksProperty().get().ticks().stream().anyMatch(t -> t.label().equals("10 billion years ago")),
                vm.ticksProperty().get().ticks().toString());
        vm.cursorTo(vm.spanProperty().get().x(bang.axisDay(), 0, 1200));
        assertEquals(LocalDate.MIN, state.getAsOf(), "the as-of date clamps to the earliest calendar day");
        state.asOfProperty().set(LocalDate.of(2025, 1, 1));
        vm.stepPrevious();
        assertEquals(LocalDate.MIN, state.getAsOf(), "stepping back reaches the Big Bang without an error");
    }

    @Test
    void arrowStepsGoToThePreviousAndNextEvent() {
        state.asOfProperty().set(LocalDate.of(2025, 1, 1));
        vm.stepNext();
        assertEquals(LocalDate.of(2025, 4, 1), state.getAsOf(), "the month-precise NSATU event opens April");
        vm.stepNext();
        assertEquals(LocalDate.of(2025, 4, 9), state.getAsOf());
        vm.stepPrevious();
        vm.stepPrevious();
        assertEquals(LocalDate.of(2024, 10, 1), state.getAsOf());
        assertTrue(vm.spanProperty().get().contains(LocalDate.of(2024, 10, 1).toEpochDay()), "the cursor is kept in view");
    }

    @Test
    void zoomingInAroundAPointReachesMonthsThenDays() {
        vm.fitAll();
        assertTrue(vm.getTickUnit().compareTo(TickUnit.YEAR) >= 0, "fit all shows years or decades: " + vm.getTickUnit());
        double x = vm.spanProperty().get().x(LocalDate.of(2025, 4, 9).toEpochDay(), 0, 1200);
        int steps = 0;
        while (vm.getTickUnit() != TickUnit.MONTH && steps++ < 60) vm.zoomAt(x, 1.25);
        assertEquals(TickUnit.MONTH, vm.getTickUnit());
        assertTrue(vm.spanProperty().get().contains(LocalDate.of(2025, 4, 9).toEpochDay()), "zoom keeps the point under the mouse");
        while (vm.getTickUnit() != TickUnit.DAY && steps++ < 80) vm.zoomAt(x, 1.25);
        assertEquals(TickUnit.DAY, vm.getTickUnit());
    }

    @Test
    void playAdvancesTheDateAtTheChosenSpeedAndStopsAtTheEnd() {
        state.asOfProperty().set(LocalDate.of(2020, 1, 1));
        vm.speedProperty().set(PlaySpeed.YEAR);
        vm.togglePlay();
        vm.advance(0.5);
        assertEquals(LocalDate.of(2020, 1, 1).plusDays(182), state.getAsOf());
        for (int i = 0; i < 100; i++) vm.advance(1);
        assertFalse(vm.playingProperty().get(), "play stops at the end of the data");
        assertTrue(state.getAsOf().isAfter(LocalDate.of(2030, 12, 1)));
    }

    @Test
    void playStopsAtTheEndOfTheBrushedWindow() {
        vm.setWindow(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
        state.asOfProperty().set(LocalDate.of(2020, 1, 1));
        vm.speedProperty().set(PlaySpeed.YEAR);
        vm.togglePlay();
        for (int i = 0; i < 100; i++) vm.advance(1);
        assertFalse(vm.playingProperty().get(), "play stops at the end of the window");
        assertEquals(LocalDate.of(2021, 12, 31), state.getAsOf());
        vm.togglePlay();
        assertEquals(LocalDate.of(2019, 1, 1), state.getAsOf(), "played to the end, Play starts again at the window's start");
    }

    @Test
    void brushingAWindowAroundTheAsOfDateLeavesItWhereItWas() {
        state.asOfProperty().set(LocalDate.of(2020, 5, 5));
        vm.setWindow(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
        assertEquals(LocalDate.of(2020, 5, 5), state.getAsOf());
        vm.setWindow(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31));
        assertEquals(LocalDate.of(2022, 1, 1), state.getAsOf(), "a date before the window moves to its start");
    }

    @Test
    void anEventSelectedElsewhereIsBroughtIntoViewAtTheSameZoomAndVisibleOnesStayPut() {
        vm.spanProperty().set(TimeSpan.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1)));
        double days = vm.spanProperty().get().days();
        state.select(Selection.event("ev-ukraine-independence"));
        TimeSpan s = vm.spanProperty().get();
        assertTrue(s.contains(LocalDate.of(1991, 8, 24).toEpochDay() + 0.5), "the 1991 event is on screen: " + s.startDate());
        assertEquals(days, s.days(), 1e-6, "the zoom is kept");

        state.select(Selection.event("ev-invasion"));
        TimeSpan invasion = vm.spanProperty().get();
        state.select(Selection.event("ev-invasion"));
        state.select(Selection.actor("japan"));
        assertEquals(invasion, vm.spanProperty().get(), "selecting what is on screen, or an actor, does not move the view");
    }

    @Test
    void selectingAnEventHighlightsItsActorsUntilSomethingElseIsSelected() {
        vm.selectEvent("ev-rutte-tokyo");
        assertEquals(Selection.event("ev-rutte-tokyo"), state.getSelection());
        assertEquals(Set.of("mark-rutte", "japan", "shigeru-ishiba"), Set.copyOf(state.highlighted()));
        state.select(Selection.actor("nato"));
        assertTrue(state.highlighted().isEmpty());
        assertTrue(vm.frame().highlighted().contains("nato"), "an actor selected elsewhere is highlighted here");
    }

    @Test
    void theBrushSetsTheTimeWindowAndTheGraphShowsWhatHoldsWithinIt() {
        state.asOfProperty().set(null);
        int all = state.getVisibleGraph().relationCount();
        vm.setWindow(LocalDate.of(1990, 1, 1), LocalDate.of(2000, 12, 31));
        assertEquals(new DateRange(LocalDate.of(1990, 1, 1), LocalDate.of(2000, 12, 31)), state.timeWindowProperty().get());
        assertTrue(state.getVisibleGraph().relationCount() < all);
        assertFalse(state.getVisibleGraph().showsRelation("japan-nsatu"));
        vm.clearWindow();
        assertEquals(DateRange.ALL, state.timeWindowProperty().get());
    }

    @Test
    void brushingAWindowAwayFromTheAsOfDateMovesTheDateIntoIt() {
        state.asOfProperty().set(LocalDate.of(2025, 4, 9));
        vm.setWindow(LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31));
        assertEquals(LocalDate.of(2016, 12, 31), state.getAsOf());
        assertTrue(state.getVisibleGraph().showsRelation("japan-nato"), "the 2014 partnership holds at the end of 2016");
        assertFalse(state.getVisibleGraph().showsRelation("rutte-nato"));
    }

    @Test
    void perActorModeGivesTheMostConnectedActorsSwimlanesUntilTheUserPicks() {
        vm.laneModeProperty().set(LaneMode.ACTOR);
        List<Lane> lanes = vm.lanesProperty().get();
        assertEquals(TimelineViewModel.DEFAULT_ACTOR_LANES, lanes.size());
        assertEquals("Japan", lanes.get(0).title());
        vm.laneActors().setAll("nsatu", "japan");
        assertEquals(List.of("NSATU", "Japan"), vm.lanesProperty().get().stream().map(Lane::title).toList());
    }

    @Test
    void collapsingALaneIsRememberedInTheFrame() {
        String key = vm.lanesProperty().get().get(0).key();
        vm.toggleLane(key);
        assertTrue(vm.frame().collapsed().contains(key));
        vm.toggleLane(key);
        assertFalse(vm.frame().collapsed().contains(key));
    }

    @Test
    void panningByPixelsMovesTimeTheOtherWay() {
        TimeSpan before = vm.spanProperty().get();
        vm.panBy(120);
        assertEquals(before.start() - before.days() * 0.1, vm.spanProperty().get().start(), 1e-6);
        assertNotEquals(before, vm.spanProperty().get());
    }
}
