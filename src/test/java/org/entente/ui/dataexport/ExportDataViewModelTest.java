package org.entente.ui.dataexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.io.exporter.Exporters;
import org.entente.logic.io.importer.ImportInput;
import org.entente.logic.io.importer.ImportOptions;
import org.entente.logic.io.importer.Importers;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export data… without the toolkit: each format writes what Import reads back; a failed write says why and changes nothing. */
class ExportDataViewModelTest {

    @TempDir
    Path dir;

    private AppState state;
    private ExportDataViewModel vm;
    private Dataset eu;

    @BeforeEach
    void setUp() {
        state = new AppState(new GraphFilter(), Clock.systemUTC());
        eu = new DatasetLoader().load(Path.of("seeds/eu-membership.json")).dataset().orElseThrow();
        state.datasetProperty().set(eu);
        vm = new ExportDataViewModel(state, Exporters.standard(), new ImmediateExecutor());
    }

    @Test
    void everyFormatWritesWhatImportReadsBack() throws Exception {
        for (DataFormat f : DataFormat.ALL) {
            if (f.format().equals("timelinejs")) continue;
            Path target = dir.resolve(vm.suggestedName(f).isEmpty() ? "x" : (f.folder() ? "folder-" : "") + vm.suggestedName(f));
            vm.export(f, target);
            assertFalse(vm.failedProperty().get(), f.format() + ": " + vm.messageProperty().get());
            assertTrue(vm.messageProperty().get().startsWith("Wrote 29 actors, 28 relations"), vm.messageProperty().get());
            List<Path> files = f.folder()
                    ? List.of(target.resolve("sources.csv"), target.resolve("actors.csv"), target.resolve("ties.csv"), target.resolve("events.csv"))
                    : List.of(target);
            var inputs = new java.util.ArrayList<ImportInput>();
            for (Path p : files) inputs.add(ImportInput.read(p));
            var result = Importers.standard().importAll(inputs, ImportOptions.defaults());
            Dataset back = result.dataset().orElseThrow(() -> new AssertionError(f.format() + ": " + result.report().problems()));
            assertEquals(eu.relations().stream().map(r -> r.from() + ">" + r.to() + " " + r.start() + "/" + r.end()).toList(),
                    back.relations().stream().map(r -> r.from() + ">" + r.to() + " " + r.start() + "/" + r.end()).toList(), f.format());
        }
        assertSame(eu, state.getDataset(), "exporting never changes the open dataset");
    }

    @Test
    void timelineJsOfTheBundledEventsReadsBackAndRefusesADatasetWithoutEvents() throws Exception {
        assertTrue(vm.refusal(DataFormat.byName("timelinejs")).contains("has none"), "refused before a file is chosen");
        assertEquals(null, vm.refusal(DataFormat.byName("gexf")));
        Path none = dir.resolve("eu.json");
        vm.export(DataFormat.byName("timelinejs"), none);
        assertTrue(vm.failedProperty().get());
        assertTrue(vm.messageProperty().get().contains("has none"), vm.messageProperty().get());
        assertFalse(Files.exists(none));

        Dataset japan = new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow();
        state.datasetProperty().set(japan);
        Path target = dir.resolve("japan.json");
        vm.export(DataFormat.byName("timelinejs"), target);
        assertFalse(vm.failedProperty().get(), vm.messageProperty().get());
        Dataset back = Importers.standard().importAll(List.of(ImportInput.read(target)), ImportOptions.defaults()).dataset().orElseThrow();
        assertEquals(japan.events().size(), back.events().size());
        assertEquals(japan.events().stream().map(e -> e.date().toString()).toList(), back.events().stream().map(e -> e.date().toString()).toList());
    }

    @Test
    void whenWritingEndsTheMessageAlreadySaysHow() {
        List<String> seen = new java.util.ArrayList<>();
        vm.runningProperty().addListener((o, was, now) -> {
            if (was && !now) seen.add(vm.messageProperty().get());
        });
        vm.export(DataFormat.byName("gexf"), dir.resolve("eu.gexf"));
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).startsWith("Wrote 29 actors"), "the dialog shown at the end reads the outcome, not 'Writing…': " + seen);
    }

    @Test
    void theSuggestedNameComesFromTheTitle() {
        assertEquals("EU-membership-1952-to-today-EUMS-database.zip", vm.suggestedName(DataFormat.byName("csv-zip")));
        assertEquals("EU-membership-1952-to-today-EUMS-database.gexf", vm.suggestedName(DataFormat.byName("gexf")));
    }

    @Test
    void aFailedWriteSaysWhereAndWhyAndKeepsTheOldFile() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("eu.gexf");
        vm.export(DataFormat.byName("gexf"), missing);
        assertTrue(vm.failedProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Could not write " + missing + ":"), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("does not exist"), vm.messageProperty().get());
        assertFalse(Files.exists(missing));

        Path folderInTheWay = Files.createDirectories(dir.resolve("eu.zip"));
        vm.export(DataFormat.byName("csv-zip"), folderInTheWay);
        assertTrue(vm.failedProperty().get(), vm.messageProperty().get());
        assertTrue(Files.isDirectory(folderInTheWay));
        Relation uk = eu.relation("united-kingdom-member-of-european-union").orElseThrow();
        assertEquals("2020-01-31", uk.end().toString());
    }
}
