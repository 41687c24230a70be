package org.entente.logic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.MiniWorld;
import org.entente.logic.filter.VisibleGraph;
import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;

class PathFinderTest {

    private final Dataset world = MiniWorld.build();
    private final PathFinder finder = new PathFinder(10);

    private VisibleGraph asOf(LocalDate day, FilterCriteria c) {
        return new GraphFilter().apply(world, day, DateRange.ALL, c);
    }

    private List<ConnectionPath> paths(VisibleGraph v, String from, String to) {
        Actor a = world.actor(from).orElseThrow();
        Actor b = world.actor(to).orElseThrow();
        return finder.shortestPaths(v.graph(), a, b);
    }

    @Test
    void followsTiesEitherWayAndExplainsThemInOneSentence() {
        List<ConnectionPath> p = paths(asOf(MiniWorld.TODAY, FilterCriteria.NONE), "japan", "mark-rutte");
        assertEquals(1, p.size());
        assertEquals(List.of("japan", "nsatu", "nato", "mark-rutte"), p.get(0).actorIds());
        assertEquals("Japan takes part in NSATU, which is part of NATO, which Mark Rutte leads.", PathSentence.of(p.get(0)));
        assertEquals(Set.of("japan", "nsatu", "nato", "mark-rutte", "japan-participates-in-nsatu", "nsatu-part-of-nato",
                "mark-rutte-leads-nato"), p.get(0).ids());
    }

    @Test
    void readsTheOtherDirectionWithPassiveAndWhoForPeople() {
        ConnectionPath p = paths(asOf(MiniWorld.TODAY, FilterCriteria.NONE), "mark-rutte", "japan").get(0);
        assertEquals("Mark Rutte leads NATO, which NSATU is part of, which Japan takes part in.", PathSentence.of(p));
        ConnectionPath q = paths(asOf(MiniWorld.TODAY, FilterCriteria.NONE), "nato", "jens-stoltenberg").stream().findFirst().orElse(null);
        assertEquals(null, q, "Stoltenberg no longer leads NATO in June 2025");
        ConnectionPath old = paths(asOf(LocalDate.of(2024, 8, 1), FilterCriteria.NONE), "ukraine", "jens-stoltenberg").get(0);
        assertEquals("Ukraine is supported by NSATU, which is part of NATO, which Jens Stoltenberg leads.", PathSentence.of(old));
        ConnectionPath person = paths(asOf(MiniWorld.TODAY, FilterCriteria.NONE), "nato", "mark-rutte").get(0);
        assertEquals("NATO is led by Mark Rutte.", PathSentence.of(person));
        ConnectionPath who = new ConnectionPath(List.of(world.actor("nato").orElseThrow(), world.actor("mark-rutte").orElseThrow(),
                world.actor("china").orElseThrow()), List.of(world.relation("mark-rutte-leads-nato").orElseThrow(),
                org.entente.model.Relation.of("x", "mark-rutte", "china", "criticizes", null, null)));
        assertEquals("NATO is led by Mark Rutte, who criticizes China.", PathSentence.of(who));
    }

    @Test
    void returnsEveryTiedShortestPath() {
        List<ConnectionPath> p = paths(asOf(MiniWorld.TODAY, FilterCriteria.NONE), "japan", "germany");
        assertEquals(2, p.size());
        assertEquals(List.of(List.of("japan", "g7", "germany"), List.of("japan", "nsatu", "germany")),
                p.stream().map(ConnectionPath::actorIds).toList());
        assertEquals("Japan is a member of G7, which Germany is a member of.", PathSentence.of(p.get(0)));
        assertEquals("Japan takes part in NSATU, which Germany hosts.", PathSentence.of(p.get(1)));
    }

    @Test
    void respectsTheDateAndTheFilter() {
        assertTrue(paths(asOf(LocalDate.of(2020, 1, 1), FilterCriteria.NONE), "japan", "germany").size() == 1,
                "before NSATU only the G7 links them");
        List<ConnectionPath> noG7 = paths(asOf(MiniWorld.TODAY, FilterCriteria.NONE.withRelationTypes(
                Set.of("participates-in", "hosts"))), "japan", "germany");
        assertEquals(List.of(List.of("japan", "nsatu", "germany")), noG7.stream().map(ConnectionPath::actorIds).toList());
        assertTrue(paths(asOf(MiniWorld.TODAY, FilterCriteria.NONE), "japan", "lonely").isEmpty());
        assertTrue(paths(asOf(MiniWorld.TODAY, FilterCriteria.NONE), "japan", "japan").isEmpty());
    }

    @Test
    void tiedPathsThroughBelongingComeBeforePathsThroughQuarrelsWhateverTheNames() {
        org.jgrapht.Graph<Actor, org.entente.model.Relation> g = new org.jgrapht.graph.DirectedPseudograph<>(null, null, false);
        for (String id : List.of("japan", "china", "nato", "mark-rutte")) g.addVertex(world.actor(id).orElseThrow());
        for (String[] r : new String[][] {{"japan", "china", "opposes"}, {"mark-rutte", "china", "criticizes"},
                {"japan", "nato", "partner-of"}, {"mark-rutte", "nato", "leads"}}) {
            g.addEdge(world.actor(r[0]).orElseThrow(), world.actor(r[1]).orElseThrow(),
                    org.entente.model.Relation.of(r[0] + "-" + r[1], r[0], r[1], r[2], null, null));
        }
        List<ConnectionPath> p = finder.shortestPaths(g, world.actor("japan").orElseThrow(), world.actor("mark-rutte").orElseThrow());
        assertEquals(List.of("Japan is a partner of NATO, which Mark Rutte leads.", "Japan opposes China, which Mark Rutte criticizes."),
                p.stream().map(PathSentence::of).toList(), "China comes first by name, NATO first by what the ties say");
        assertEquals(1, new PathFinder(1).shortestPaths(g, world.actor("japan").orElseThrow(),
                world.actor("mark-rutte").orElseThrow()).get(0).relations().stream().filter(r -> r.type().equals("leads")).count(),
                "with room for one path, the best one is kept");
    }

    @Test
    void limitsHowManyTiedPathsItReturns() {
        assertEquals(1, new PathFinder(1).shortestPaths(asOf(MiniWorld.TODAY, FilterCriteria.NONE).graph(),
                world.actor("japan").orElseThrow(), world.actor("germany").orElseThrow()).size());
    }

    @Test
    void unknownTypesStillReadWithTheirWords() {
        assertEquals("has a 'trains with' tie to", RelationPhrase.of("trains-with").active());
        assertEquals("is led by", RelationPhrase.of("leads").passive());
    }

    @Test
    void listsUseShortLabelsFromEitherEnd() {
        assertEquals("member of", RelationPhrase.of("member-of").label());
        assertEquals("has member", RelationPhrase.of("member-of").reverseLabel());
        assertEquals("trains with", RelationPhrase.of("Trains-With").label());
        assertEquals("trains with (from)", RelationPhrase.of("Trains-With").reverseLabel());
    }
}
