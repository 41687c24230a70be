package org.entente.logic.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

/** The world-alliances dataset (ATOP v4 joined to the COW state list) ships in the app, credits its authors and is what the importer makes. */
class AtopDatasetTest {

    private static Dataset bundled() throws Exception {
        LoadResult r;
        try (var in = AtopDatasetTest.class.getResourceAsStream("/org/entente/seeds/atop-alliances.json")) {
            r = new DatasetLoader().load("atop-alliances.json", new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertFalse(r.hasErrors(), r.problems().toString());
        assertTrue(r.problems().isEmpty(), "no warnings either: " + r.problems());
        return r.dataset().orElseThrow();
    }

    @Test
    void alliancesSince1945LoadWithTheirMembersAndCredits() throws Exception {
        Dataset d = bundled();
        assertTrue(d.relations().size() > 1000 && d.actors().size() < 400, d.relations().size() + " ties, " + d.actors().size() + " actors");
        assertTrue(d.relations().stream().allMatch(t -> t.end() == null || t.end().latest().getYear() >= 1945),
                "only alliances in force at some time since 1945");
        assertTrue(d.source("src-atop-v4").orElseThrow().author().contains("Leeds"));
        assertTrue(d.source("src-cow-states-2016").orElseThrow().author().contains("Correlates of War"));
        LocalDate in1960 = LocalDate.of(1960, 1, 1);
        List<String> nato1960 = d.relations().stream()
                .filter(t -> t.to().equals("atop-3180") && holdsOn(t, in1960)).map(Relation::from).sorted().toList();
        assertTrue(nato1960.containsAll(List.of("cow-usa", "cow-ukg", "cow-tur", "cow-gfr")), nato1960.toString());
        assertFalse(nato1960.contains("cow-rus"));
        assertTrue(d.relations().stream().anyMatch(t -> t.from().equals("cow-rus") && t.to().equals("atop-3285")), "the USSR in the Warsaw Pact");
    }

    private static boolean holdsOn(Relation t, LocalDate day) {
        return (t.start() == null || !t.start().earliest().isAfter(day)) && (t.end() == null || !t.end().latest().isBefore(day));
    }

    @Test
    void theImporterRebuildsTheSameDataset() throws Exception {
        List<ImportInput> in = List.of(ImportInput.read(Path.of("seeds/atop/sources.csv")), ImportInput.read(Path.of("seeds/atop/actors.csv")),
                ImportInput.read(Path.of("seeds/atop/ties.csv")));
        ImportResult r = Importers.standard().importAll(in, new ImportOptions(null, DayOrder.UNSET, null, "x"));
        Dataset made = r.dataset().orElseThrow();
        Dataset shipped = new DatasetLoader().load(Path.of("seeds/atop-alliances.json")).dataset().orElseThrow();
        assertEquals(shipped.relations(), made.relations());
        assertEquals(shipped.actors(), made.actors());
    }
}
