package org.entente.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.entente.logic.analysis.Measure;
import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.MiniWorld;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.Test;

class QuestionViewModelsTest {

    private final AppState state = new AppState(new GraphFilter(), Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

    QuestionViewModelsTest() {
        state.datasetProperty().set(MiniWorld.build());
    }

    @Test
    void pathExplainsAndHighlightsAndFollowsTheFilter() {
        PathViewModel path = new PathViewModel(state);
        path.fromProperty().set("japan");
        path.toProperty().set("germany");
        assertEquals(List.of("Japan is a member of G7, which Germany is a member of.", "Japan takes part in NSATU, which Germany hosts."),
                path.sentences());
        assertEquals("2 shortest paths, 2 steps as of 1 June 2025:", path.summaryProperty().get());
        assertTrue(state.highlighted().containsAll(Set.of("japan", "g7", "germany", "nsatu", "germany-hosts-nsatu")));

        state.filterProperty().set(FilterCriteria.NONE.withKinds(Set.of("state", "initiative")));
        assertEquals(List.of("Japan takes part in NSATU, which Germany hosts."), path.sentences());
        assertTrue(!state.highlighted().contains("g7"), "the G7 path is no longer highlighted");

        state.filterProperty().set(FilterCriteria.NONE.withKinds(Set.of("state")));
        assertTrue(path.sentences().isEmpty());
        assertEquals("No chain of ties connects Japan and Germany as of 1 June 2025 with the current filter.", path.summaryProperty().get());
        assertTrue(state.highlighted().isEmpty());

        path.swap();
        assertEquals("germany", path.fromProperty().get());
        path.clear();
        assertEquals("Pick two actors to see how they are connected.", path.summaryProperty().get());
    }

    @Test
    void focusHidesTheRestAndDescribesIt() {
        FocusViewModel focus = new FocusViewModel(state);
        state.select(Selection.actor("mark-rutte"));
        focus.focusOnSelection();
        focus.setDepth(2);
        assertEquals(3, state.getVisibleGraph().actorCount());
        assertEquals("Showing Mark Rutte and the 2 actors within 2 steps.", focus.descriptionBinding().get());
        focus.setDepth(7);
        assertEquals(3, state.focusDepthProperty().get(), "clamped to 3 steps");
        focus.clear();
        assertEquals(11, state.getVisibleGraph().actorCount());
    }

    @Test
    void importanceRanksSizesAndColoursOnlyWhenAsked() {
        ImportanceViewModel imp = new ImportanceViewModel(state, new ImmediateExecutor());
        assertTrue(imp.rows().isEmpty(), "nothing is measured until someone looks");
        imp.activeProperty().set(true);
        assertEquals("nsatu", imp.rows().get(0).actor().id(), "NSATU has the most ties");
        assertEquals("5", imp.valueText(imp.rows().get(0)));
        assertNull(state.nodeWeightsProperty().get());
        imp.measureProperty().set(Measure.BETWEENNESS);
        imp.sizeNodesProperty().set(true);
        assertEquals(1.0, state.nodeWeightsProperty().get().get("nsatu"), 1e-9);
        assertEquals(0.0, state.nodeWeightsProperty().get().get("lonely"), 1e-9);
        imp.colourByCommunityProperty().set(true);
        assertEquals(state.communitiesProperty().get().get("japan"), state.communitiesProperty().get().get("g7"));
        imp.sizeNodesProperty().set(false);
        imp.colourByCommunityProperty().set(false);
        assertNull(state.nodeWeightsProperty().get());
        assertNull(state.communitiesProperty().get());
        imp.select(imp.rows().get(0));
        assertEquals(Selection.actor("nsatu"), state.getSelection());
    }

    @Test
    void compareListsChangesBetweenTheCompareDateAndTheAsOfDate() {
        CompareViewModel compare = new CompareViewModel(state);
        assertTrue(compare.items().isEmpty());
        state.compareDateProperty().set(LocalDate.of(2024, 1, 1));
        assertEquals(10, compare.items().size(), "7 started, 1 ended, 2 events");
        assertTrue(compare.items().stream().anyMatch(i -> i.toString().equals("− Jens Stoltenberg leads NATO (from 1 October 2014 until 30 September 2024)")),
                compare.items().toString());
        assertTrue(compare.items().stream().anyMatch(i -> i.toString().equals("• 9 April 2025: Rutte visits Tokyo")));
        assertTrue(state.highlighted().contains("mark-rutte-leads-nato"));
        compare.select(compare.items().get(0));
        assertEquals(Selection.Kind.RELATION, state.getSelection().kind());
        compare.stop();
        assertTrue(compare.items().isEmpty());
        assertTrue(state.highlighted().isEmpty());
    }
}
