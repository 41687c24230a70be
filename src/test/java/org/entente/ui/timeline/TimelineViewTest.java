package org.entente.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.timeline.TickUnit;
import org.entente.ui.details.DetailsPanel;
import org.entente.ui.details.DetailsViewModel;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline as a user drives it with the mouse. */
class TimelineViewTest extends ApplicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private AppState state;
    private TimelineView view;
    private DetailsPanel details;

    @Override
    public void start(Stage stage) {
        state = new AppState(new GraphFilter(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(TimelineFixtures.fixture());
        view = new TimelineView(state, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        details = new DetailsPanel(new DetailsViewModel(state));
        Scene scene = new Scene(new SplitPane(view, details), 1500, 520);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheetUrls());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private TimelineViewSkin skin() {
        return (TimelineViewSkin) view.getSkin();
    }

    private Point2D onCanvas(double x, double y) {
        return skin().canvas().localToScreen(x, y);
    }

    private double xOf(LocalDate day) {
        return TimelinePainter.cursorX(view.viewModel().spanProperty().get(), day, 0, skin().canvas().getWidth());
    }

    @Test
    void draggingTheCursorChangesTheAsOfDateAndTheGraph() {
        assertTrue(state.getVisibleGraph().showsRelation("japan-nsatu"), "in 2026 Japan takes part in NSATU");
        double axisY = 25;
        moveTo(onCanvas(xOf(TODAY), axisY)).press(MouseButton.PRIMARY);
        moveTo(onCanvas(xOf(LocalDate.of(2010, 6, 1)), axisY)).moveTo(onCanvas(xOf(LocalDate.of(2000, 6, 1)), axisY))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.getAsOf().getYear() >= 1999 && state.getAsOf().getYear() <= 2001, "as of " + state.getAsOf());
        assertFalse(state.getVisibleGraph().showsRelation("japan-nsatu"), "NSATU did not exist in 2000");
        assertTrue(state.getVisibleGraph().showsRelation("japan-g7"));
    }

    @Test
    void theWheelZoomsInUntilMonthTicksAppear() {
        assertNotEquals(TickUnit.MONTH, view.viewModel().getTickUnit());
        moveTo(onCanvas(xOf(LocalDate.of(2025, 4, 9)), 200));
        for (int i = 0; i < 60 && view.viewModel().getTickUnit() != TickUnit.MONTH; i++) {
            // the glass robot's DOWN sends a positive deltaY, which JavaFX (and a real wheel turned away) uses for "up"
            scroll(1, VerticalDirection.DOWN);
        }
        assertEquals(TickUnit.MONTH, view.viewModel().getTickUnit());
        assertTrue(view.viewModel().spanProperty().get().contains(LocalDate.of(2025, 4, 9).toEpochDay()));
    }

    @Test
    void clickingAnEventSelectsItFillsTheDetailsAndHighlightsItsActors() {
        HitIndex.Hit hit = skin().hits().all(HitIndex.Kind.EVENT).stream()
                .filter(h -> h.id().equals("ev-ukraine-independence")).findFirst().orElse(null);
        assertNotNull(hit, "the 1991 event is drawn at fit-all zoom");
        clickOn(onCanvas((hit.x0() + hit.x1()) / 2, (hit.y0() + hit.y1()) / 2));
        assertEquals(Selection.event("ev-ukraine-independence"), state.getSelection());
        assertTrue(state.highlighted().contains("ukraine"));
        String text = details.displayedText();
        assertTrue(text.contains("Ukraine declares independence") && text.contains("1991"), text);
    }

    @Test
    void playAdvancesTheDateAndTheArrowKeysStepBetweenEvents() throws Exception {
        LocalDate start = state.getAsOf();
        clickOn("#timeline-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.getAsOf().isAfter(start));
        clickOn("#timeline-play");
        assertFalse(view.viewModel().playingProperty().get());
        interact(() -> state.asOfProperty().set(LocalDate.of(2025, 4, 5)));
        clickOn(onCanvas(5, skin().canvas().getHeight() - 5));
        type(javafx.scene.input.KeyCode.RIGHT);
        assertEquals(LocalDate.of(2025, 4, 9), state.getAsOf());
    }

    @Test
    void draggingInTheOverviewBrushesATimeWindow() {
        var strip = lookup("#timeline-overview").queryAs(javafx.scene.layout.Pane.class);
        double w = strip.getWidth();
        Point2D a = strip.localToScreen(w * 0.55, 10);
        Point2D b = strip.localToScreen(w * 0.75, 10);
        drag(a, MouseButton.PRIMARY).dropTo(b);
        assertTrue(state.timeWindowProperty().get().isBounded(), "a window was set: " + state.timeWindowProperty().get());
        assertTrue(view.viewModel().spanProperty().get().days() < view.viewModel().indexProperty().get().extent().days());
        doubleClickOn(a);
        assertFalse(state.timeWindowProperty().get().isBounded());
    }
}
