package org.entente.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.search.SearchHit;
import org.entente.model.Dataset;
import org.entente.ui.details.DetailsViewModel;
import org.entente.ui.filter.FilterViewModel;
import org.entente.ui.search.SearchViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After choosing an actor from search, the graph does not stay dimmed for ever. */
class HighlightsClearTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static Dataset bundled;
    private AppState state;
    private SearchViewModel search;

    @BeforeAll
    static void load() {
        bundled = new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow();
    }

    @BeforeEach
    void setUp() {
        state = new AppState(new GraphFilter(), CLOCK);
        state.datasetProperty().set(bundled);
        search = new SearchViewModel(state);
        SearchHit china = search.suggest("China").get(0);
        search.go(china);
        assertFalse(state.highlighted().isEmpty(), "search highlights what it found");
    }

    @Test
    void overviewClearsTheSearchHighlight() {
        new DetailsViewModel(state).clearSelection();
        assertTrue(state.highlighted().isEmpty());
        assertEquals(Selection.NONE, state.getSelection());
    }

    @Test
    void filterResetClearsTheSearchHighlight() {
        new FilterViewModel(state).reset();
        assertTrue(state.highlighted().isEmpty());
    }

    @Test
    void emptyingTheSearchBoxClearsItsHighlight() {
        search.clear();
        assertTrue(state.highlighted().isEmpty());
    }
}
