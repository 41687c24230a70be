package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import org.entente.logic.edit.Edit;
import org.entente.logic.edit.RandomEdits;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.BackgroundJob;
import org.entente.ui.task.JobHandle;
import org.junit.jupiter.api.Test;

/**
 * A seeded property test: for random datasets and random edit sequences (with and without an as-of date,
 * with degree or analysis weights), the picture the graph patches after each edit shows what a picture
 * built from scratch shows: the same actors in their current versions, the same ties between the same
 * actors, the same weights, sizes, communities and labels in the same importance order, and the same
 * curves for parallel ties. A failure names the seed and step.
 */
class PatchedPicturePropertyTest {

    private static final int DATASETS = 30;
    private static final int STEPS = 30;

    @Test
    void thePatchedPictureEqualsThePictureBuiltFromScratch() {
        int patched = 0;
        for (long seed = 1; seed <= DATASETS; seed++) {
            Random rnd = new Random(seed);
            AppState state = new AppState(new GraphFilter(), Clock.fixed(LocalDate.of(2020, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            if (seed % 2 == 0) state.asOfProperty().set(null);
            state.datasetProperty().set(SyntheticDataset.generate(5 + rnd.nextInt(30), 5 + rnd.nextInt(60), rnd.nextInt(20), seed));
            if (seed % 3 == 0) state.nodeWeightsProperty().set(randomWeights(state.getDataset(), rnd));
            GraphViewModel vm = new GraphViewModel(state, new Idle());
            for (int step = 0; step < STEPS; step++) {
                Dataset d = state.getDataset();
                int pick = rnd.nextInt(6);
                Edit e = pick == 0 ? RandomEdits.moveTie(d, rnd) : pick == 1 ? RandomEdits.redate(d, rnd) : RandomEdits.any(d, rnd);
                if (e == null) continue;
                int built = vm.picturesBuilt();
                state.applyEdit(e.applyTo(d), e.change().removed(), e.change().touched());
                if (vm.picturesBuilt() == built) patched++;
                assertSamePicture(new SnapshotBuilder().build(state), vm.snapshot(), "seed " + seed + " step " + step + " (" + e.name() + ")");
            }
        }
        assertTrue(patched > DATASETS * STEPS / 2, "most edits patch the picture: " + patched);
    }

    private static Map<String, Double> randomWeights(Dataset d, Random rnd) {
        Map<String, Double> w = new HashMap<>();
        for (var a : d.actors()) if (rnd.nextBoolean()) w.put(a.id(), rnd.nextInt(5) / 4.0);
        return w;
    }

    static void assertSamePicture(GraphSnapshot full, GraphSnapshot patched, String where) {
        assertEquals(full.nodeCount(), patched.nodeCount(), where + ": actors drawn");
        for (int i = 0; i < full.nodeCount(); i++) {
            String id = full.actor(i).id();
            int j = patched.indexOf(id);
            assertTrue(j >= 0, where + ": " + id + " is drawn");
            assertSame(full.actor(i), patched.actor(j), where + ": the current version of " + id);
            assertEquals(LabelText.of(full.actor(i)), LabelText.of(patched.actor(j)), where + ": label of " + id);
            assertEquals(full.weight[i], patched.weight[j], where + ": weight of " + id);
            assertEquals(full.radius[i], patched.radius[j], where + ": size of " + id);
            assertEquals(full.community[i], patched.community[j], where + ": community of " + id);
            assertEquals(full.ghost[i], patched.ghost[j], where + ": ghost " + id);
        }
        assertEquals(ids(full, full.byImportance), ids(patched, patched.byImportance), where + ": importance order");
        assertEquals(full.edgeCount(), patched.edgeCount(), where + ": ties drawn");
        for (int e = 0; e < full.edgeCount(); e++) {
            String id = full.relation(e).id();
            int f = patched.edgeIndexOf(id);
            assertTrue(f >= 0, where + ": tie " + id + " is drawn");
            assertSame(full.relation(e), patched.relation(f), where + ": the current version of " + id);
            assertEquals(full.actor(full.src[e]).id(), patched.actor(patched.src[f]).id(), where + ": from of " + id);
            assertEquals(full.actor(full.dst[e]).id(), patched.actor(patched.dst[f]).id(), where + ": to of " + id);
            assertEquals(full.family[e], patched.family[f], where + ": family of " + id);
            assertEquals(full.status[e], patched.status[f], where + ": status of " + id);
        }
        assertEquals(curves(full), curves(patched), where + ": curves of parallel ties");
    }

    private static List<String> ids(GraphSnapshot s, int[] order) {
        List<String> ids = new ArrayList<>();
        for (int i : order) ids.add(s.actor(i).id());
        return ids;
    }

    /** For each pair of actors, the sorted offsets of its ties, seen from the actor with the smaller id. */
    private static Map<String, List<Double>> curves(GraphSnapshot s) {
        Map<String, List<Double>> byPair = new TreeMap<>();
        for (int e = 0; e < s.edgeCount(); e++) {
            String a = s.actor(s.src[e]).id(), b = s.actor(s.dst[e]).id();
            boolean forward = a.compareTo(b) <= 0;
            // a tie bends by bend along the normal of src → dst, which flips when seen from the other end
            double offset = forward ? s.bend[e] : -s.bend[e];
            byPair.computeIfAbsent(forward ? a + " " + b : b + " " + a, k -> new ArrayList<>()).add(offset);
        }
        for (List<Double> l : byPair.values()) l.sort(null);
        return byPair;
    }

    /** The layout is never run: the pictures are compared, not the positions. */
    private static final class Idle implements BackgroundExecutor {
        @Override
        public <T> JobHandle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            return new JobHandle() {
                @Override public void cancel() { }
                @Override public boolean isCancelled() { return false; }
            };
        }

        @Override public ReadOnlyBooleanProperty busyProperty() { return new SimpleBooleanProperty(); }
        @Override public ReadOnlyDoubleProperty progressProperty() { return new SimpleDoubleProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return new SimpleStringProperty(); }
    }
}
