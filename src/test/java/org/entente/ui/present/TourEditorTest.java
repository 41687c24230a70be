package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.entente.logic.tour.Tour;
import org.entente.ui.state.AppState;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher adds two views as steps, writes a caption, swaps the steps and presents the result. */
class TourEditorTest extends ApplicationTest {

    private final AppState state = Fixtures.state();
    private final TourEditorModel model = new TourEditorModel(state);
    private final List<Tour> presented = new ArrayList<>();
    private TourEditor editor;

    @Override
    public void start(Stage stage) {
        // the main window the editor is opened from
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 400, 300));
        stage.show();
        editor = new TourEditor(stage, model, presented::add, s -> { }, state.themeProperty().get().stylesheetUrls());
        editor.show();
    }

    @Test
    void addTypeReorderAndPresent() {
        interact(() -> state.asOfProperty().set(LocalDate.of(1992, 12, 31)));
        clickOn("#tour-add");
        interact(() -> state.asOfProperty().set(LocalDate.of(2025, 4, 9)));
        clickOn("#tour-add");
        assertEquals(2, lookup("#tour-steps").queryAs(ListView.class).getItems().size());

        clickOn("#step-title").eraseText(20).write("Rutte meets Ishiba");
        clickOn("#step-caption").write("They agree to work together.");
        assertEquals("Rutte meets Ishiba", model.steps().get(1).title());
        assertEquals("They agree to work together.", model.steps().get(1).caption());

        clickOn("#tour-up");
        assertEquals(LocalDate.of(2025, 4, 9), model.steps().get(0).asOf());
        assertEquals("Rutte meets Ishiba", model.steps().get(0).title());

        clickOn("#tour-present");
        assertEquals(1, presented.size());
        assertEquals(List.of(LocalDate.of(2025, 4, 9), LocalDate.of(1992, 12, 31)),
                presented.get(0).steps().stream().map(s -> s.asOf()).toList());
    }

    @Test
    void openingATourAndDeletingStepsLeaveTheTeachersScreenAlone() {
        var teacher = state.view();
        interact(() -> editor.open(java.nio.file.Path.of("seeds/tours/japan-nato-ukraine.json"), s -> { }));
        assertEquals(16, model.steps().size());
        assertEquals(teacher, state.view(), "opening a tour shows nothing on the main window");
        clickOn("#tour-delete");
        clickOn("#tour-delete");
        assertEquals(14, model.steps().size());
        assertEquals(teacher, state.view(), "deleting steps changes nothing on the main window");
        clickOn("#tour-show");
        org.junit.jupiter.api.Assertions.assertNotEquals(teacher, state.view(), "Show on screen shows the step");
    }

    @Test
    void aNewTourHasItsOwnDescription() {
        interact(() -> editor.open(java.nio.file.Path.of("seeds/tours/japan-nato-ukraine.json"), s -> { }));
        clickOn("#tour-new");
        assertEquals(0, model.steps().size());
        assertEquals("", model.descriptionProperty().get());
        clickOn("#tour-description").write("Why Japan works with NATO.");
        clickOn("#tour-add");
        assertEquals("Why Japan works with NATO.", model.toTour().description());
    }

    @Test
    void theEditorIsAnOrdinaryWindowWhoseButtonsAllShowOnA1024PixelScreen() {
        Stage window = editor.stage();
        assertTrue(window.getOwner() == null && !window.isAlwaysOnTop(),
                "the editor is not kept above the graph: the teacher can bring the main window to the front");
        assertTrue(window.getWidth() <= 1024, "the editor fits a 1024 px wide screen: " + window.getWidth());
        interact(() -> window.setWidth(Math.min(window.getWidth(), 1024)));
        WaitForAsyncUtils.waitForFxEvents();
        var buttons = lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("tour-") && b.getScene() == window.getScene()).toList();
        assertEquals(10, buttons.size(), "every editor button is there");
        double w = window.getScene().getWidth();
        double h = window.getScene().getHeight();
        for (Button b : buttons) {
            Bounds r = b.localToScene(b.getBoundsInLocal());
            assertTrue(r.getMinX() >= 0 && r.getMaxX() <= w + 0.5 && r.getMinY() >= 0 && r.getMaxY() <= h + 0.5,
                    b.getText() + " lies inside the window: " + r + " in " + w + "x" + h);
            Text shown = (Text) b.lookup(".text");
            assertEquals(b.getText(), shown.getText(), "the whole label shows, not cut with an ellipsis");
        }
    }
}
