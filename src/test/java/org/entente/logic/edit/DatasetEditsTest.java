package org.entente.logic.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.Problem;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

class DatasetEditsTest {

    private final Dataset bundled = new DatasetLoader().loadBundled().dataset().orElseThrow();

    @Test
    void deletingAnActorRemovesItsTiesAndItsPlaceInEventsSaysSoAndUndoRestoresAll() {
        long ties = bundled.relationsOf("japan").size();
        long events = bundled.events().stream().filter(e -> e.actors().contains("japan")).count();
        Edit edit = DatasetEdits.deleteActors(bundled, List.of("japan"));
        Dataset after = edit.applyTo(bundled);

        assertTrue(after.actor("japan").isEmpty());
        assertTrue(after.relationsOf("japan").isEmpty());
        assertTrue(after.events().stream().noneMatch(e -> e.actors().contains("japan")));
        assertTrue(after.disputes().stream().noneMatch(d -> d.subjects().contains("japan")));
        assertTrue(edit.consequence().startsWith("deleting Japan also removes " + ties + " ties and its place in " + events + " events"),
                edit.consequence());
        assertEquals("delete actor Japan", edit.name());
        assertTrue(edit.change().removed().contains("japan"));

        Dataset back = edit.inverse().applyTo(after);
        assertTrue(back.sameContent(bundled), "undo gives back the dataset as it was, in the same order");
    }

    @Test
    void changedActorIsEqualByIdButNotByValueAndTheEditNamesIt() {
        Actor japan = bundled.actor("japan").orElseThrow();
        Actor renamed = new Actor(japan.id(), "Nippon", japan.kind(), japan.aliases(), japan.region(), japan.summary(), japan.start(),
                japan.end(), japan.note(), japan.figures(), japan.sources(), japan.shortName());
        Edit edit = DatasetEdits.changeActor(bundled, renamed);
        Dataset after = edit.applyTo(bundled);
        assertEquals("Nippon", after.actor("japan").orElseThrow().name());
        assertEquals(japan, renamed, "graph identity stays the id");
        assertFalse(japan.sameValues(renamed));
        assertFalse(after.sameContent(bundled));
        assertEquals(java.util.Set.of("japan"), edit.change().changed());
        assertEquals(bundled.actors().indexOf(japan), after.actors().indexOf(renamed), "an edited actor keeps its place in the file");
    }

    @Test
    void deleteTieIsNamedWithItsEnds() {
        Relation r = bundled.relations().stream().filter(x -> x.from().equals("japan") && x.to().equals("nsatu")).findFirst().orElseThrow();
        Edit edit = DatasetEdits.deleteRelations(bundled, List.of(r.id()));
        assertEquals("delete tie Japan → NSATU", edit.name());
        assertTrue(edit.inverse().applyTo(edit.applyTo(bundled)).sameContent(bundled));
    }

    @Test
    void deletingASourceTakesItOutOfEveryCitation() {
        String id = bundled.sources().get(0).id();
        Edit edit = DatasetEdits.deleteSources(bundled, List.of(id));
        Dataset after = edit.applyTo(bundled);
        assertTrue(after.actors().stream().noneMatch(a -> a.sources().contains(id)));
        assertTrue(edit.consequence().contains("from the citations of"), edit.consequence());
        assertTrue(edit.inverse().applyTo(after).sameContent(bundled));
    }

    @Test
    void figuresAreAddedToTheirOwner() {
        String src = bundled.sources().get(0).id();
        Edit edit = DatasetEdits.addFigure(bundled, "japan", new Figure("Aid", 12, "billion USD", PartialDate.parse("2024"), List.of(src)));
        Dataset after = edit.applyTo(bundled);
        assertEquals(bundled.actor("japan").orElseThrow().figures().size() + 1, after.actor("japan").orElseThrow().figures().size());
        assertEquals("add figure Aid of Japan", edit.name());
    }

    @Test
    void idsAreMadeFromNamesReadableAndUnique() {
        assertEquals("cote-d-ivoire", Ids.slug("Côte d'Ivoire"));
        assertEquals("japan-2", Ids.fromName("Japan", id -> bundled.actor(id).isPresent()));
        assertEquals("item", Ids.slug("  ¿? "));
    }

    @Test
    void theValidatorRunsOnTheModelWithItsOwnMessages() {
        Actor a = Actor.of("x", "X", "state");
        Dataset d = DatasetEdits.addActor(bundled, new Actor("x", "X", "state", List.of(), null, null, null, null, null, List.of(),
                List.of(bundled.sources().get(0).id()))).applyTo(bundled);
        Relation bad = new Relation("x-japan", "x", "japan", "membr-of", null, null, null, null, null, List.of(), List.of(bundled.sources().get(0).id()));
        List<Problem> problems = new ModelCheck().problems(DatasetEdits.addRelation(d, bad).applyTo(d));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("did you mean 'member-of'")),
                problems.stream().map(Problem::format).toList().toString());
        assertEquals(1, new ModelCheck().errorCount(DatasetEdits.addActor(bundled, a).applyTo(bundled)),
                "an actor without sources is one error");
    }
}
