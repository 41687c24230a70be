package org.entente.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.entente.logic.timeline.TickUnit;
import org.entente.logic.timeline.TimeSpan;
import org.entente.ui.app.AppComposer;
import org.entente.ui.task.ImmediateExecutor;
import org.entente.ui.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A right-click on the timeline (its context-menu request at a known point) offers "New event on DATE", DATE being the date under the click, not the
 * as-of cursor's, and as precise as the axis reads there: a year when it shows years, a month when it shows
 * months, a day when it shows days. The event form opens with that date.
 */
class TimelineNewEventUiTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AppComposer.App app;

    @Override
    public void start(Stage stage) {
        app = new AppComposer(org.entente.testing.TestSettings.fresh(), CLOCK, new ImmediateExecutor()).build();
        app.window().show(stage);
        app.shell().openBundled();
    }

    @AfterEach
    void closeWindows() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @Test
    void theNewEventIsDatedWhereTheUserClickedAtTheAxissPrecision() {
        WaitForAsyncUtils.waitForFxEvents();
        // the cursor far from every click below
        interact(() -> app.state().asOfProperty().set(LocalDate.of(1999, 1, 1)));

        // 2000-01-01 + 0.55 * 16 years: October 2008, on an axis of years (sixteen years, well clear of the
        // width at which the axis would turn to quarters)
        assertEquals("2008", newEventAt(LocalDate.of(2000, 1, 1), LocalDate.of(2016, 1, 1), 0.55, TickUnit.YEAR));
        // 2013-01-01 + 0.6 * 730 days: 14 March 2014, on an axis of months (or quarters)
        assertEquals("2014-03", newEventAt(LocalDate.of(2013, 1, 1), LocalDate.of(2015, 1, 1), 0.6, TickUnit.MONTH));
        // 2014-06-20 + 0.42 * 20 days
        assertEquals("2014-06-28", newEventAt(LocalDate.of(2014, 6, 20), LocalDate.of(2014, 7, 10), 0.42, TickUnit.DAY));
    }

    /**
     * Shows {@code from}–{@code to} on the timeline, right-clicks at {@code fraction} of its width, chooses
     * "New event on …" and returns the date the event form opens with (after cancelling it).
     */
    private String newEventAt(LocalDate from, LocalDate to, double fraction, TickUnit expectedAxis) {
        TimelineView timeline = lookup("#timeline-view").queryAs(TimelineView.class);
        interact(() -> timeline.viewModel().spanProperty().set(TimeSpan.of(from, to)));
        WaitForAsyncUtils.waitForFxEvents();
        TickUnit axis = timeline.viewModel().getTickUnit();
        assertTrue(axis == expectedAxis || (expectedAxis == TickUnit.MONTH && axis == TickUnit.QUARTER),
                "the axis shows " + expectedAxis.label() + ", not " + axis);
        Node canvas = lookup("#timeline-canvas").query();
        double x = canvas.getBoundsInLocal().getWidth() * fraction;
        double y = canvas.getBoundsInLocal().getHeight() * 0.6;
        Point2D screen = canvas.localToScreen(x, y);
        Point2D scene = canvas.localToScene(x, y);
        moveTo(screen);
        // the right-click's menu request, as the platform sends it (the headless platform sends none of its own)
        interact(() -> javafx.event.Event.fireEvent(canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, new PickResult(canvas, scene.getX(), scene.getY()))));
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem item = contextMenuItem("timeline-new-event");
        String label = item.getText();
        ContextMenu menu = item.getParentPopup();
        interact(menu::hide);
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        TextField date = lookup("#form-date").queryAs(TextField.class);
        String shown = date.getText();
        assertEquals("New event on " + shown + "…", label, "the menu names the date the form gets");
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) date.getScene().getRoot();
        interact(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#form-date").tryQuery().isEmpty(), "the form is closed");
        return shown;
    }

    private static MenuItem contextMenuItem(String id) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof ContextMenu menu && menu.isShowing()) {
                for (MenuItem i : menu.getItems()) {
                    if (id.equals(i.getId())) return i;
                }
            }
        }
        throw new AssertionError("no context menu with " + id + " is showing");
    }
}
