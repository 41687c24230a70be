package org.entente.logic.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.tour.Camera;
import org.entente.logic.tour.Point;
import org.entente.logic.tour.SavedView;
import org.junit.jupiter.api.Test;

/** A saved view file holds everything the user set up, and a damaged one says what is wrong where. */
class SavedViewJsonTest {

    @Test
    void aSavedViewReadsBackEqual() {
        SavedView v = new SavedView(LocalDate.of(2025, 4, 9), LocalDate.of(2020, 1, 1), null, LocalDate.of(2024, 1, 1),
                FilterCriteria.NONE.withRegions(Set.of("europe")).withHideIsolated(true), "japan", 2,
                Map.of("japan", new Point(12.25, -8), "nato", new Point(300, 40.5)), new Camera(1, 2, 0.8), "projector",
                "RELATION", "japan-partner-of-nato", Set.of("nato", "japan"));
        ReadResult<SavedView> r = SavedViewJson.read("v.json", new StringReader(SavedViewJson.toJson(v)));
        assertEquals(v, r.value().orElseThrow());
    }

    @Test
    void badValuesAreNamedAndNothingIsReturned() {
        ReadResult<SavedView> r = SavedViewJson.read("v.json", new StringReader("""
                {"format": "entente-view/1", "asOf": "2025-04-09", "theme": "neon",
                 "selection": {"kind": "PLANET", "id": "x"}, "pinned": {"japan": 3}}
                """));
        assertTrue(r.value().isEmpty());
        assertEquals("""
                v.json:2:24: error: expected ACTOR, RELATION, EVENT or NONE, found 'PLANET' (at $.selection.kind)
                v.json:2:66: error: expected {"x": .., "y": ..}, found 3 (at $.pinned.japan)
                v.json:1:61: error: expected light, dark or projector, found 'neon' (at $.theme)""", r.describe());
    }
}
