package org.entente.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.entente.logic.filter.MiniWorld;
import org.entente.ui.app.AppComposer;
import org.entente.ui.graph.GraphView;
import org.entente.ui.graph.GraphViewModel;
import org.entente.ui.state.ViewState;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit → Undo / Redo as a user meets it: change the filter, the as-of date and the focus, drag a node;
 * Ctrl+Z four times returns to the start, Ctrl+Shift+Z replays it, and the menu says what comes next.
 */
class EditUndoUiTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AppComposer.App app;

    @Override
    public void start(Stage stage) {
        Settings settings = org.entente.testing.TestSettings.fresh();
        app = new AppComposer(settings, CLOCK, new ImmediateExecutor()).build();
        app.window().show(stage);
        app.state().datasetProperty().set(MiniWorld.build());
        stage.requestFocus();
    }

    private GraphViewModel graph() {
        return lookup("#graph-view").queryAs(GraphView.class).viewModel();
    }

    private Point2D onScreen(String id) {
        interact(() -> graph().settle());
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = lookup("#graph-canvas").query();
        Point2D local = graph().screenPosition(id);
        assertNotNull(local, id + " is drawn");
        return canvas.localToScreen(local);
    }

    private MenuItem item(String id) {
        return app.window().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Lets the step of the last action be recorded (after the pulse) before the next one. */
    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlZFourTimesReturnsToTheStartAndCtrlShiftZReplays() {
        settle();
        ViewState start = app.state().view();

        clickOn("#filter-kind-person");
        settle();
        DatePicker asOf = lookup("#as-of-picker").queryAs(DatePicker.class);
        doubleClickOn(asOf.getEditor());
        interact(() -> asOf.getEditor().selectAll());
        write("2024-01-01").push(KeyCode.ENTER);
        settle();
        assertEquals(LocalDate.of(2024, 1, 1), app.state().getAsOf());
        clickOn("Focus");
        clickOn("#focus-actor").write("japa");
        push(KeyCode.ENTER);
        settle();
        assertEquals("japan", app.state().focusActorProperty().get());
        Point2D from = onScreen("japan");
        drag(from, MouseButton.PRIMARY).moveTo(from.add(30, 20)).moveTo(from.add(80, 50)).release(MouseButton.PRIMARY);
        settle();
        assertTrue(app.state().pinned().containsKey("japan"), "the dropped node is pinned");
        ViewState end = app.state().view();

        assertEquals("Undo move Japan", item("menu-undo").getText());
        interact(() -> lookup("#graph-view").query().requestFocus());
        for (int i = 0; i < 4; i++) {
            push(KeyCode.CONTROL, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(start.filter(), app.state().view().filter());
        assertEquals(start.asOf(), app.state().getAsOf());
        assertEquals(start.focusActor(), app.state().focusActorProperty().get());
        assertFalse(app.state().pinned().containsKey("japan"));
        assertTrue(item("menu-undo").isDisable(), "nothing left to undo");
        assertTrue(item("menu-redo").getText().startsWith("Redo filter"), item("menu-redo").getText());

        for (int i = 0; i < 4; i++) {
            push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(end.filter(), app.state().view().filter());
        assertEquals(end.asOf(), app.state().getAsOf());
        assertEquals("japan", app.state().focusActorProperty().get());
        assertEquals(end.pinned(), app.state().view().pinned());
        assertEquals("Undo move Japan", item("menu-undo").getText());
    }

    @Test
    void whatChangedReadsIsoDatesLikeTheAsOfField() {
        clickOn("What changed?");
        // the section slides open (and the column makes room for its list): click its field once it has settled
        WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker first = lookup("#compare-first").queryAs(DatePicker.class);
        clickOn(first.getEditor()).write("2022-01-01").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2022, 1, 1), app.state().compareDateProperty().get());
        assertEquals("2022-01-01", first.getEditor().getText());
        interact(() -> first.getEditor().clear());
        clickOn(first.getEditor()).write("2021-03").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2021, 3, 1), app.state().compareDateProperty().get());
    }
}
