package org.entente.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

class LaneAssignerTest {

    private static PartialDate d(String s) {
        return PartialDate.parse(s);
    }

    private final Dataset dataset = new Dataset("entente/1", "t", "", List.of(),
            List.of(Actor.of("japan", "Japan", "state"), Actor.of("g7", "G7", "organization"), Actor.of("ip4", "IP4", "initiative"),
                    Actor.of("nato", "NATO", "alliance"), Actor.of("rutte", "Mark Rutte", "person")),
            List.of(Relation.of("japan-g7", "japan", "g7", "member-of", d("1975"), null),
                    Relation.of("japan-ip4", "japan", "ip4", "participates-in", d("~2022"), null),
                    Relation.of("rutte-nato", "rutte", "nato", "leads", d("2024-10-01"), null)),
            List.of(new Event("visit", d("2025-04-09"), null, "Rutte in Tokyo", null, List.of("rutte", "japan"), List.of("visit"), null, List.of(), List.of()),
                    new Event("summit", d("2025-06-24"), null, "Hague summit", null, List.of("nato", "rutte"), List.of("summit"), null, List.of(), List.of()),
                    new Event("g7", d("2025-06"), null, "G7 summit", null, List.of("g7", "japan"), List.of("summit"), null, List.of(), List.of())),
            List.of());

    private static List<String> titles(List<Lane> lanes) {
        return lanes.stream().map(Lane::title).toList();
    }

    @Test
    void byKindFollowsTheFirstActorAndTheLegendOrder() {
        List<Lane> lanes = LaneAssigner.assign(dataset, LaneMode.KIND, List.of());
        assertEquals(List.of("States", "Alliances", "Organizations", "People"), titles(lanes));
        Lane states = lanes.get(0);
        assertEquals(2, states.relationCount(), "Japan's G7 and IP4 ties start at Japan");
        Lane people = lanes.get(3);
        assertEquals(1, people.eventCount());
        assertEquals("visit", people.event(0).id());
    }

    @Test
    void perActorSwimlanesHoldTheActorsEventsAndSpansInPickOrder() {
        List<Lane> lanes = LaneAssigner.assign(dataset, LaneMode.ACTOR, List.of("japan", "nato", "nobody"));
        assertEquals(List.of("Japan", "NATO"), titles(lanes), "unknown ids are skipped");
        Lane japan = lanes.get(0);
        assertEquals(List.of("japan-g7", "japan-ip4"), ids(japan));
        assertEquals(2, japan.eventCount());
        assertEquals(List.of("visit", "g7"), List.of(japan.event(0).id(), japan.event(1).id()), "events sorted by the start of their extent");
        assertEquals(List.of("rutte-nato"), ids(lanes.get(1)));
    }

    @Test
    void byTagPutsEventsUnderTheirFirstTagAndTiesUnderTheirFamily() {
        List<Lane> lanes = LaneAssigner.assign(dataset, LaneMode.TAG, List.of());
        assertEquals(List.of("summit", "visit", "Ties: Membership", "Ties: Participation", "Ties: Leadership and office"), titles(lanes));
        assertEquals(2, lanes.get(0).eventCount());
    }

    @Test
    void visibleEventsAreFoundByBinarySearchIncludingLongOnesStartedEarlier() {
        Lane japan = LaneAssigner.assign(dataset, LaneMode.ACTOR, List.of("japan")).get(0);
        int[] out = new int[japan.eventCount()];
        double may2025 = java.time.LocalDate.of(2025, 6, 10).toEpochDay();
        int n = japan.visibleEvents(new TimeSpan(may2025, may2025 + 3), out);
        assertEquals(1, n, "the month-precise G7 summit (June 2025) overlaps 10-13 June");
        assertEquals("g7", japan.event(out[0]).id());
    }

    @Test
    void mostConnectedActorsComeFirst() {
        List<String> top = LaneAssigner.mostConnected(dataset, 2);
        assertTrue(top.containsAll(List.of("japan", "rutte")), top.toString());
    }

    private static List<String> ids(Lane lane) {
        String[] ids = new String[lane.relationCount()];
        for (int i = 0; i < ids.length; i++) ids[i] = lane.relation(i).id();
        return Arrays.asList(ids);
    }
}
