package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.DateRange;
import org.entente.ui.state.AppState;
import org.junit.jupiter.api.Test;

/** Focus on China with "changes since": a tie marked ended has really ended, it is not just outside the focus. */
class ChangesSinceGhostsTest {

    @Test
    void focusPlusChangesSinceMarksOnlyTiesThatNoLongerHoldAsEnded() {
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        AppState state = new AppState(new GraphFilter(), Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow());
        state.focusActorProperty().set("china");
        state.compareDateProperty().set(LocalDate.of(2024, 8, 1));

        GraphSnapshot s = new SnapshotBuilder().build(state);
        var holdingNow = new GraphFilter().apply(state.getDataset(), asOf, DateRange.ALL, null);
        List<String> ghosts = new ArrayList<>();
        for (int e = 0; e < s.edgeCount(); e++) {
            if (s.status(e) != EdgeStatus.GONE) continue;
            if (holdingNow.showsRelation(s.relation(e).id())) ghosts.add(s.relation(e).id());
        }
        assertTrue(ghosts.isEmpty(), "marked ended but still holding: " + ghosts);
        assertFalse(s.nodeCount() == 0);
    }
}
