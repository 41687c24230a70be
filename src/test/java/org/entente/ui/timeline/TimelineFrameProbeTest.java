package org.entente.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.render.FrameProbe;
import org.entente.ui.state.AppState;
import org.junit.jupiter.api.Test;

/** The bench's timeline probe draws real frames of a large dataset headless (the bench reports the times). */
class TimelineFrameProbeTest {


    @Test
    void drawsFramesOfTwentyThousandEventsHeadless() {
        AppState state = new AppState(new GraphFilter(), Clock.systemUTC());
        state.datasetProperty().set(TimelineFixtures.synthetic(20_000, 42));
        FrameProbe probe = new TimelineFrameProbe();
        double ms = probe.medianFrameMs(state, 1600, 400, 15);
        System.out.println("timeline median frame, 20,000 events: " + ms + " ms");
        assertTrue(ms > 0 && Double.isFinite(ms), "a median frame time was measured: " + ms);
    }

    @Test
    void drawsFramesOfTheBundledDataset() {
        AppState state = new AppState(new GraphFilter(), Clock.systemUTC());
        state.datasetProperty().set(new DatasetLoader().loadBundled().dataset().orElseThrow());
        double ms = new TimelineFrameProbe().medianFrameMs(state, 1600, 400, 15);
        System.out.println("timeline median frame, bundled dataset: " + ms + " ms");
        assertTrue(ms > 0 && Double.isFinite(ms), "a median frame time was measured: " + ms);
    }
}
