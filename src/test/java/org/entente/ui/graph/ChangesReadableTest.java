package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.analysis.CompareViewModel;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ImmediateExecutor;
import org.entente.ui.theme.Palette;
import org.junit.jupiter.api.Test;

/**
 * "What changed?" from January 2022 to 9 April 2025 on the bundled dataset (about a hundred new ties):
 * the changes are told apart from what stayed, without turning the graph into one green blob with a ring
 * on every actor.
 */
class ChangesReadableTest {

    @Test
    void aHundredNewTiesStayReadableLinesAndUnchangedTiesStepBack() {
        AppState state = new AppState(new GraphFilter(), Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(new DatasetLoader().loadBundled().dataset().orElseThrow());
        state.asOfProperty().set(LocalDate.of(2025, 4, 9));
        new CompareViewModel(state); // what the "What changed?" question does: it also highlights the changes
        state.compareDateProperty().set(LocalDate.of(2022, 1, 1));
        GraphViewModel vm = new GraphViewModel(state, new ImmediateExecutor());
        vm.setViewport(1400, 900);
        vm.settle();
        GraphSnapshot g = vm.snapshot();
        int fresh = 0;
        for (int e = 0; e < g.edgeCount(); e++) if (g.status(e) == EdgeStatus.NEW) fresh++;
        assertTrue(fresh >= 60, "many new ties: " + fresh);
        assertTrue(!state.highlighted().isEmpty(), "the question highlights the changes");

        Palette p = state.themeProperty().get().palette();
        StyleRecorder picture = new StyleRecorder(1400, 900);
        new GraphPainter().paint(picture, g, vm.camera(), vm.paintState(false), p, 1);

        int changed = 0;
        for (int e = 0; e < g.edgeCount(); e++) if (g.status(e) != EdgeStatus.SAME) changed++;
        double widestQuiet = 0, widestChanged = 0;
        int fullDrawn = 0;
        for (StyleRecorder.Stroke s : picture.strokes) {
            if (s.alpha() >= 0.8) {
                widestChanged = Math.max(widestChanged, s.width());
                fullDrawn += s.subpaths();
                assertTrue(s.colour().equals(p.added()) || s.colour().equals(p.removed()), "drawn in full only as a change: " + s);
            } else {
                widestQuiet = Math.max(widestQuiet, s.width());
                assertTrue(s.alpha() <= 0.4, "unchanged ties step back: " + s);
            }
        }
        assertEquals(changed, fullDrawn, "every new or ended tie drawn in full, unchanged ones quiet");
        assertTrue(widestChanged <= 2 * widestQuiet, "changed ties are lines, not a blob: " + widestChanged + " vs " + widestQuiet);
        assertEquals(0, picture.ovals.stream().filter(p.accent()::equals).count(), "no ring around every changed actor");
        long tags = picture.texts.stream().filter("new"::equals).count();
        assertTrue(tags <= LabelLayer.MAX_NEW_TAGS, "a few 'new' tags, not one per tie: " + tags);
    }
}
