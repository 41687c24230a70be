package org.entente.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.MiniWorld;
import org.entente.logic.search.SearchHit;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private final AppState state = new AppState(new GraphFilter(), Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    private final SearchViewModel vm = new SearchViewModel(state);

    SearchViewModelTest() {
        state.datasetProperty().set(MiniWorld.build());
    }

    @Test
    void goingToAnActorSelectsAndHighlightsIt() {
        SearchHit japan = vm.suggest("日本").get(0);
        vm.go(japan);
        assertEquals(Selection.actor("japan"), state.getSelection());
        assertEquals(Set.of("japan"), state.highlighted());
        vm.go(vm.suggest("germany").get(0));
        assertEquals(Set.of("germany"), state.highlighted(), "the previous search highlight is replaced");
    }

    @Test
    void goingToAnEventSelectsItAndHighlightsItsActors() {
        vm.go(vm.suggest("summit").get(0));
        assertEquals(Selection.event("ev-g7-founded"), state.getSelection());
        assertEquals(Set.of("ev-g7-founded", "g7"), state.highlighted(), "the event and who took part");
    }

    @Test
    void saysWhenNothingMatchesOrTheMatchIsHidden() {
        assertTrue(vm.suggest("Atlantis").isEmpty());
        assertEquals("Nothing matches 'Atlantis'", vm.messageProperty().get());
        state.filterProperty().set(FilterCriteria.NONE.withKinds(Set.of("state")));
        vm.go(vm.suggest("NATO").get(0));
        assertEquals("NATO is hidden by the filter or the as-of date", vm.messageProperty().get());
    }

    @Test
    void otherFeaturesHighlightsSurviveASearch() {
        state.highlight(org.entente.logic.tour.Highlights.Owner.PATH, Set.of("path-item"));
        vm.go(vm.suggest("japan").get(0));
        assertEquals(Set.of("path-item", "japan"), state.highlighted());
    }
}
