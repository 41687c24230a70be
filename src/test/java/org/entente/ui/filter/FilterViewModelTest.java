package org.entente.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.MiniWorld;
import org.entente.model.DateRange;
import org.entente.ui.state.AppState;
import org.junit.jupiter.api.Test;

class FilterViewModelTest {

    private final AppState state = new AppState(new GraphFilter(), Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    private final FilterViewModel vm = new FilterViewModel(state);

    FilterViewModelTest() {
        state.datasetProperty().set(MiniWorld.build());
    }

    private Choice kind(String value) {
        return vm.kinds().stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void listsOnlyKindsPresentWithTheirCountsInVocabularyOrder() {
        assertEquals(java.util.List.of("State (4)", "Alliance (1)", "Organization (1)", "Initiative (1)", "Person (2)", "Place (2)"),
                vm.kinds().stream().map(Choice::text).toList());
        assertTrue(vm.relationTypes().stream().anyMatch(c -> c.text().equals("member of (2)")));
        assertTrue(vm.regions().stream().anyMatch(c -> c.text().equals("Other (1)")), "actors without a region");
    }

    @Test
    void untickingAKindHidesItsActorsAndTickingAllAgainClearsTheRestriction() {
        kind("person").setSelected(false);
        assertEquals(Set.of("state", "alliance", "organization", "initiative", "place"), state.filterProperty().get().kinds());
        assertFalse(state.getVisibleGraph().showsActor("mark-rutte"));
        assertEquals(9, state.getVisibleGraph().actorCount());
        kind("person").setSelected(true);
        assertTrue(state.filterProperty().get().isNone());
    }

    @Test
    void theLastTickedKindCannotBeUnticked() {
        vm.showOnlyKinds(Set.of("state"));
        assertFalse(kind("person").isSelected(), "the boxes follow criteria set elsewhere");
        assertTrue(kind("state").lastTickedProperty().get());
        assertFalse(kind("person").lastTickedProperty().get());
    }

    @Test
    void aFilterKeptFromAnotherDatasetNeverBlanksTheNewOne() {
        vm.showOnlyKinds(Set.of("place"));
        state.datasetProperty().set(new org.entente.model.Dataset("entente/1", "states only", "", java.util.List.of(),
                java.util.List.of(org.entente.model.Actor.of("x", "X", "state"), org.entente.model.Actor.of("y", "Y", "state")),
                java.util.List.of(), java.util.List.of(), java.util.List.of()));
        assertTrue(state.filterProperty().get().kinds().isEmpty(), "no place in the new dataset: no kind restriction");
        assertEquals(2, state.getVisibleGraph().actorCount());
        assertTrue(kind("state").isSelected());
    }

    @Test
    void optionsWriteTheCriteriaAndResetClearsEverything() {
        vm.onlyDisputedProperty().set(true);
        vm.minTiesProperty().set(2);
        vm.hideIsolatedProperty().set(true);
        FilterCriteria c = state.filterProperty().get();
        assertTrue(c.onlyDisputed() && c.hideIsolated());
        assertEquals(2, c.minTies());
        state.focusActorProperty().set("japan");
        state.timeWindowProperty().set(new DateRange(LocalDate.of(2020, 1, 1), null));
        vm.reset();
        assertEquals(FilterCriteria.NONE, state.filterProperty().get());
        assertEquals(DateRange.ALL, state.timeWindowProperty().get());
        assertEquals(null, state.focusActorProperty().get());
        assertFalse(vm.onlyDisputedProperty().get());
        assertEquals(0, vm.minTiesProperty().get());
    }

    @Test
    void windowFieldsFollowTheBrushAndSetItWithPartialDates() {
        state.timeWindowProperty().set(new DateRange(LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31)));
        assertEquals("2014-01-01", vm.windowFromProperty().get());
        assertEquals("2016-12-31", vm.windowToProperty().get());
        vm.windowFromProperty().set("2024");
        vm.windowToProperty().set("2025-04");
        vm.applyWindow();
        assertEquals(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 4, 30)), state.timeWindowProperty().get());
        vm.windowToProperty().set("");
        vm.applyWindow();
        assertEquals(new DateRange(LocalDate.of(2024, 1, 1), null), state.timeWindowProperty().get());
    }

    @Test
    void badWindowInputSaysWhyAndKeepsTheWindow() {
        vm.windowFromProperty().set("2025-13");
        vm.applyWindow();
        assertTrue(vm.windowErrorProperty().get().contains("From: '2025-13'"), vm.windowErrorProperty().get());
        assertEquals(DateRange.ALL, state.timeWindowProperty().get());
        vm.windowFromProperty().set("2025");
        vm.windowToProperty().set("2020");
        vm.applyWindow();
        assertTrue(vm.windowErrorProperty().get().contains("before it starts"), vm.windowErrorProperty().get());
    }
}
