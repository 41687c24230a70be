package org.entente.ui.graph;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;

/** The small graph fixture (Japan, NATO, the G7, the IP4, NSATU...) loaded into a fresh shared state. */
final class GraphFixtures {

    static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

    private GraphFixtures() {
    }

    static Dataset dataset() {
        try (var in = new InputStreamReader(GraphFixtures.class.getResourceAsStream("/graph/fixture.json"), StandardCharsets.UTF_8)) {
            return new DatasetLoader().load("fixture.json", in).dataset().orElseThrow();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static AppState state() {
        AppState state = new AppState(new GraphFilter(), Clock.fixed(JUNE_2025.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(dataset());
        return state;
    }
}
