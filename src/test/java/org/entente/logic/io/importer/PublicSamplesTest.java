package org.entente.logic.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Real files written by other tools (origins in src/test/resources/import/public/README.md). */
class PublicSamplesTest {

    private static final Path DIR = Path.of("src/test/resources/import/public");

    private static ImportResult load(String name) throws Exception {
        ImportInput in = ImportInput.read(DIR.resolve(name));
        return Importers.standard().importAll(List.of(in), ImportOptions.defaults());
    }

    private static Dataset ok(ImportResult r) {
        assertFalse(r.report().hasErrors(), () -> r.report().problems().toString());
        return r.dataset().orElseThrow();
    }

    @Test
    void gephiDynamicGexfKeepsStartsEndsAndSpells() throws Exception {
        ImportResult r = load("gephi-dynamics.gexf");
        assertEquals("gexf", r.format());
        Dataset d = ok(r);
        assertEquals(4, d.actors().size());
        assertEquals(PartialDate.parse("2009-03-01"), d.actor("0").orElseThrow().start());
        var visualization = d.actor("2").orElseThrow();
        assertEquals(null, visualization.start(), "its first spell has an open start");
        assertEquals(PartialDate.parse("2009-03-10"), visualization.end());
        assertTrue(visualization.note().contains("url") || visualization.note().contains("indegree"), visualization.note());
        assertEquals(5, d.relations().size());
        assertEquals(PartialDate.parse("2009-03-10"), d.relations().get(3).end());
    }

    @Test
    void gephiOpenIntervalsInDoubleTimeAreYears() throws Exception {
        Dataset d = ok(load("gephi-dynamics_openintervals.gexf"));
        assertEquals("growing slowly", d.actor("1").orElseThrow().name());
        assertTrue(d.actor("1").orElseThrow().note().contains("value: 15 (2000.0 – 2005.0)"), d.actor("1").orElseThrow().note());
    }

    @Test
    void gephiStaticAttributesWithDefaultsBecomeNotes() throws Exception {
        Dataset d = ok(load("gephi-data.gexf"));
        assertTrue(d.actor("3").orElseThrow().note().contains("frog: false"));
        assertTrue(d.actor("0").orElseThrow().note().contains("frog: true"), "the attribute's default applies");
    }

    @Test
    void gephiHierarchyBecomesPartOfTies() throws Exception {
        Dataset d = ok(load("gephi-hierarchy1.gexf"));
        assertTrue(d.relations().stream().anyMatch(t -> t.from().equals("c") && t.to().equals("b") && t.type().equals("part-of")));
    }

    @Test
    void yedGraphmlLabelsComeFromNameKeysAndNodeLabels() throws Exception {
        ImportResult r = load("yed-trial6.graphml");
        assertEquals("graphml", r.format());
        Dataset d = ok(r);
        assertEquals("MPLS Cloud", d.actor("n0").orElseThrow().name(), "an empty Name key falls back to yEd's label");
        assertEquals("BLR_Router", d.actor("n1").orElseThrow().name());
        assertFalse(d.relations().isEmpty());
    }

    @Test
    void timelineJsErasAndEvents() throws Exception {
        ImportResult r = load("timelinejs-eras.json");
        assertEquals("timelinejs", r.format());
        Dataset d = ok(r);
        assertTrue(d.events().stream().anyMatch(e -> e.tags().contains("era") && e.end() != null));
    }

    @Test
    void timelineJsCosmologicalScaleStartsWithTheBigBang() throws Exception {
        ImportResult r = load("timelinejs-cosmological.json");
        List<String> lines = r.report().problems().stream().map(ImportProblem::format).toList();
        assertTrue(lines.stream().noneMatch(l -> l.contains("13798000000")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("there is no year zero")), lines.toString());
        Dataset d = ok(r);
        org.entente.model.Event first = d.events().stream().min(java.util.Comparator.comparing(org.entente.model.Event::date)).orElseThrow();
        assertEquals(-13_798_000_000L, first.date().longYear());
        assertEquals("13.8 billion years ago", first.date().display());
    }

    @Test
    void cytoscapeDesktopCyjsKeepsNamesAndInteractions() throws Exception {
        ImportResult r = load("cytoscape-desktop-cyjshiny.cyjs");
        assertEquals("cytoscape", r.format());
        Dataset d = ok(r);
        assertEquals(14, d.actors().size());
        assertEquals(16, d.relations().size());
        assertEquals("1", d.actor("84").orElseThrow().name(), "the node's name, not its SUID");
        assertTrue(d.relations().stream().allMatch(t -> t.type().equals("interacts with")), "an unknown interaction is kept as written");
        assertTrue(r.report().keptAsIs().get("tie type").contains("interacts with"));
    }

    @Test
    void cytoscapeJsElementsObjectWithCompoundNodes() throws Exception {
        ImportResult r = load("cytoscapejs-cola-compound.json");
        assertEquals("cytoscape", r.format(), "a bare {nodes, edges} object is Cytoscape.js");
        Dataset d = ok(r);
        assertEquals(9, d.actors().size());
        assertEquals(7, d.relations().stream().filter(t -> !t.type().equals("part-of")).count());
        assertEquals(List.of("a>compound-2", "b>compound-1", "c>compound-1", "d>compound-3", "e>compound-3"),
                d.relations().stream().filter(t -> t.type().equals("part-of")).map(t -> t.from() + ">" + t.to()).sorted().toList(),
                "a compound node's children are part of it");
    }

    @Test
    void kumuProjectExportKeepsElementTypesAndAttributes() throws Exception {
        ImportResult r = load("kumu-snap-to-tutorial-project.json");
        assertEquals("kumu", r.format());
        Dataset d = ok(r);
        assertEquals(51, d.actors().size());
        assertEquals(113, d.relations().size());
        var ny = d.actor("new-york").orElseThrow();
        assertEquals("state", ny.kind(), "Kumu's element type State is Entente's state");
        assertTrue(ny.note().contains("2010 population: 19400867"), ny.note());
        assertTrue(d.relations().stream().anyMatch(t -> t.from().equals("idaho") && t.to().equals("nevada")));
    }
}
