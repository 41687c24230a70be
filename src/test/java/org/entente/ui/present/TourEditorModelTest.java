package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.entente.logic.io.TourJson;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.ui.state.AppState;
import org.junit.jupiter.api.Test;

/** A teacher builds a tour from what the screen shows: add, edit texts, reorder, delete, save. */
class TourEditorModelTest {

    private final AppState state = Fixtures.state();
    private final TourEditorModel model = new TourEditorModel(state);

    @Test
    void stepsCaptureTheScreenAndCanBeEditedReorderedAndDeleted() {
        state.asOfProperty().set(LocalDate.of(1992, 12, 31));
        state.focusActorProperty().set("japan");
        model.addCurrentView(-1);
        state.asOfProperty().set(LocalDate.of(2025, 4, 9));
        state.focusActorProperty().set("nato");
        model.addCurrentView(0);
        state.asOfProperty().set(LocalDate.of(2014, 4, 1));
        state.focusActorProperty().set(null);
        model.addCurrentView(0);
        assertEquals(List.of(LocalDate.of(1992, 12, 31), LocalDate.of(2014, 4, 1), LocalDate.of(2025, 4, 9)), dates());

        model.setTexts(1, "Crimea", "Russia takes Crimea.", "mild reaction");
        assertEquals(2, model.moveDown(1));
        assertEquals(List.of(LocalDate.of(1992, 12, 31), LocalDate.of(2025, 4, 9), LocalDate.of(2014, 4, 1)), dates());
        assertEquals(0, model.moveUp(1));
        model.delete(2);
        assertEquals(List.of(LocalDate.of(2025, 4, 9), LocalDate.of(1992, 12, 31)), dates());

        model.show(1);
        assertEquals(LocalDate.of(1992, 12, 31), state.getAsOf());
        assertEquals("japan", state.focusActorProperty().get());

        // Captions are required in a tour file; a step added from the screen starts without one.
        model.setTexts(0, model.steps().get(0).title(), "Where it stands in 2025.", "");
        model.setTexts(1, model.steps().get(1).title(), "Where it began.", "");
        Tour saved = TourJson.read("t.json", new StringReader(TourJson.toJson(model.toTour()))).value().orElseThrow();
        assertEquals(model.toTour(), saved);
    }

    private List<LocalDate> dates() {
        return model.steps().stream().map(TourStep::asOf).toList();
    }
}
