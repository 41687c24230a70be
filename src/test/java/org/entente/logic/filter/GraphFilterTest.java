package org.entente.logic.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.Test;

class GraphFilterTest {

    private final Dataset world = MiniWorld.build();
    private final GraphFilter filter = new GraphFilter();

    private VisibleGraph apply(FilterCriteria c) {
        return filter.apply(world, MiniWorld.TODAY, DateRange.ALL, c);
    }

    private static Set<String> actors(VisibleGraph v) {
        return v.graph().vertexSet().stream().map(Actor::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> relations(VisibleGraph v) {
        return v.graph().edgeSet().stream().map(Relation::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void noCriteriaShowsEverythingThatHoldsOnTheDay() {
        VisibleGraph v = apply(FilterCriteria.NONE);
        assertEquals(11, v.actorCount());
        assertEquals(9, v.relationCount(), "Stoltenberg's leadership ended in 2024");
        assertFalse(v.showsRelation("jens-stoltenberg-leads-nato"));
        assertTrue(v.graph() instanceof MaskSubgraph, "a view over the dataset's graph, not a copy");
    }

    @Test
    void kindsKeepOnlyActorsOfTheTickedKindsAndTheirTies() {
        VisibleGraph v = apply(FilterCriteria.NONE.withKinds(Set.of("state", "organization")));
        assertEquals(Set.of("china", "g7", "germany", "japan", "ukraine"), actors(v));
        assertEquals(Set.of("china-criticizes-japan", "germany-member-of-g7", "japan-member-of-g7"), relations(v));
    }

    @Test
    void relationTypesHideOtherTiesButKeepTheirActors() {
        VisibleGraph v = apply(FilterCriteria.NONE.withRelationTypes(Set.of("leads")));
        assertEquals(Set.of("mark-rutte-leads-nato"), relations(v));
        assertEquals(11, v.actorCount(), "type filters do not hide actors by themselves");
    }

    @Test
    void regionsKeepActorsOfThoseRegionsAndOtherMeansNoRegion() {
        VisibleGraph v = apply(FilterCriteria.NONE.withRegions(Set.of("indo-pacific")));
        assertEquals(Set.of("china", "japan"), actors(v));
        VisibleGraph other = apply(FilterCriteria.NONE.withRegions(Set.of(FilterCriteria.OTHER_REGION)));
        assertEquals(Set.of("lonely"), actors(other));
    }

    @Test
    void onlyDisputedKeepsDisputedTiesTheirEndsAndDisputedActors() {
        VisibleGraph v = apply(FilterCriteria.NONE.withOnlyDisputed(true));
        assertEquals(Set.of("china-criticizes-japan"), relations(v));
        assertEquals(Set.of("china", "japan", "mark-rutte"), actors(v));
        assertEquals(Set.of("ev-rutte-tokyo"), v.eventIds(), "only events named in a dispute");
    }

    @Test
    void minimumTiesHidesActorsWithFewerVisibleTiesAndHoldsAfterPruning() {
        VisibleGraph v = apply(FilterCriteria.NONE.withMinTies(2));
        for (Actor a : v.graph().vertexSet()) {
            assertTrue(v.graph().degreeOf(a) >= 2, a.id() + " has " + v.graph().degreeOf(a) + " ties on screen");
        }
        // NSATU (5 ties), Japan (3), Germany (2), G7 (2) survive; NATO loses Rutte's tie... and keeps NSATU only
        assertEquals(Set.of("g7", "germany", "japan", "nsatu"), actors(v));
    }

    @Test
    void hideIsolatedHidesActorsWithoutVisibleTies() {
        assertTrue(apply(FilterCriteria.NONE).showsActor("lonely"));
        VisibleGraph v = apply(FilterCriteria.NONE.withHideIsolated(true));
        assertFalse(v.showsActor("lonely"));
        assertFalse(v.showsActor("jens-stoltenberg"), "his only tie ended before the as-of date");
        assertEquals(9, v.actorCount());
        VisibleGraph leadsOnly = apply(FilterCriteria.NONE.withRelationTypes(Set.of("leads")).withHideIsolated(true));
        assertEquals(Set.of("mark-rutte", "nato"), actors(leadsOnly));
    }

    @Test
    void asOfDateAndWindowApplyToActorsAndTies() {
        VisibleGraph in2020 = filter.apply(world, LocalDate.of(2020, 1, 1), DateRange.ALL, FilterCriteria.NONE);
        assertFalse(in2020.showsActor("nsatu"), "NSATU was set up in 2024");
        assertTrue(in2020.showsRelation("jens-stoltenberg-leads-nato"));
        VisibleGraph window = filter.apply(world, null, new DateRange(LocalDate.of(2014, 1, 1), LocalDate.of(2016, 1, 1)), FilterCriteria.NONE);
        assertEquals(Set.of("ev-stoltenberg-appointed"), window.eventIds());
        assertTrue(window.showsRelation("jens-stoltenberg-leads-nato"));
        assertFalse(window.showsActor("nsatu"));
    }

    @Test
    void focusKeepsTheNeighbourhoodWithinTheChosenSteps() {
        VisibleGraph one = filter.apply(world, MiniWorld.TODAY, DateRange.ALL, FilterCriteria.NONE, new Focus("mark-rutte", 1));
        assertEquals(Set.of("mark-rutte", "nato"), actors(one));
        VisibleGraph two = filter.apply(world, MiniWorld.TODAY, DateRange.ALL, FilterCriteria.NONE, new Focus("mark-rutte", 2));
        assertEquals(Set.of("mark-rutte", "nato", "nsatu"), actors(two));
        VisibleGraph three = filter.apply(world, MiniWorld.TODAY, DateRange.ALL, FilterCriteria.NONE, new Focus("mark-rutte", 3));
        assertEquals(Set.of("germany", "japan", "mark-rutte", "nato", "nsatu", "ukraine", "wiesbaden"), actors(three));
        // events follow the focus over the window (Stoltenberg is NATO's former head, still two steps away)
        assertEquals(Set.of("ev-nsatu-founded", "ev-rutte-tokyo", "ev-stoltenberg-appointed"), three.eventIds());
    }

    @Test
    void focusOnAHiddenActorIsIgnoredRatherThanBlankingTheGraph() {
        VisibleGraph v = filter.apply(world, MiniWorld.TODAY, DateRange.ALL, FilterCriteria.NONE.withKinds(Set.of("state")),
                new Focus("nato", 2));
        assertEquals(Set.of("china", "germany", "japan", "ukraine"), actors(v));
    }

    @Test
    void eventsWhoseActorsAreAllHiddenAreHidden() {
        VisibleGraph all = apply(FilterCriteria.NONE);
        assertEquals(6, all.eventIds().size());
        assertTrue(all.eventIds().contains("ev-stoltenberg-appointed"),
                "an event stays on the timeline even if its actor's ties have ended by the as-of date");
        VisibleGraph states = apply(FilterCriteria.NONE.withKinds(Set.of("state")));
        assertEquals(Set.of("ev-general", "ev-rutte-tokyo"), states.eventIds());
    }

    @Test
    void criteriaRecordIsImmutableAndNoneIsNone() {
        Set<String> kinds = new java.util.HashSet<>(Set.of("state"));
        FilterCriteria c = FilterCriteria.NONE.withKinds(kinds);
        kinds.add("person");
        assertEquals(Set.of("state"), c.kinds());
        assertTrue(FilterCriteria.NONE.isNone());
        assertFalse(c.isNone());
        assertEquals(FilterCriteria.NONE, c.withKinds(Set.of()));
    }
}
