package org.entente.logic.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;

/** The second bundled dataset ships in the app, loads cleanly, credits its authors and is what the importer makes. */
class EuDatasetTest {

    @Test
    void bundledEuMembershipLoadsAndCreditsEums() throws Exception {
        LoadResult r;
        try (var in = EuDatasetTest.class.getResourceAsStream("/org/entente/seeds/eu-membership.json")) {
            r = new DatasetLoader().load("eu-membership.json", new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertFalse(r.hasErrors(), r.problems().toString());
        Dataset d = r.dataset().orElseThrow();
        assertEquals(28, d.relations().size());
        assertEquals("2020-01-31", d.relation("united-kingdom-member-of-european-union").orElseThrow().end().toString());
        assertTrue(d.source("src-eums").orElseThrow().author().contains("Fjelstul"));
    }

    @Test
    void theImporterRebuildsTheSameDataset() throws Exception {
        List<ImportInput> in = List.of(ImportInput.read(Path.of("seeds/eu/sources.csv")), ImportInput.read(Path.of("seeds/eu/actors.csv")),
                ImportInput.read(Path.of("seeds/eu/ties.csv")));
        ImportResult r = Importers.standard().importAll(in, new ImportOptions(null, DayOrder.UNSET, null, "x"));
        LoadResult bundled = new DatasetLoader().load(Path.of("seeds/eu-membership.json"));
        assertEquals(bundled.dataset().orElseThrow().relations().stream().map(Object::toString).toList(),
                r.dataset().orElseThrow().relations().stream().map(Object::toString).toList());
        assertEquals(bundled.dataset().orElseThrow().relations().stream().map(t -> t.start() + "/" + t.end()).toList(),
                r.dataset().orElseThrow().relations().stream().map(t -> t.start() + "/" + t.end()).toList());
    }
}
