package org.entente.ui.present;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;

/** The bundled dataset in a fresh shared state, as the app has it after opening. */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static Dataset dataset;

    private Fixtures() {
    }

    static synchronized Dataset bundled() {
        if (dataset == null) dataset = new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow();
        return dataset;
    }

    static AppState state() {
        AppState state = new AppState(new GraphFilter(), CLOCK);
        state.datasetProperty().set(bundled());
        return state;
    }
}
