package org.entente.logic.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                Edit e = RandomEdits.any(d, rnd);
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

    @Test
    void theGraphAnEditMakesByPatchingEqualsTheGraphBuiltFromScratch() {
        for (long seed = 101; seed <= 100 + DATASETS; seed++) {
            Random rnd = new Random(seed);
            Dataset d = SyntheticDataset.generate(5 + rnd.nextInt(30), 5 + rnd.nextInt(60), rnd.nextInt(20), seed);
            List<Edit> done = new ArrayList<>();
            java.time.LocalDate asOf = seed % 2 == 0 ? null : java.time.LocalDate.of(2015 + rnd.nextInt(10), 6, 1);
            org.entente.logic.filter.VisibleGraph view = filter.apply(d, asOf, org.entente.model.DateRange.ALL, null);
            for (int step = 0; step < STEPS; step++) {
                int pick = rnd.nextInt(6);
                Edit e = pick == 0 ? RandomEdits.moveTie(d, rnd) : pick == 1 ? RandomEdits.redate(d, rnd) : RandomEdits.any(d, rnd);
                if (e == null) continue;
                d = e.applyTo(d);
                done.add(e);
                assertSameGraph(d, "seed " + seed + " step " + step + " (" + e.name() + ")");
                view = assertSameView(view, d, e, asOf, "seed " + seed + " step " + step + " (" + e.name() + ")");
            }
            for (int i = done.size() - 1; i >= 0; i--) {
                d = done.get(i).inverse().applyTo(d);
                assertSameGraph(d, "seed " + seed + " undo " + i);
            }
        }
    }

    private final org.entente.logic.filter.GraphFilter filter = new org.entente.logic.filter.GraphFilter();

    /** The view patched after an edit shows what the view filtered from scratch shows. */
    private org.entente.logic.filter.VisibleGraph assertSameView(org.entente.logic.filter.VisibleGraph before, Dataset next, Edit e,
                                                                java.time.LocalDate asOf, String where) {
        var patched = filter.applyEdited(before, next, e.change().touched(), asOf, org.entente.model.DateRange.ALL, null, null);
        var full = new org.entente.logic.filter.GraphFilter().apply(next, asOf, org.entente.model.DateRange.ALL, null);
        assertEquals(new java.util.HashSet<>(full.graph().vertexSet()), new java.util.HashSet<>(patched.graph().vertexSet()), where + ": visible actors");
        assertEquals(new java.util.HashSet<>(full.graph().edgeSet()), new java.util.HashSet<>(patched.graph().edgeSet()), where + ": visible ties");
        assertEquals(full.eventIds(), patched.eventIds(), where + ": visible events");
        return patched;
    }

    /** The edited dataset's graph and lookups are those of the same lists built in full. */
    private static void assertSameGraph(Dataset edited, String where) {
        Dataset full = new Dataset(edited.schema(), edited.title(), edited.description(), edited.sources(), edited.actors(),
                edited.relations(), edited.events(), edited.disputes(), edited.extras());
        var a = edited.graph().all();
        var b = full.graph().all();
        assertEquals(List.copyOf(b.vertexSet()), List.copyOf(a.vertexSet()), where + ": actors");
        assertEquals(List.copyOf(b.edgeSet()), List.copyOf(a.edgeSet()), where + ": ties");
        for (Actor v : b.vertexSet()) {
            assertTrue(a.containsVertex(v), where + ": has " + v.id());
            assertEquals(new java.util.HashSet<>(b.outgoingEdgesOf(v)), new java.util.HashSet<>(a.outgoingEdgesOf(v)), where + ": ties from " + v.id());
            assertEquals(new java.util.HashSet<>(b.incomingEdgesOf(v)), new java.util.HashSet<>(a.incomingEdgesOf(v)), where + ": ties to " + v.id());
            assertEquals(b.degreeOf(v), a.degreeOf(v), where + ": degree of " + v.id());
        }
        for (Relation r : b.edgeSet()) {
            assertTrue(a.getEdgeSource(r) == b.getEdgeSource(r) && a.getEdgeTarget(r) == b.getEdgeTarget(r), where + ": ends of " + r.id());
            assertTrue(a.getEdgeSource(r).sameValues(d(full, r.from())), where + ": current version of " + r.from());
        }
        for (Actor x : full.actors()) assertTrue(edited.actor(x.id()).orElseThrow() == full.actor(x.id()).orElseThrow(), where + ": lookup " + x.id());
        for (Relation x : full.relations()) assertTrue(edited.relation(x.id()).orElseThrow() == full.relation(x.id()).orElseThrow(), where + ": lookup " + x.id());
        for (Event x : full.events()) assertTrue(edited.event(x.id()).orElseThrow() == full.event(x.id()).orElseThrow(), where + ": lookup " + x.id());
        for (Source x : full.sources()) assertTrue(edited.source(x.id()).orElseThrow() == full.source(x.id()).orElseThrow(), where + ": lookup " + x.id());
    }

    private static Actor d(Dataset full, String id) {
        return full.actor(id).orElseThrow();
    }

    private Dataset roundTrip(Dataset d, String name) throws Exception {
        StringWriter text = new StringWriter();
        writer.write(d, text);
        LoadResult r = loader.load(name, new StringReader(text.toString()));
        assertTrue(r.dataset().isPresent(), name + ": " + r.errors());
        return r.dataset().get();
    }
}
