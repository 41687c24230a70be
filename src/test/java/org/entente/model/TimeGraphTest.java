package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class TimeGraphTest {

    private static PartialDate d(String s) {
        return PartialDate.parse(s);
    }

    private final Dataset dataset = new Dataset("entente/1", "test", "", List.of(),
            List.of(Actor.of("nato", "NATO", "alliance"), Actor.of("stoltenberg", "Jens Stoltenberg", "person"),
                    Actor.of("rutte", "Mark Rutte", "person"),
                    new Actor("nsatu", "NSATU", "initiative", List.of(), null, null, d("2024-07"), null, null, List.of(), List.of())),
            List.of(Relation.of("stoltenberg-leads-nato", "stoltenberg", "nato", "leads", d("2014-10-01"), d("2024-09-30")),
                    Relation.of("rutte-leads-nato", "rutte", "nato", "leads", d("2024-10-01"), null),
                    Relation.of("nsatu-part-of-nato", "nsatu", "nato", "part-of", d("2024-07"), null)),
            List.of(Event.of("ev-rutte-tokyo", d("2025-04-09"), "Rutte in Tokyo", List.of("rutte")),
                    Event.of("ev-old", d("2015"), "Old event", List.of("nato"))),
            List.of());

    @Test
    void asOfShowsOnlyTiesInForceAndActorsThatExist() {
        Graph<Actor, Relation> in2020 = dataset.graph().asOf(LocalDate.of(2020, 1, 1));
        assertEquals(List.of("stoltenberg-leads-nato"), in2020.edgeSet().stream().map(Relation::id).toList());
        assertFalse(in2020.containsVertex(dataset.actor("nsatu").orElseThrow()), "NSATU did not exist in 2020");

        Graph<Actor, Relation> in2025 = dataset.graph().asOf(LocalDate.of(2025, 4, 9));
        assertTrue(in2025.containsEdge(dataset.relation("rutte-leads-nato").orElseThrow()));
        assertFalse(in2025.containsEdge(dataset.relation("stoltenberg-leads-nato").orElseThrow()));
        assertTrue(in2025.containsVertex(dataset.actor("nsatu").orElseThrow()));
    }

    @Test
    void changesBetweenListsStartedEndedAndEvents() {
        Changes c = dataset.graph().changesBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 1));
        assertEquals(List.of("nsatu-part-of-nato", "rutte-leads-nato"), c.started().stream().map(Relation::id).toList());
        assertEquals(List.of("stoltenberg-leads-nato"), c.ended().stream().map(Relation::id).toList());
        assertEquals(List.of("ev-rutte-tokyo"), c.events().stream().map(Event::id).toList());
    }

    @Test
    void changesBetweenIsOrderIndependentAndEmptyForOneDay() {
        Changes reversed = dataset.graph().changesBetween(LocalDate.of(2025, 6, 1), LocalDate.of(2024, 1, 1));
        assertEquals(2, reversed.started().size());
        assertTrue(dataset.graph().changesBetween(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)).isEmpty());
    }

    @Test
    void withinAWindowKeepsTiesThatOverlapIt() {
        Graph<Actor, Relation> window = dataset.graph().within(new DateRange(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31)));
        assertEquals(3, window.edgeSet().size());
    }
}
