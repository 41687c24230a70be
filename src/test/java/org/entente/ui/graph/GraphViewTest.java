package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.entente.ui.app.AppComposer;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.shell.Settings;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The graph in the real window: click, drag, wheel, hover and the as-of date, as a user does them. */
class GraphViewTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(GraphFixtures.JUNE_2025.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AppComposer.App app;
    private Path file;

    @Override
    public void start(Stage stage) throws Exception {
        file = Files.createTempFile("entente-graph", ".json");
        try (var in = GraphViewTest.class.getResourceAsStream("/graph/fixture.json")) {
            Files.write(file, in.readAllBytes());
        }
        Settings settings = org.entente.testing.TestSettings.fresh();
        app = new AppComposer(settings, CLOCK, new ImmediateExecutor()).build();
        app.window().show(stage);
        app.shell().open(file);
        stage.requestFocus();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Files.deleteIfExists(file);
    }

    private AppState state() {
        return app.state();
    }

    private GraphViewModel vm() {
        return lookup("#graph-view").queryAs(GraphView.class).viewModel();
    }

    /** Where actor {@code id} is on the screen, once the layout has settled. */
    private Point2D onScreen(String id) {
        interact(() -> vm().settle());
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = lookup("#graph-canvas").query();
        Point2D local = vm().screenPosition(id);
        assertNotNull(local, id + " is drawn");
        return canvas.localToScreen(local);
    }

    @Test
    void clickingANodeSelectsItAndTheDetailsPanelShowsIt() {
        clickOn(onScreen("japan"), MouseButton.PRIMARY);
        assertEquals(Selection.actor("japan"), state().getSelection());
        Label title = lookup("#details-title").queryAs(Label.class);
        assertTrue(title.getText().contains("Japan"), title.getText());
    }

    @Test
    void draggingANodeMovesAndPinsIt() {
        Point2D from = onScreen("usa");
        Point2D to = from.add(90, 60);
        drag(from, MouseButton.PRIMARY).moveTo(from.add(30, 20)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state().pinned().containsKey("usa"), "the dropped node is pinned");
        Point2D now = onScreen("usa");
        assertEquals(to.getX(), now.getX(), 3);
        assertEquals(to.getY(), now.getY(), 3);
    }

    @Test
    void theWheelZoomsAroundThePointer() {
        Point2D japan = onScreen("japan");
        double before = vm().zoom();
        moveTo(japan);
        scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().zoom() != before, "the wheel changes the zoom");
        assertEquals(vm().zoom(), state().graphCameraProperty().get().zoom(), 1e-9, "the shared camera follows");
        Point2D after = onScreen("japan");
        assertEquals(japan.getX(), after.getX(), 2, "the point under the pointer stays put");
    }

    @Test
    void hoveringANodeDimsTheActorsNotTiedToIt() {
        moveTo(onScreen("japan"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().isDimmed("russia"));
        assertFalse(vm().isDimmed("ukraine"));
    }

    @Test
    void changingTheAsOfDateChangesWhatIsDrawn() {
        assertNotNull(vm().screenPosition("nsatu"), "NSATU exists in June 2025");
        int before = vm().snapshot().nodeCount();
        interact(() -> state().asOfProperty().set(LocalDate.of(2023, 1, 1)));
        assertNull(vm().screenPosition("nsatu"), "NSATU is not drawn as of 2023");
        assertTrue(vm().snapshot().nodeCount() < before);
    }

    @Test
    void tabMovesBetweenNodesAndEnterSelects() {
        clickOn(onScreen("japan"));
        type(KeyCode.TAB);
        String cursor = vm().cursorActor();
        assertNotNull(cursor);
        type(KeyCode.ENTER);
        assertEquals(Selection.actor(cursor), state().getSelection());
        double zoom = vm().zoom();
        type(KeyCode.ADD);
        assertTrue(vm().zoom() > zoom, "+ zooms in");
    }
}
