package org.entente.logic.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.layout.LayoutKind;
import org.entente.logic.timeline.TimeSpan;
import org.entente.logic.tour.Camera;
import org.entente.logic.tour.Highlights;
import org.entente.logic.tour.Point;
import org.entente.logic.tour.SavedView;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.logic.tour.ViewValue;
import org.junit.jupiter.api.Test;

/**
 * A saved view and a tour step are one view value plus their own texts, written by one mapping; files the
 * previous release saved (in src/test/resources/.../current, written by that release's code) still open.
 */
class OneViewMappingTest {

    private static final Path CURRENT = Path.of("src/test/resources/org/entente/logic/io/current");

    private static final ViewValue VALUE = new ViewValue(LocalDate.of(2024, 10, 31), LocalDate.of(2020, 1, 1),
            LocalDate.of(2025, 12, 31), LocalDate.of(2024, 1, 1), FilterCriteria.NONE.withKinds(Set.of("state")),
            "japan", 2, "ACTOR", "nato",
            Highlights.of(Highlights.Owner.SEARCH, List.of("nato")).with(Highlights.Owner.PATH, List.of("japan", "japan-partner-of-nato")),
            Map.of("japan", new Point(1.5, -2)), new Camera(3, 4, 1.25),
            TimeSpan.of(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31)), LayoutKind.GROUPINGS);

    @Test
    void aSavedViewAndATourStepWriteTheSameValueTheSameWay() {
        JsonObject view = JsonParser.parseString(SavedViewJson.toJson(new SavedView(VALUE, "dark"))).getAsJsonObject();
        Tour tour = new Tour("T", "", List.of(new TourStep("Step", "Caption", "", VALUE, null)));
        JsonObject step = JsonParser.parseString(TourJson.toJson(tour)).getAsJsonObject().getAsJsonArray("steps").get(0).getAsJsonObject();
        for (String own : List.of("format", "theme")) view.remove(own);
        for (String own : List.of("title", "caption")) step.remove(own);
        assertEquals(view, step, "the view part is the same JSON in both files");
    }

    @Test
    void everyPartOfTheValueComesBackFromBothFormats() {
        SavedView saved = SavedViewJson.read("v.json", new StringReader(SavedViewJson.toJson(new SavedView(VALUE, "dark")))).value().orElseThrow();
        assertEquals(VALUE, saved.view());
        Tour tour = new Tour("T", "", List.of(new TourStep("Step", "Caption", "", VALUE, null)));
        Tour back = TourJson.read("t.json", new StringReader(TourJson.toJson(tour))).value().orElseThrow();
        assertEquals(VALUE, back.steps().get(0).view());
        assertEquals(Set.of("nato"), back.steps().get(0).view().highlights().of(Highlights.Owner.SEARCH), "highlights keep their owner");
    }

    @Test
    void aSavedViewFromTheCurrentReleaseOpens() {
        SavedView v = SavedViewJson.read(CURRENT.resolve("view-full.json")).value().orElseThrow();
        assertEquals(LocalDate.of(2024, 10, 31), v.asOf());
        assertEquals(LocalDate.of(2020, 1, 1), v.windowStart());
        assertEquals(LocalDate.of(2025, 12, 31), v.windowEnd());
        assertEquals(LocalDate.of(2024, 1, 1), v.compareDate());
        assertEquals(FilterCriteria.NONE.withKinds(Set.of("state", "alliance")).withMinTies(2), v.filter());
        assertEquals("japan", v.focus());
        assertEquals(2, v.depth());
        assertEquals(Map.of("japan", new Point(10.5, -20.25), "nato", new Point(300, 44)), v.pinned());
        assertEquals(new Camera(12.5, 34, 1.5), v.camera());
        assertEquals("projector", v.theme());
        assertEquals("ACTOR", v.selectionKind());
        assertEquals("nato", v.selectionId());
        assertEquals(Set.of("japan", "ukraine"), v.view().highlights().of(Highlights.Owner.TOUR), "the file's highlights belong to the file");
        assertNull(v.view().layout(), "no layout in the file: the screen's stays");
        assertNull(v.view().timeline(), "no timeline stretch in the file: the screen's stays");
        // and it is saved again without losing anything
        assertEquals(v, SavedViewJson.read("again.json", new StringReader(SavedViewJson.toJson(v))).value().orElseThrow());

        SavedView bare = SavedViewJson.read(CURRENT.resolve("view-bare.json")).value().orElseThrow();
        assertEquals(LocalDate.of(2025, 4, 9), bare.asOf());
        assertTrue(bare.filter().isNone());
        assertEquals("NONE", bare.selectionKind());
        assertTrue(bare.view().highlights().isEmpty());
    }

    @Test
    void aTourFromTheCurrentReleaseOpens() {
        Tour t = TourJson.read(CURRENT.resolve("tour-saved.json")).value().orElseThrow();
        assertEquals("Three steps", t.title());
        assertEquals("A short lesson saved by the tour editor.", t.description());
        assertEquals(3, t.steps().size());
        TourStep third = t.steps().get(2);
        assertEquals("Ask who joined first.", third.notes());
        assertEquals(LocalDate.of(2000, 1, 1), third.asOf());
        assertEquals(LocalDate.of(2014, 3, 1), third.compareDate());
        assertEquals("japan", third.focus());
        assertEquals(List.of("japan", "usa-member-of-nato"), third.highlighted());
        assertEquals(new Camera(-40, 12.75, 0.8), third.camera());
        assertEquals(List.of("japan-recognizes-ukraine", "ev-1992-japan-recognizes-ukraine"), t.steps().get(0).highlighted());
        assertEquals(t, TourJson.read("again.json", new StringReader(TourJson.toJson(t))).value().orElseThrow());
    }

    @Test
    void aTourStepWhoseHighlightsAreAllTheTourOwnIsWrittenAsBefore() {
        Tour t = TourJson.read(CURRENT.resolve("tour-saved.json")).value().orElseThrow();
        String json = TourJson.toJson(t);
        assertTrue(json.contains("\"highlighted\""));
        assertTrue(!json.contains("\"highlights\""), "only the flat list the current release reads");
    }

    @Test
    void aWrongOwnerOrLayoutIsNamed() {
        var r = SavedViewJson.read("v.json", new StringReader("""
                {"format": "entente-view/1", "asOf": "2025-04-09", "highlights": {"friends": ["japan"]}, "layout": "circle"}
                """));
        assertTrue(r.value().isEmpty());
        assertTrue(r.describe().contains("expected search, path, compare, tour or timeline, found 'friends' (at $.highlights.friends)"), r.describe());
        assertTrue(r.describe().contains("expected force or groupings, found 'circle' (at $.layout)"), r.describe());
    }
}
