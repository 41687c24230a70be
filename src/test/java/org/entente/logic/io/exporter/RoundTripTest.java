package org.entente.logic.io.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.logic.io.importer.ImportInput;
import org.entente.logic.io.importer.ImportOptions;
import org.entente.logic.io.importer.ImportResult;
import org.entente.logic.io.importer.Importers;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing what was exported gives back the same actors, ties, dates (with their precision) and events. */
class RoundTripTest {

    @TempDir
    Path dir;

    private static final Dataset DATA = new Dataset("entente/1", "Round trip", "", List.of(
            new Source("src-a", "A source, with a comma", "Pub", null, PartialDate.parse("2025-04"), "https://example.org/a", null)),
            List.of(
                    new Actor("athens", "Athens", "place", List.of("Athenai"), null, "A \"city\" state\nin Greece",
                            PartialDate.parse("~-0800"), PartialDate.parse("-0086"), null, List.of(), List.of("src-a")),
                    new Actor("persia", "Persia", "state", List.of(), null, null, null, null, null, List.of(), List.of("src-a")),
                    new Actor("nato", "NATO", "alliance", List.of(), null, null, PartialDate.parse("1949-04-04"), null, null, List.of(), List.of("src-a")),
                    new Actor("japan", "Japan", "state", List.of(), null, null, null, null, null, List.of(), List.of("src-a"))),
            List.of(
                    new Relation("athens-opposes-persia", "athens", "persia", "opposes", PartialDate.parse("-0499"),
                            PartialDate.parse("~-0449"), null, null, null, List.of(), List.of("src-a")),
                    new Relation("japan-partner-of-nato", "japan", "nato", "partner-of", PartialDate.parse("2014-05"), null,
                            "Partners", null, null, List.of(), List.of("src-a"))),
            List.of(new Event("ev-salamis", PartialDate.parse("-0480-09"), null, "Battle of Salamis", "Ships", List.of("athens", "persia"),
                            List.of("war", "antiquity"), null, List.of(), List.of("src-a")),
                    new Event("ev-rutte", PartialDate.parse("2025-04-09"), PartialDate.parse("2025-04-10"), "Rutte in Tokyo", null,
                            List.of("nato", "japan"), List.of(), null, List.of(), List.of("src-a"))),
            List.of());

    private Dataset reimport(Path... files) throws Exception {
        List<ImportInput> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(ImportInput.read(f));
        ImportResult r = Importers.standard().importAll(inputs, ImportOptions.defaults());
        assertFalse(r.report().hasErrors(), () -> r.report().problems().toString());
        return r.dataset().orElseThrow();
    }

    private static List<String> actors(Dataset d) {
        return d.actors().stream().map(a -> a.id() + "|" + a.name() + "|" + a.kind() + "|" + a.start() + "|" + a.end()).toList();
    }

    private static List<String> ties(Dataset d) {
        return d.relations().stream().map(r -> r.id() + "|" + r.from() + "|" + r.to() + "|" + r.type() + "|" + r.start() + "|" + r.end()).toList();
    }

    private static List<String> events(Dataset d) {
        return d.events().stream().map(e -> e.id() + "|" + e.date() + "|" + e.end() + "|" + e.title() + "|" + e.actors() + "|" + e.tags()).toList();
    }

    @Test
    void gexf() throws Exception {
        Path f = dir.resolve("d.gexf");
        new GexfExporter().export(DATA, f);
        Dataset back = reimport(f);
        assertEquals(actors(DATA), actors(back));
        assertEquals(ties(DATA), ties(back));
    }

    @Test
    void graphml() throws Exception {
        Path f = dir.resolve("d.graphml");
        new GraphmlExporter().export(DATA, f);
        Dataset back = reimport(f);
        assertEquals(actors(DATA), actors(back));
        assertEquals(ties(DATA), ties(back));
        assertEquals("A \"city\" state\nin Greece", back.actor("athens").orElseThrow().summary());
    }

    @Test
    void csvFolder() throws Exception {
        Path folder = dir.resolve("csv");
        new CsvExporter().export(DATA, folder);
        Dataset back = reimport(folder.resolve("sources.csv"), folder.resolve("actors.csv"), folder.resolve("ties.csv"), folder.resolve("events.csv"));
        assertEquals(actors(DATA), actors(back));
        assertEquals(ties(DATA), ties(back));
        assertEquals(events(DATA), events(back));
        assertEquals(List.of("Athenai"), back.actor("athens").orElseThrow().aliases());
        assertEquals(List.of("src-a"), back.relations().get(0).sources(), "citations by id find the sources sheet");
        assertEquals(DATA.actors().get(0).summary(), back.actor("athens").orElseThrow().summary());
    }

    @Test
    void csvZip() throws Exception {
        Path f = dir.resolve("spreadsheets.zip");
        new CsvZipExporter().export(DATA, f);
        Dataset back = reimport(f);
        assertEquals(actors(DATA), actors(back));
        assertEquals(ties(DATA), ties(back));
        assertEquals(events(DATA), events(back));
        assertEquals(List.of("src-a"), back.relations().get(0).sources(), "the ZIP's sources table is cited by id");
        assertEquals(DATA.actors().get(0).summary(), back.actor("athens").orElseThrow().summary());
    }

    @Test
    void xlsx() throws Exception {
        Path f = dir.resolve("spreadsheets.xlsx");
        new XlsxExporter().export(DATA, f);
        Dataset back = reimport(f);
        assertEquals(actors(DATA), actors(back));
        assertEquals(ties(DATA), ties(back));
        assertEquals(events(DATA), events(back));
        assertEquals(List.of("Athenai"), back.actor("athens").orElseThrow().aliases());
        assertEquals(List.of("src-a"), back.relations().get(0).sources(), "the workbook's sources sheet is cited by id");
        assertEquals(DATA.actors().get(0).summary(), back.actor("athens").orElseThrow().summary());
    }

    @Test
    void timelineJs() throws Exception {
        Path f = dir.resolve("t.json");
        new TimelineJsExporter().export(DATA, f);
        Dataset back = reimport(f);
        assertEquals(events(DATA), events(back));
    }

    /** What the bundled dataset relies on beyond names and dates: a short display name, an open start, a bounded figure. */
    private static final Dataset NUANCED = new Dataset("entente/1", "Nuanced", "", List.of(
            new Source("src-a", "A source", null, null, null, null, null)),
            List.of(new Actor("nsatu", "NATO Security Assistance and Training for Ukraine", "initiative", List.of(), null, null,
                            PartialDate.parse("~2024-07"), null, null, List.of(), List.of("src-a"), "NSATU"),
                    new Actor("japan", "Japan", "state", List.of(), null, null, null, null, null,
                            List.of(new org.entente.model.Figure("Total assistance to Ukraine", 9, "billion USD", PartialDate.parse("~2024"),
                                    List.of("src-a"), "more-than")), List.of("src-a"), null)),
            List.of(new Relation("japan-partner-of-nsatu", "japan", "nsatu", "partner-of", null, null, null, null, null,
                    List.of(new org.entente.model.Figure("Staff sent", 2, "people", null, List.of("src-a"), "about")), List.of("src-a"),
                    PartialDate.parse("2025-02"))),
            List.of(), List.of());

    private static String nuance(Dataset d) {
        return d.actors().stream().map(a -> a.id() + " short=" + a.shortName() + " figures=" + a.figures()).toList()
                + " " + d.relations().stream().map(r -> r.id() + " start=" + r.start() + " knownBy=" + r.knownBy() + " figures=" + r.figures()).toList();
    }

    private static String shortAndKnownBy(Dataset d) {
        return d.actors().stream().map(a -> a.id() + " short=" + a.shortName()).toList()
                + " " + d.relations().stream().map(r -> r.id() + " start=" + r.start() + " knownBy=" + r.knownBy()).toList();
    }

    @Test
    void csvCarriesShortNamesKnownByAndFiguresWithTheirQualifier() throws Exception {
        Path folder = dir.resolve("nuanced");
        new CsvExporter().export(NUANCED, folder);
        Dataset back = reimport(folder.resolve("sources.csv"), folder.resolve("actors.csv"), folder.resolve("ties.csv"),
                folder.resolve("figures.csv"));
        assertEquals(nuance(NUANCED), nuance(back));
        Path zip = dir.resolve("nuanced.zip");
        new CsvZipExporter().export(NUANCED, zip);
        assertEquals(nuance(NUANCED), nuance(reimport(zip)));
        Path xlsx = dir.resolve("nuanced.xlsx");
        new XlsxExporter().export(NUANCED, xlsx);
        assertEquals(nuance(NUANCED), nuance(reimport(xlsx)));
    }

    @Test
    void gexfAndGraphmlCarryShortNamesAndKnownBy() throws Exception {
        Path gexf = dir.resolve("n.gexf");
        new GexfExporter().export(NUANCED, gexf);
        assertEquals(shortAndKnownBy(NUANCED), shortAndKnownBy(reimport(gexf)));
        Path graphml = dir.resolve("n.graphml");
        new GraphmlExporter().export(NUANCED, graphml);
        assertEquals(shortAndKnownBy(NUANCED), shortAndKnownBy(reimport(graphml)));
    }
}
