package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.layout.LayoutKind;
import org.entente.logic.layout.LayoutSettings;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Play moves the as-of date through the bundled dataset: the picture must not reshuffle. Each step, every
 * actor that was drawn before and still is moves less than a small bound, and the same steps give the
 * same picture.
 */
class PlayStabilityTest {

    /** Less than two-thirds of a tie's preferred length per step: the eye follows every actor. */
    private static final double BOUND = 0.6 * LayoutSettings.DEFAULT.edgeLength();

    private static AppState bundled() {
        AppState state = new AppState(new GraphFilter(), Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(new DatasetLoader().loadBundled().dataset().orElseThrow());
        return state;
    }

    /** Plays from 2021 to April 2025 in steps of three months (the Play button's default speed). */
    private static List<Map<String, double[]>> play(LayoutKind layout) {
        AppState state = bundled();
        state.asOfProperty().set(LocalDate.of(2021, 1, 1));
        GraphViewModel vm = new GraphViewModel(state, new ImmediateExecutor());
        vm.layoutKindProperty().set(layout);
        vm.setViewport(1200, 800);
        vm.settle();
        List<Map<String, double[]>> frames = new ArrayList<>();
        frames.add(positions(vm));
        for (LocalDate d = LocalDate.of(2021, 4, 1); !d.isAfter(LocalDate.of(2025, 4, 9)); d = d.plusMonths(3)) {
            LocalDate date = d;
            state.asOfProperty().set(date);
            vm.settle();
            frames.add(positions(vm));
        }
        return frames;
    }

    private static Map<String, double[]> positions(GraphViewModel vm) {
        GraphSnapshot s = vm.snapshot();
        Map<String, double[]> p = new HashMap<>();
        for (int i = 0; i < s.nodeCount(); i++) p.put(s.actor(i).id(), new double[] {s.x(i), s.y(i)});
        return p;
    }

    /** In either layout: the groupings arrangement used to be made afresh at each step, its groups changing rows. */
    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void playingTheAsOfDateMovesEverySurvivingActorLessThanASmallBoundPerStep(LayoutKind layout) {
        List<Map<String, double[]>> frames = play(layout);
        List<String> jumps = new ArrayList<>();
        for (int f = 1; f < frames.size(); f++) {
            for (var e : frames.get(f).entrySet()) {
                double[] before = frames.get(f - 1).get(e.getKey());
                if (before == null) continue;
                double moved = Math.hypot(e.getValue()[0] - before[0], e.getValue()[1] - before[1]);
                if (moved >= BOUND) jumps.add(e.getKey() + " moved " + Math.round(moved) + " at step " + f);
            }
        }
        assertTrue(frames.size() > 10, "the play has steps");
        assertTrue(jumps.isEmpty(), layout + ": actors jumped while playing: " + jumps);
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void theSameStepsGiveTheSamePicture(LayoutKind layout) {
        List<Map<String, double[]>> a = play(layout);
        List<Map<String, double[]>> b = play(layout);
        Map<String, double[]> last = a.get(a.size() - 1);
        for (var e : last.entrySet()) assertArrayEquals(e.getValue(), b.get(b.size() - 1).get(e.getKey()), 1e-9, e.getKey());
    }
}
