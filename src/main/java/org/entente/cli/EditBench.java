package org.entente.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Actor;
import org.entente.ui.headless.EditProbe;

/**
 * {@code bench --edit}: one edit (rename an actor, then delete one with its ties) on the 10,000 / 50,000
 * synthetic dataset, timed from the command to the views being up to date: the next dataset made, the
 * shared state's visible graph recomputed, the graph view's picture patched with every position kept (its
 * layout then moves on in the background, not counted). Goal: every edit under 100 ms, no full rebuild.
 */
final class EditBench {

    private EditBench() {
    }

    static String run(boolean quick, PrintStream out) {
        int actors = quick ? 60 : 10_000;
        int ties = quick ? 150 : 50_000;
        EditProbe probe = new EditProbe(SyntheticDataset.generate(actors, ties, quick ? 100 : 5_000, 42));
        int runs = quick ? 3 : 9;
        // The first edits run code the JIT has not compiled yet; they are timed and told apart, as the
        // frame bench's warm-up frames are, so the goal is judged on the edits a working session makes.
        int warmUp = quick ? 1 : 5;
        double firstEdit = 0;
        for (int i = 0; i < warmUp; i++) {
            double ms = renameAndDelete(probe, 1_000 + i, new double[1], new double[1], 0);
            if (i == 0) firstEdit = ms;
        }
        double[] rename = new double[runs];
        double[] delete = new double[runs];
        for (int i = 0; i < runs; i++) renameAndDelete(probe, i, rename, delete, i);
        if (!probe.noFullRebuild()) throw new IllegalStateException("an edit rebuilt the views from scratch");
        double r = median(rename);
        double x = median(delete);
        double[] rr = range(rename);
        double[] xr = range(delete);
        out.printf(Locale.ROOT, "edit %d actors %d ties: rename an actor %.1f ms (%.1f–%.1f), delete an actor with its ties %.1f ms (%.1f–%.1f) "
                        + "(median and range of %d after %d warm-up edits, the very first of which took %.1f ms; goal: every one < 100 ms)%n",
                actors, ties, r, rr[0], rr[1], x, xr[0], xr[1], runs, warmUp * 2, firstEdit);
        return String.format(Locale.ROOT, "{\"name\": \"edit-%dx%d\", \"rename_ms\": %.1f, \"delete_ms\": %.1f, "
                        + "\"rename_max_ms\": %.1f, \"delete_max_ms\": %.1f, \"first_edit_ms\": %.1f, \"runs\": %d}",
                actors, ties, r, x, rr[1], xr[1], firstEdit, runs);
    }

    /** Renames one actor and deletes another (with its ties); stores both times at {@code slot}, returns the rename's. */
    private static double renameAndDelete(EditProbe probe, int i, double[] rename, double[] delete, int slot) {
        int n = probe.dataset().actors().size();
        Actor a = probe.dataset().actors().get(i * 7 % n);
        rename[slot] = probe.apply(DatasetEdits.changeActor(probe.dataset(), new Actor(a.id(), a.name() + " (renamed)", a.kind(),
                a.aliases(), a.region(), a.summary(), a.start(), a.end(), a.note(), a.figures(), a.sources(), a.shortName())));
        Actor b = probe.dataset().actors().get((i * 13 + 5) % probe.dataset().actors().size());
        delete[slot] = probe.apply(DatasetEdits.deleteActors(probe.dataset(), List.of(b.id())));
        return rename[slot];
    }

    private static double[] range(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return new double[] {s[0], s[s.length - 1]};
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
