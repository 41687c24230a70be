package org.entente.logic.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;

/**
 * A seeded property test (jqwik is not among the project's dependencies offline): for many random datasets
 * and random sequences of edits, every intermediate dataset saved and loaded again is equal to itself, and
 * undoing all edits in reverse gives back the original. A failure names the seed and step to replay it.
 */
class EditSequencePropertyTest {

    private static final int DATASETS = 25;
    private static final int STEPS = 30;

    private final DatasetWriter writer = new DatasetWriter();
    private final DatasetLoader loader = new DatasetLoader();

    @Test
    void saveThenLoadGivesAnEqualDatasetAndUndoingEverythingGivesTheOriginal() throws Exception {
        for (long seed = 1; seed <= DATASETS; seed++) {
            Random rnd = new Random(seed);
            Dataset original = SyntheticDataset.generate(5 + rnd.nextInt(30), 5 + rnd.nextInt(60), rnd.nextInt(20), seed);
            Dataset d = original;
            List<Edit> done = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                Edit e = randomEdit(d, rnd);
                if (e == null) continue;
                d = e.applyTo(d);
                done.add(e);
                Dataset back = roundTrip(d, "seed " + seed + " step " + step);
                assertTrue(back.sameContent(d), "seed " + seed + " step " + step + " (" + e.name() + "): save → load differs");
            }
            for (int i = done.size() - 1; i >= 0; i--) d = done.get(i).inverse().applyTo(d);
            assertTrue(d.sameContent(original), "seed " + seed + ": undoing all " + done.size() + " edits does not give the original");
        }
    }

    private Dataset roundTrip(Dataset d, String name) throws Exception {
        StringWriter text = new StringWriter();
        writer.write(d, text);
        LoadResult r = loader.load(name, new StringReader(text.toString()));
        assertTrue(r.dataset().isPresent(), name + ": " + r.errors());
        return r.dataset().get();
    }

    private static Edit randomEdit(Dataset d, Random rnd) {
        String src = d.sources().isEmpty() ? null : d.sources().get(rnd.nextInt(d.sources().size())).id();
        List<String> cite = src == null ? List.of() : List.of(src);
        switch (rnd.nextInt(9)) {
            case 0 -> {
                String name = "Actor " + rnd.nextInt(1000) + (rnd.nextBoolean() ? " é" : "");
                String id = Ids.fromName(name, x -> d.actor(x).isPresent() || d.relation(x).isPresent() || d.event(x).isPresent() || d.source(x).isPresent());
                return DatasetEdits.addActor(d, new Actor(id, name, "state", List.of(), rnd.nextBoolean() ? "Europe" : null, "new",
                        rnd.nextBoolean() ? PartialDate.parse("20" + (10 + rnd.nextInt(10))) : null, null, null, List.of(), cite));
            }
            case 1 -> {
                if (d.actors().isEmpty()) return null;
                Actor a = d.actors().get(rnd.nextInt(d.actors().size()));
                return DatasetEdits.changeActor(d, new Actor(a.id(), a.name() + "!", a.kind(), a.aliases(), a.region(), "changed " + rnd.nextInt(),
                        a.start(), a.end(), a.note(), a.figures(), a.sources(), a.shortName()));
            }
            case 2 -> {
                if (d.actors().size() < 3) return null;
                String id = d.actors().get(rnd.nextInt(d.actors().size())).id();
                // an event left without actors is an error the user fixes; the property is about valid sequences
                if (d.events().stream().anyMatch(e -> e.actors().equals(List.of(id)))) return null;
                return DatasetEdits.deleteActors(d, List.of(id));
            }
            case 3 -> {
                if (d.actors().size() < 2) return null;
                Actor a = d.actors().get(rnd.nextInt(d.actors().size()));
                Actor b = d.actors().get(rnd.nextInt(d.actors().size()));
                if (a.equals(b)) return null;
                String id = Ids.fromName(a.id() + " partner-of " + b.id(), x -> d.actor(x).isPresent() || d.relation(x).isPresent() || d.event(x).isPresent());
                return DatasetEdits.addRelation(d, new Relation(id, a.id(), b.id(), "partner-of", null, null, null, null, null, List.of(), cite));
            }
            case 4 -> {
                if (d.relations().isEmpty()) return null;
                return DatasetEdits.deleteRelations(d, List.of(d.relations().get(rnd.nextInt(d.relations().size())).id()));
            }
            case 5 -> {
                if (d.actors().isEmpty()) return null;
                String title = "Event " + rnd.nextInt(1000);
                String id = Ids.fromName(title, x -> d.actor(x).isPresent() || d.relation(x).isPresent() || d.event(x).isPresent());
                return DatasetEdits.addEvent(d, new Event(id, PartialDate.parse("2020-0" + (1 + rnd.nextInt(9))), null, title, null,
                        List.of(d.actors().get(rnd.nextInt(d.actors().size())).id()), List.of(), null, List.of(), cite));
            }
            case 6 -> {
                if (d.actors().isEmpty() || src == null) return null;
                return DatasetEdits.addFigure(d, d.actors().get(rnd.nextInt(d.actors().size())).id(),
                        new Figure("Count", rnd.nextInt(1000) / 4.0, "people", null, cite, rnd.nextBoolean() ? "about" : null));
            }
            case 7 -> {
                String id = Ids.fromName("Source " + rnd.nextInt(100), x -> d.source(x).isPresent() || d.actor(x).isPresent());
                return DatasetEdits.addSource(d, new Source(id, "A source", rnd.nextBoolean() ? "Pub" : null, null, null, null, null));
            }
            default -> {
                return DatasetEdits.changeHeader(d, d.title() + " v" + rnd.nextInt(9), "about " + rnd.nextInt(99));
            }
        }
    }
}
