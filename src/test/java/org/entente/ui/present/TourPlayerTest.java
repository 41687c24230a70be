package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.tour.Camera;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.ui.state.AppState;
import org.entente.ui.state.ViewCamera;
import org.junit.jupiter.api.Test;

/** Stepping through a tour moves the shared state: date, filter, focus, highlights, camera and captions. */
class TourPlayerTest {

    private final AppState state = Fixtures.state();
    private final TourPlayer player = new TourPlayer(state);

    private final Tour tour = new Tour("t", "", List.of(
            new TourStep("1992", "Japan recognises Ukraine", "say hello", LocalDate.of(1992, 12, 31), null, FilterCriteria.NONE,
                    "japan", 1, List.of("japan-recognizes-ukraine"), null),
            new TourStep("2025", "Rutte visits", "notes 2", LocalDate.of(2025, 4, 9), LocalDate.of(2025, 1, 1),
                    FilterCriteria.NONE.withKinds(Set.of("state", "alliance")), "nato", 2, List.of("mark-rutte"), new Camera(5, 6, 2))));

    @Test
    void playingShowsTheFirstStepAndNextMovesEverythingToTheSecond() {
        player.play(tour);
        assertEquals(LocalDate.of(1992, 12, 31), state.getAsOf());
        assertEquals("japan", state.focusActorProperty().get());
        assertEquals(Set.of("japan-recognizes-ukraine"), Set.copyOf(state.highlighted()));
        assertEquals("1 / 2", player.positionProperty().get());
        assertEquals("Japan recognises Ukraine", player.captionProperty().get());
        int actorsIn1992 = state.getVisibleGraph().actorCount();

        assertTrue(player.next());
        assertEquals(LocalDate.of(2025, 4, 9), state.getAsOf());
        assertEquals(LocalDate.of(2025, 1, 1), state.compareDateProperty().get());
        assertEquals(Set.of("state", "alliance"), state.filterProperty().get().kinds());
        assertEquals("nato", state.focusActorProperty().get());
        assertEquals(2, state.focusDepthProperty().get());
        assertEquals(new ViewCamera(5, 6, 2), state.graphCameraProperty().get());
        assertEquals(Set.of("mark-rutte"), Set.copyOf(state.highlighted()));
        assertEquals("notes 2", player.notesProperty().get());
        assertNotEquals(actorsIn1992, state.getVisibleGraph().actorCount());
        assertFalse(player.next(), "no step after the last");

        assertTrue(player.previous());
        assertEquals(LocalDate.of(1992, 12, 31), state.getAsOf());
        assertNull(state.compareDateProperty().get());
        assertEquals(FilterCriteria.NONE, state.filterProperty().get());
        assertFalse(player.previous(), "no step before the first");
    }

    @Test
    void theBundledLessonStepsThroughTheBundledDataset() {
        Tour lesson = BundledTours.defaultTour();
        player.play(lesson);
        LocalDate last = state.getAsOf();
        int steps = 1;
        while (player.next()) {
            assertFalse(state.getAsOf().isBefore(last));
            assertTrue(state.getVisibleGraph().actorCount() > 1, "step " + player.positionProperty().get() + " shows a graph");
            last = state.getAsOf();
            steps++;
        }
        assertEquals(lesson.steps().size(), steps);
    }
}
