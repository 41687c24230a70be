package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.model.Event;
import org.entente.ui.app.AppComposer;
import org.entente.ui.render.Area;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.SceneRecorder;
import org.entente.ui.task.ImmediateExecutor;
import org.entente.ui.theme.Theme;
import org.entente.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bundled lesson presented on a 1024×768 projector, walked step by step with the clicker's key: the
 * caption bar takes at most a fifth of the height, the title never runs into the step counter, the graph's
 * and timeline's controls are hidden, the legend covers none of the graph's actors, and the timeline shows
 * the step's period with the events of the year up to the step's date (the "February 2022" step shows what
 * happened in 2022).
 */
class PresentationAt1024Test extends ApplicationTest {

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

    /** The whole tour in the projector theme (the largest type); the light theme on the busiest steps. */
    @Test
    void everyStepReadsOnA1024x768Projector() {
        walkTheTour(Theme.PROJECTOR, 0);
        walkTheTour(Theme.LIGHT, 6);
    }

    private void walkTheTour(Theme theme, int firstStep) {
        // full screen is the screen's size: the build runs this class on a 1024×768 headless screen
        assumeTrue(javafx.stage.Screen.getPrimary().getBounds().getHeight() == 768, "needs a 1024×768 screen (mvn verify gives it one)");
        interact(() -> app.state().themeProperty().set(theme));
        press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Tour tour = BundledTours.defaultTour();
        Map<String, Event> events = new HashMap<>();
        Fixtures.bundled().events().forEach(e -> events.put(e.id(), e));
        List<String> problems = new ArrayList<>();
        boolean sawFebruary2022 = false;
        if (firstStep > 0) {
            press(KeyCode.HOME).release(KeyCode.HOME);
            for (int i = 0; i < firstStep; i++) press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        for (int i = firstStep; i < Math.min(tour.steps().size(), firstStep == 0 ? 99 : firstStep + 2); i++) {
            if (i > firstStep) press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            TourStep step = tour.steps().get(i);
            String name = theme + " step " + (i + 1) + " '" + step.title() + "'";
            double sceneH = stage.getScene().getHeight();
            assertEquals(768, sceneH, 40, "the window is a 1024×768 projector");
            Node bar = lookup("#caption-bar").query();
            if (bar.getLayoutBounds().getHeight() > 0.2 * sceneH) {
                problems.add(name + ": caption bar " + Math.round(bar.getLayoutBounds().getHeight()) + " px of " + Math.round(sceneH));
            }
            Bounds title = scene(lookup("#caption-title").queryAs(Label.class));
            Bounds position = scene(lookup("#caption-position").queryAs(Label.class));
            if (title.intersects(position) || title.getMaxX() > position.getMinX()) problems.add(name + ": the title runs into the step counter");
            for (String controls : new String[] {".graph-controls", ".timeline-controls", ".timeline-overview"}) {
                for (Node n : lookup(controls).queryAll()) {
                    if (n.isVisible() && n.getScene() != null) problems.add(name + ": " + controls + " shown while presenting");
                }
            }
            LocalDate asOf = app.state().getAsOf();
            TimelineView timeline = lookup("#timeline-view").queryAs(TimelineView.class);
            var span = timeline.viewModel().spanProperty().get();
            if (!span.contains(asOf.toEpochDay())) problems.add(name + ": the timeline does not show " + asOf);
            List<Event> drawn = drawnEvents(timeline, events);
            List<Integer> years = drawn.stream().map(e -> e.span().end().getYear()).toList();
            org.entente.model.DateRange year = new org.entente.model.DateRange(asOf.minusYears(1), asOf);
            boolean hasOwn = Fixtures.bundled().events().stream().anyMatch(e -> e.span().overlaps(year));
            boolean shown = drawn.stream().anyMatch(e -> e.span().overlaps(year));
            if (hasOwn && !shown) problems.add(name + ": none of the events of the year up to " + asOf + " is on the timeline, only " + years);
            legendClearOfTheGraph(name, problems);
            if (step.title().startsWith("February 2022")) {
                sawFebruary2022 = true;
                if (!years.contains(2022)) problems.add(name + ": shows no 2022 event, only " + years);
            }
        }
        assertTrue(sawFebruary2022, "the bundled tour has its February 2022 step");
        assertEquals(List.of(), problems);
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        for (String controls : new String[] {".graph-controls", ".timeline-controls"}) {
            assertFalse(lookup(controls).queryAll().stream().noneMatch(Node::isVisible), controls + " come back after Esc");
        }
    }

    /** The graph settled on the step, from what its last frame drew: the legend covers none of its actors. */
    private void legendClearOfTheGraph(String name, List<String> problems) {
        org.entente.ui.graph.GraphView graph = lookup("#graph-view").queryAs(org.entente.ui.graph.GraphView.class);
        for (int i = 0; i < 3; i++) {
            interact(() -> graph.viewModel().settle());
            WaitForAsyncUtils.sleep(120, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<SceneItem> frame = graph.lastFrame();
        SceneItem legend = frame.stream().filter(i -> i.kind() == SceneItem.Kind.LEGEND).findFirst().orElse(null);
        if (frame.stream().noneMatch(i -> i.kind() == SceneItem.Kind.NODE)) problems.add(name + ": no actor drawn");
        if (legend == null) return;
        for (SceneItem n : frame) {
            if (n.kind() == SceneItem.Kind.NODE && n.overlaps(legend)) problems.add(name + ": the legend covers " + n.id());
        }
    }

    /** The events the timeline draws now, through a recorder (the same painter as the screen). */
    private List<Event> drawnEvents(TimelineView timeline, Map<String, Event> events) {
        List<Event> drawn = new ArrayList<>();
        interact(() -> {
            SceneRecorder recorder = new SceneRecorder(timeline.getWidth(), timeline.getHeight());
            timeline.renderable().render(recorder, new Area(0, 0, timeline.getWidth(), timeline.getHeight()),
                    new RenderOptions(app.state().themeProperty().get().palette(), false, 1, false));
            for (SceneItem item : recorder.items()) {
                if (item.kind() == SceneItem.Kind.EVENT) {
                    drawn.add(events.get(item.id()));
                }
            }
        });
        return drawn;
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
