package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.SceneRecorder;
import org.entente.ui.state.AppState;
import org.entente.ui.state.ViewCamera;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Framing after a filter change: the graph is framed again (it fills the view, names at the edge whole)
 * unless the user has panned or zoomed since, in which case the view stays where the user put it.
 */
class RefitAfterFilterTest {

    private AppState state;
    private GraphViewModel vm;

    @BeforeEach
    void setUp() {
        state = GraphFixtures.state();
        vm = new GraphViewModel(state, new ImmediateExecutor());
        vm.setViewport(1000, 700);
        vm.settle();
    }

    private void onlyStates() {
        state.filterProperty().set(FilterCriteria.NONE.withKinds(Set.of("state")));
        vm.settle();
    }

    @Test
    void aFilterChangeFramesTheRemainingGraphAgain() {
        ViewCamera before = state.graphCameraProperty().get();
        onlyStates();
        ViewCamera after = state.graphCameraProperty().get();
        assertNotEquals(before, after, "the camera follows the smaller graph");
        vm.fit();
        ViewCamera fit = state.graphCameraProperty().get();
        assertEquals(fit.zoom(), after.zoom(), 1e-6, "framed as Fit frames it");
        assertEquals(fit.centreX(), after.centreX(), 1e-6);
        assertEquals(fit.centreY(), after.centreY(), 1e-6);

        SceneRecorder picture = new SceneRecorder(1000, 700);
        new GraphPainter().paint(picture, vm.snapshot(), vm.camera(), vm.paintState(false), state.themeProperty().get().palette(), 1);
        long labels = picture.items().stream().filter(i -> i.kind() == SceneItem.Kind.LABEL).count();
        assertEquals(vm.snapshot().nodeCount(), labels, "every state is named");
        for (SceneItem i : picture.items()) {
            if (i.kind() != SceneItem.Kind.LABEL && i.kind() != SceneItem.Kind.NODE) continue;
            assertTrue(i.x() >= 0 && i.y() >= 0 && i.x() + i.w() <= 1000 && i.y() + i.h() <= 700, i + " is cut at the edge");
        }
    }

    @Test
    void afterThePointerMovedTheViewAFilterChangeLeavesTheCameraAlone() {
        vm.pan(120, -40);
        vm.zoomBy(1.3);
        ViewCamera mine = state.graphCameraProperty().get();
        onlyStates();
        assertEquals(mine, state.graphCameraProperty().get(), "the user's view is kept");
    }
}
