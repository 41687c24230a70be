package org.entente.logic.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.entente.model.Vocabulary;
import org.junit.jupiter.api.Test;

/** Generated datasets must load like curated ones: valid, cited, and the same for the same seed. */
class SyntheticDatasetTest {

    private static String json(Dataset d) throws Exception {
        StringWriter out = new StringWriter();
        new DatasetWriter().write(d, out);
        return out.toString();
    }

    @Test
    void aGeneratedDatasetValidatesWithTheLoaderWithoutAnyProblem() throws Exception {
        String text = json(SyntheticDataset.generate(300, 1200, 400, 7));
        LoadResult result = new DatasetLoader().load("synthetic.json", new StringReader(text));
        assertTrue(result.problems().isEmpty(), () -> result.problems().stream().limit(5).map(p -> p.format()).toList().toString());
        Dataset d = result.dataset().orElseThrow();
        assertEquals(300, d.actors().size());
        assertEquals(1200, d.relations().size());
        assertEquals(400, d.events().size());
    }

    @Test
    void itemsAreCitedIdsUniqueNoSelfLoopsAndEventsHaveOneToThreeActors() {
        Dataset d = SyntheticDataset.generate(200, 800, 300, 11);
        Set<String> ids = new HashSet<>();
        d.actors().forEach(a -> assertTrue(ids.add(a.id()), a.id()));
        d.relations().forEach(r -> assertTrue(ids.add(r.id()), r.id()));
        d.events().forEach(e -> assertTrue(ids.add(e.id()), e.id()));
        for (Relation r : d.relations()) {
            assertNotEquals(r.from(), r.to(), "no self-loop: " + r.id());
            assertTrue(Vocabulary.isKnownType(r.type()), r.type());
            assertTrue(!r.sources().isEmpty());
            if (r.end() != null) assertTrue(!r.end().latest().isBefore(r.start().earliest()), r.id());
        }
        for (Event e : d.events()) {
            assertTrue(e.actors().size() >= 1 && e.actors().size() <= 3, e.id());
            assertTrue(!e.sources().isEmpty());
        }
        d.actors().forEach(a -> assertTrue(Vocabulary.isKnownKind(a.kind()) && !a.sources().isEmpty()));
        assertTrue(d.actors().stream().map(a -> a.kind()).distinct().count() >= 8, "every default kind shows up");
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws Exception {
        assertEquals(json(SyntheticDataset.generate(50, 120, 30, 5)), json(SyntheticDataset.generate(50, 120, 30, 5)));
        assertNotEquals(json(SyntheticDataset.generate(50, 120, 30, 5)), json(SyntheticDataset.generate(50, 120, 30, 6)));
    }

    @Test
    void tiesWithoutTwoActorsAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SyntheticDataset.generate(1, 5, 0, 1));
        assertTrue(e.getMessage().contains("at least 2 actors"));
    }
}
