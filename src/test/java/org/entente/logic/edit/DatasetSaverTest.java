package org.entente.logic.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.logic.io.KeepPrevious;
import org.entente.logic.io.WriteFailedException;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetSaverTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();
    private final DatasetSaver saver = new DatasetSaver();

    @Test
    void theBundledDatasetOpenedAndSavedUnchangedReadsBackEqual() throws Exception {
        Dataset bundled = loader.loadBundled().dataset().orElseThrow();
        Path file = dir.resolve("lesson.json");
        DatasetSaver.Saved saved = saver.save(bundled, file);
        assertEquals(0, saved.errors());
        assertEquals("Saved lesson.json", saved.message());
        LoadResult back = loader.load(file);
        assertTrue(back.dataset().orElseThrow().sameContent(bundled));
    }

    @Test
    void fieldsTheAppDoesNotKnowAreKeptThroughASave() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, """
                {"schema": "entente/1", "title": "T", "description": "D", "licence": {"name": "CC BY", "year": 2025},
                 "sources": [{"id": "s", "title": "S", "archived": true}],
                 "actors": [{"id": "a", "name": "A", "kind": "state", "sources": ["s"], "colour": "#ff0000", "rank": 1.50}],
                 "relations": [], "events": []}
                """);
        Dataset opened = loader.load(file).dataset().orElseThrow();
        assertEquals("{\"name\":\"CC BY\",\"year\":2025}", opened.extrasOf("").get("licence"));
        saver.save(opened, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"colour\": \"#ff0000\""), text);
        assertTrue(text.contains("\"rank\": 1.50"), text);
        Dataset back = loader.load(file).dataset().orElseThrow();
        assertTrue(back.sameContent(opened));
        // an edit of the actor keeps its unknown fields; deleting it drops them, and undo brings them back
        Actor a = back.actor("a").orElseThrow();
        Dataset renamed = DatasetEdits.changeActor(back, new Actor("a", "Ay", a.kind(), a.aliases(), a.region(), a.summary(), a.start(),
                a.end(), a.note(), a.figures(), a.sources(), a.shortName())).applyTo(back);
        assertEquals("#ff0000".length() + 2, renamed.extrasOf(Dataset.extrasKey("actors", "a")).get("colour").length());
        Edit delete = DatasetEdits.deleteActors(back, List.of("a"));
        Dataset gone = delete.applyTo(back);
        assertTrue(gone.extrasOf(Dataset.extrasKey("actors", "a")).isEmpty());
        assertTrue(delete.inverse().applyTo(gone).sameContent(back));
    }

    @Test
    void unknownFieldsInsideFiguresAndDisputePositionsAreKeptInPlace() throws Exception {
        Path file = dir.resolve("nested.json");
        Files.writeString(file, """
                {"schema": "entente/1", "title": "T", "description": "D",
                 "sources": [{"id": "s", "title": "S"}, {"id": "t", "title": "T"}],
                 "actors": [{"id": "a", "name": "A", "kind": "state", "sources": ["s"],
                             "figures": [{"label": "Aid", "value": 12, "unit": "USD", "sources": ["s"],
                                          "confidence": "low", "page": {"from": 4, "to": 5}},
                                         {"label": "Troops", "value": 300, "unit": "men", "sources": ["s"]}]},
                            {"id": "b", "name": "B", "kind": "state", "sources": ["s"]}],
                 "relations": [], "events": [],
                 "disputes": [{"id": "d", "summary": "When?", "subjects": ["a"],
                               "positions": [{"claim": "In May", "sources": ["s"], "weight": 0.75},
                                             {"claim": "In June", "sources": ["t"], "quote": ["x", null]}]}]}
                """);
        LoadResult first = loader.load(file);
        assertTrue(first.dataset().isPresent(), first.errors().toString());
        Dataset opened = first.dataset().get();
        saver.save(opened, file);
        String text = Files.readString(file);
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(text).getAsJsonObject();
        com.google.gson.JsonObject aid = json.getAsJsonArray("actors").get(0).getAsJsonObject().getAsJsonArray("figures").get(0).getAsJsonObject();
        assertEquals("\"low\"", aid.get("confidence").toString(), text);
        assertEquals("{\"from\":4,\"to\":5}", aid.get("page").toString(), text);
        com.google.gson.JsonObject troops = json.getAsJsonArray("actors").get(0).getAsJsonObject().getAsJsonArray("figures").get(1).getAsJsonObject();
        assertTrue(!troops.has("confidence") && !troops.has("page"), "only the figure that had them: " + troops);
        var positions = json.getAsJsonArray("disputes").get(0).getAsJsonObject().getAsJsonArray("positions");
        assertEquals("0.75", positions.get(0).getAsJsonObject().get("weight").toString(), text);
        assertEquals("[\"x\",null]", positions.get(1).getAsJsonObject().get("quote").toString(), text);
        assertTrue(!json.getAsJsonArray("disputes").get(0).getAsJsonObject().has("weight"), "not moved up to the dispute: " + text);
        Dataset back = loader.load(file).dataset().orElseThrow();
        assertTrue(back.sameContent(opened));
        // saved again unchanged: the same text
        saver.save(back, file);
        assertEquals(text, Files.readString(file));
        // editing another figure of the actor, or deleting the first one, keeps each figure's own fields
        Dataset edited = DatasetEdits.changeFigure(back, "a", 1, new org.entente.model.Figure("Troops", 400, "men", null, List.of("s")))
                .applyTo(back);
        assertEquals("\"low\"", edited.actor("a").orElseThrow().figures().get(0).extras().get("confidence"));
        Dataset dropped = DatasetEdits.deleteFigure(back, "a", 0).applyTo(back);
        assertTrue(dropped.actor("a").orElseThrow().figures().get(0).extras().isEmpty());
        // deleting a source cited by a position keeps the position's fields
        Dataset noT = DatasetEdits.deleteSources(back, List.of("t")).applyTo(back);
        assertEquals("[\"x\",null]", noT.disputes().get(0).positions().get(1).extras().get("quote"));
    }

    @Test
    void thePreviousVersionIsKeptAsBak() throws Exception {
        Dataset bundled = loader.loadBundled().dataset().orElseThrow();
        Path file = dir.resolve("lesson.json");
        saver.save(bundled, file);
        String first = Files.readString(file);
        Dataset edited = DatasetEdits.deleteActors(bundled, List.of("japan")).applyTo(bundled);
        saver.save(edited, file);
        Path bak = KeepPrevious.backupOf(file);
        assertEquals(dir.resolve("lesson.json.bak"), bak);
        assertEquals(first, Files.readString(bak));
        assertTrue(loader.load(file).dataset().orElseThrow().sameContent(edited));
    }

    @Test
    void editingOneActorChangesOnlyItsLines() throws Exception {
        Dataset bundled = loader.loadBundled().dataset().orElseThrow();
        Path file = dir.resolve("lesson.json");
        saver.save(bundled, file);
        List<String> before = Files.readAllLines(file);
        Actor japan = bundled.actor("japan").orElseThrow();
        saver.save(DatasetEdits.changeActor(bundled, new Actor("japan", "Nippon", japan.kind(), japan.aliases(), japan.region(),
                japan.summary(), japan.start(), japan.end(), japan.note(), japan.figures(), japan.sources(), japan.shortName())).applyTo(bundled), file);
        List<String> after = Files.readAllLines(file);
        assertEquals(before.size(), after.size());
        int differing = 0;
        for (int i = 0; i < before.size(); i++) if (!before.get(i).equals(after.get(i))) differing++;
        assertEquals(1, differing, "only the name line differs");
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndSaysWhy() throws Exception {
        Dataset bundled = loader.loadBundled().dataset().orElseThrow();
        Path folder = dir.resolve("lesson.json");
        Files.createDirectory(folder);
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> saver.save(bundled, folder));
        assertTrue(e.getMessage().contains("lesson.json"), e.getMessage());
        Path missing = dir.resolve("nowhere").resolve("x.json");
        WriteFailedException e2 = assertThrows(WriteFailedException.class, () -> saver.save(bundled, missing));
        assertTrue(e2.getMessage().contains("does not exist"), e2.getMessage());
    }

    @Test
    void aDatasetWithErrorsIsSavedAndTheErrorsCounted() throws Exception {
        Dataset d = new Dataset("entente/1", "Draft", "", List.of(), List.of(Actor.of("a", "A", "state"), Actor.of("b", "B", "state")),
                List.of(), List.of(), List.of());
        Path file = dir.resolve("draft.json");
        DatasetSaver.Saved saved = saver.save(d, file);
        assertEquals(2, saved.errors());
        assertEquals("Saved draft.json with 2 errors to fix", saved.message());
        assertTrue(Files.readString(file).contains("\"id\": \"b\""));
    }
}
