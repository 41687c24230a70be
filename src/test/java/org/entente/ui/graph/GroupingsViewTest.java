package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.layout.LayoutKind;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.SceneRecorder;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.Test;

/**
 * The groupings layout with hulls on the bundled dataset: the picture uses the width of a wide view, and
 * every hull carries its grouping's name, clear of the other names, and an outline of its own colour and
 * dash, so overlapping hulls can be told apart.
 */
class GroupingsViewTest {

    private static final double W = 1600;
    private static final double H = 800;

    @Test
    void theGroupingsFillAWideViewAndEachHullIsNamed() {
        AppState state = new AppState(new GraphFilter(), Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(new DatasetLoader().loadBundled().dataset().orElseThrow());
        state.asOfProperty().set(LocalDate.of(2025, 4, 9));
        GraphViewModel vm = new GraphViewModel(state, new ImmediateExecutor());
        vm.setViewport(W, H);
        vm.layoutKindProperty().set(LayoutKind.GROUPINGS);
        vm.hullsVisibleProperty().set(true);
        vm.settle();
        vm.fit();

        SceneRecorder picture = new SceneRecorder(W, H);
        new GraphPainter().paint(picture, vm.snapshot(), vm.camera(), vm.paintState(false), state.themeProperty().get().palette(), 1);
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE;
        List<SceneItem> labels = new ArrayList<>();
        Set<String> hullNames = new HashSet<>();
        for (SceneItem i : picture.items()) {
            if (i.kind() == SceneItem.Kind.NODE) {
                minX = Math.min(minX, i.x());
                maxX = Math.max(maxX, i.x() + i.w());
            }
            if (i.kind() == SceneItem.Kind.LABEL) {
                labels.add(i);
                if (i.id().startsWith("hull:")) hullNames.add(i.id().substring(5));
            }
        }
        assertTrue(maxX - minX >= 0.7 * W, "the groupings use the view's width: " + Math.round(maxX - minX) + " of " + W);

        Set<String> groups = new HashSet<>();
        for (int[] group : HullLayer.groups(vm.snapshot())) groups.add(vm.snapshot().actor(group[0]).id());
        assertTrue(groups.size() >= 3, "several groupings: " + groups);
        assertEquals(groups, hullNames, "every hull carries its grouping's name");
        // overlapping hulls stay apart: each in a colour of its own (and a dash of its own among its neighbours)
        SceneRecorder hulls = new SceneRecorder(W, H);
        HullLayer.paint(hulls, vm.snapshot(), vm.camera(), state.themeProperty().get().palette(), 1);
        List<SceneRecorder.Outline> outlines = hulls.outlines();
        assertEquals(groups.size(), outlines.size(), "one outline per hull");
        assertEquals(outlines.size(), outlines.stream().map(SceneRecorder.Outline::colour).distinct().count(),
                "each hull's outline has a colour of its own: " + outlines);
        for (int k = 1; k < outlines.size(); k++) {
            assertTrue(!outlines.get(k).dashes().equals(outlines.get(k - 1).dashes()), "hull " + k + " is dashed unlike the one before");
        }
        List<String> clashes = new ArrayList<>();
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                if (labels.get(a).overlaps(labels.get(b))) clashes.add(labels.get(a).text() + " on " + labels.get(b).text());
            }
        }
        assertEquals(List.of(), clashes);
    }
}
