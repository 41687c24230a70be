package org.entente.logic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.MiniWorld;
import org.entente.model.Changes;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

class DateComparisonTest {

    private final Dataset world = MiniWorld.build();

    @Test
    void listsStartedEndedAndEventsBetweenTwoDates() {
        Changes c = DateComparison.compare(world, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 1), FilterCriteria.NONE);
        assertEquals(List.of("germany-hosts-nsatu", "nsatu-based-in-wiesbaden", "nsatu-part-of-nato", "nsatu-supports-ukraine",
                "mark-rutte-leads-nato", "china-criticizes-japan", "japan-participates-in-nsatu"),
                c.started().stream().map(Relation::id).toList());
        assertEquals(List.of("jens-stoltenberg-leads-nato"), c.ended().stream().map(Relation::id).toList());
        assertEquals(List.of("ev-nsatu-founded", "ev-rutte-tokyo"), c.events().stream().map(Event::id).toList());
        assertEquals("7 ties started, 1 ended and 2 events happened between 1 January 2024 and 1 June 2025.",
                DateComparison.summary(c));
    }

    @Test
    void followsTheFilterAndGivesIdsToHighlight() {
        Changes c = DateComparison.compare(world, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 1),
                FilterCriteria.NONE.withKinds(Set.of("state")));
        assertEquals(List.of("china-criticizes-japan"), c.started().stream().map(Relation::id).toList());
        assertTrue(c.ended().isEmpty());
        assertEquals(List.of("ev-rutte-tokyo"), c.events().stream().map(Event::id).toList());
        assertEquals(Set.of("china-criticizes-japan", "china", "japan", "ev-rutte-tokyo"), DateComparison.ids(c));
    }

    @Test
    void sameDayMeansNothingChanged() {
        Changes c = DateComparison.compare(world, MiniWorld.TODAY, MiniWorld.TODAY, FilterCriteria.NONE);
        assertEquals("Nothing changed between 1 June 2025 and 1 June 2025.", DateComparison.summary(c));
    }
}
