package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import javafx.geometry.Point2D;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.io.SavedViewJson;
import org.entente.logic.tour.SavedView;
import org.entente.model.DateRange;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.state.ViewCamera;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A view saved to a file and reopened in a fresh window comes back exactly as it was. */
class ViewStatesTest {

    @TempDir
    Path dir;

    @Test
    void aSavedViewReopensIdentically() throws Exception {
        AppState before = Fixtures.state();
        before.asOfProperty().set(LocalDate.of(2024, 10, 31));
        before.timeWindowProperty().set(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)));
        before.compareDateProperty().set(LocalDate.of(2024, 1, 1));
        before.filterProperty().set(FilterCriteria.NONE.withKinds(Set.of("state", "alliance")).withMinTies(1));
        before.focusDepthProperty().set(2);
        before.focusActorProperty().set("japan");
        before.pinned().put("japan", new Point2D(10.5, -20.25));
        before.pinned().put("nato", new Point2D(300, 44));
        before.graphCameraProperty().set(new ViewCamera(12, 34, 1.5));
        before.themeProperty().set(Theme.DARK);
        before.select(Selection.actor("nato"));
        before.highlight(org.entente.logic.tour.Highlights.Owner.PATH, Set.of("mark-rutte", "japan-partner-of-nato"));
        before.highlight(org.entente.logic.tour.Highlights.Owner.SEARCH, Set.of("nato"));
        before.layoutKindProperty().set(org.entente.logic.layout.LayoutKind.GROUPINGS);
        before.moveTimeline(org.entente.logic.timeline.TimeSpan.of(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31)), false);
        SavedView saved = ViewStates.capture(before);

        Path file = dir.resolve("view.json");
        SavedViewJson.write(saved, file);
        AppState after = Fixtures.state();
        assertNotEquals(saved, ViewStates.capture(after));
        ViewStates.apply(SavedViewJson.read(file).value().orElseThrow(), after);

        assertEquals(saved, ViewStates.capture(after));
        assertEquals(before.getAsOf(), after.getAsOf());
        assertEquals(before.timeWindowProperty().get(), after.timeWindowProperty().get());
        assertEquals(before.pinned(), after.pinned());
        assertEquals(Theme.DARK, after.themeProperty().get());
        assertEquals(Selection.actor("nato"), after.getSelection());
        assertEquals(before.view(), after.view(), "the same view value, highlights by owner, layout and both cameras included");
        assertEquals(before.getVisibleGraph().actorCount(), after.getVisibleGraph().actorCount());
        assertEquals(before.getVisibleGraph().relationCount(), after.getVisibleGraph().relationCount());
        assertEquals(true, Files.readString(file).contains("\"format\": \"entente-view/1\""));
    }
}
