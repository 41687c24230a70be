package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.ui.app.AppComposer;
import org.entente.ui.shell.Settings;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationTest;

/** F5 presents the lesson full screen with a caption bar; PageDown (a clicker) steps; Esc gives the window back. */
class PresentationModeTest extends ApplicationTest {

    private AppComposer.App app;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        app = new AppComposer(org.entente.testing.TestSettings.fresh(), Fixtures.CLOCK,
                new ImmediateExecutor()).build();
        app.window().show(stage);
        app.state().datasetProperty().set(Fixtures.bundled());
        stage.requestFocus();
    }

    @Test
    void f5PresentsPageDownStepsAndEscapeRestoresTheWindow() {
        int panels = app.window().main().getItems().size();
        double split = app.window().centre().getDividerPositions()[0];
        LocalDate before = app.state().getAsOf();

        press(KeyCode.F5).release(KeyCode.F5);
        assertTrue(stage.isFullScreen());
        assertNull(app.window().root().getTop(), "menus and toolbar hidden");
        assertEquals(1, app.window().main().getItems().size(), "side panels hidden");
        assertEquals(PresentationMode.GRAPH_SHARE, app.window().centre().getDividerPositions()[0], 0.02, "the graph gets most of the height");
        assertEquals("1 / 16", lookup("#caption-position").queryAs(Label.class).getText());
        String firstTitle = lookup("#caption-title").queryAs(Label.class).getText();
        assertTrue(firstTitle.startsWith("1992"), firstTitle);
        assertEquals(1992, app.state().getAsOf().getYear());

        press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertEquals("2 / 16", lookup("#caption-position").queryAs(Label.class).getText());
        assertEquals(1994, app.state().getAsOf().getYear());
        assertEquals("ukraine", app.state().focusActorProperty().get());
        press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        assertEquals(1992, app.state().getAsOf().getYear());

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(stage.isFullScreen());
        assertEquals(panels, app.window().main().getItems().size());
        assertEquals(split, app.window().centre().getDividerPositions()[0], 0.02, "the window's own split comes back");
        assertTrue(app.window().root().getTop() != null);
        assertTrue(lookup("#caption-bar").tryQuery().isEmpty());
        assertEquals(before, app.state().getAsOf(), "the teacher's own date comes back");
        assertNull(app.state().focusActorProperty().get(), "the tour's focus does not stay behind");
    }

    @Test
    void escapeRestoresTheTeachersViewExactlyAndLeavingIsOneUndoableStep() {
        interact(() -> {
            app.state().focusActorProperty().set("japan");
            app.state().compareDateProperty().set(LocalDate.of(2020, 1, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        var before = app.state().view();
        press(KeyCode.F5).release(KeyCode.F5);
        press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertNotEquals(before, app.state().view());
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, app.state().view());
        var onTourStep = app.state().getAsOf();
        interact(() -> app.history().undo());
        assertNotEquals(onTourStep, app.state().getAsOf(), "one undo goes back to the last step shown");
    }

    @Test
    void theClickerStillWorksWhenThePresenterNotesHaveTheKeyboard() {
        press(KeyCode.F5).release(KeyCode.F5);
        press(KeyCode.N).release(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        Stage notes = (Stage) lookup("#presenter-notes").query().getScene().getWindow();
        interact(notes::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notes.isFocused() || notes.isShowing());
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertEquals("2 / 16", lookup("#caption-position").queryAs(Label.class).getText());
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen(), "Esc from the notes window leaves presentation");
    }

    private double[] sidePanelWidths() {
        var items = app.window().main().getItems();
        return new double[] {items.get(0).getLayoutBounds().getWidth(), items.get(items.size() - 1).getLayoutBounds().getWidth()};
    }

    @Test
    void theSidePanelsKeepTheirWidthsAfterTwoPresentations() {
        WaitForAsyncUtils.waitForFxEvents();
        double width = stage.getWidth();
        double[] before = sidePanelWidths();
        assertTrue(before[0] > 50 && before[1] > 50, "both side panels are open: " + before[0] + ", " + before[1]);
        for (int round = 1; round <= 2; round++) {
            press(KeyCode.F5).release(KeyCode.F5);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(stage.isFullScreen());
            press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(stage.isFullScreen());
            assertEquals(width, stage.getWidth(), 1, "the window has its own size again");
            double[] after = sidePanelWidths();
            assertEquals(before[0], after[0], 2, "filter panel width after presentation " + round);
            assertEquals(before[1], after[1], 2, "details panel width after presentation " + round);
        }
    }
}
