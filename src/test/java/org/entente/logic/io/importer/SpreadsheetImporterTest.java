package org.entente.logic.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

class SpreadsheetImporterTest {

    private final Importers importers = Importers.standard();

    static ImportInput csv(String name, String text) {
        return new ImportInput(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult run(ImportOptions options, ImportInput... inputs) {
        return importers.importAll(List.of(inputs), options);
    }

    private Dataset ok(ImportResult r) {
        assertFalse(r.report().hasErrors(), () -> r.report().problems().toString());
        return r.dataset().orElseThrow();
    }

    @Test
    void delimitersQuotingLineEndsAndBomAreAllRead() {
        for (String sep : List.of(",", ";", "\t", "|")) {
            for (String eol : List.of("\n", "\r\n", "\r")) {
                String text = "\uFEFFName" + sep + "Kind" + sep + "Description" + eol
                        + "Japan" + sep + "Country" + sep + "\"An island state" + eol + "in East Asia, \"\"Nippon\"\"\"" + eol
                        + "\"NATO" + sep + " alliance\"" + sep + "alliance" + sep + eol;
                Dataset d = ok(run(ImportOptions.defaults(), csv("actors.csv", text)));
                assertEquals(2, d.actors().size(), "separator " + (int) sep.charAt(0) + " eol " + eol.length());
                Actor japan = d.actor("japan").orElseThrow();
                assertEquals("state", japan.kind(), "Country is Entente's 'state'");
                assertEquals("An island state" + eol + "in East Asia, \"Nippon\"", japan.summary());
                assertEquals("NATO" + sep + " alliance", d.actors().get(1).name());
            }
        }
    }

    @Test
    void windows1252FilesFromOldExcelKeepTheirAccents() {
        byte[] bytes = "Name,Kind\nCôte d'Ivoire,country\n".getBytes(Charset.forName("windows-1252"));
        Dataset d = ok(run(ImportOptions.defaults(), new ImportInput("a.csv", bytes)));
        assertEquals("Côte d'Ivoire", d.actors().get(0).name());
        assertEquals("cote-d-ivoire", d.actors().get(0).id(), "readable ASCII id");
    }

    @Test
    void palladioStyleFilesLoadTogetherWithSynonymsAndPipes() {
        ImportInput ties = csv("connections.csv", """
                Source,Target,Relation,Begin,To date,Citation,URL
                Japan,NATO|G7,partner,2014,,NATO news,https://nato.int/a
                France,European Union,Member,1952-07-23,NA,,
                Japan,Japan Ukraine pact,Signs,2024-06-13,,,
                """);
        ImportInput actors = csv("elements.csv", """
                Label,Type,Aliases,Region
                Japan,Country,Nippon|JP,indo-pacific
                NATO,Alliance,North Atlantic Treaty Organization,transatlantic
                Japan Ukraine pact,Treaty,,
                """);
        ImportResult r = run(ImportOptions.defaults(), actors, ties);
        Dataset d = ok(r);
        Relation jn = d.relation("japan-partner-of-nato").orElseThrow();
        assertEquals(PartialDate.ofYear(2014), jn.start());
        assertEquals("src-nato-news", jn.sources().get(0), "a row's citation becomes its source");
        assertEquals("https://nato.int/a", d.source("src-nato-news").orElseThrow().url());
        assertTrue(d.relation("japan-partner-of-g7").isPresent(), "pipe-separated ends make one tie each");
        assertEquals("member-of", d.relation("france-member-of-european-union").orElseThrow().type());
        assertEquals("signatory-of", d.relations().get(3).type());
        assertEquals("agreement", d.actor("japan-ukraine-pact").orElseThrow().kind());
        assertEquals(List.of("Nippon", "JP"), d.actor("japan").orElseThrow().aliases());
        assertTrue(d.actor("france").orElseThrow().sources().get(0).startsWith("src-import-connections"),
                "items without a source cite the imported file");
        assertEquals(2, r.mappings().size());
        assertEquals(TableRole.TIES, r.mappings().get(1).role());
        assertEquals(Field.FROM, r.mappings().get(1).fields().get("Source"));
    }

    @Test
    void eventsSheetWithActorsAndTags() {
        Dataset d = ok(run(ImportOptions.defaults(), csv("events.csv", """
                Date,Headline,Text,Actors,Tags
                c. 1990,Cold war ends,Walls fall,USA|USSR,history
                480 BC,Battle of Salamis,,Athens;Persia,war|antiquity
                """)));
        assertEquals(2, d.events().size());
        assertEquals("ev-1990-cold-war-ends", d.events().get(0).id());
        assertTrue(d.events().get(0).date().isApproximate());
        assertEquals(-480, d.events().get(1).date().year());
        assertEquals(List.of("athens", "persia"), d.events().get(1).actors());
        assertEquals(List.of("war", "antiquity"), d.events().get(1).tags());
    }

    @Test
    void ambiguousDateColumnStopsTheImportUntilTheUserChooses() {
        ImportInput ties = csv("ties.csv", "From,To,Type,Start\nJapan,NATO,partner,03/04/2025\nJapan,G7,member,05/06/2020\n");
        ImportResult r = run(ImportOptions.defaults(), ties);
        assertTrue(r.report().hasErrors());
        assertTrue(r.dataset().isEmpty(), "nothing is guessed");
        ImportProblem p = r.report().errors().get(0);
        assertEquals("ties.csv:row 2, column D (Start): error: 2 dates in this column, such as '03/04/2025', could be day-first"
                + " or month-first: choose one for the column (--day-first or --month-first)", p.format());
        Dataset d = ok(run(ImportOptions.defaults().withDayOrder(DayOrder.MONTH_FIRST), ties));
        assertEquals(PartialDate.ofDay(2025, 3, 4), d.relations().get(0).start());
        assertEquals(PartialDate.ofDay(2020, 5, 6), d.relations().get(1).start());
    }

    @Test
    void unusableRowsAreReportedWithTheirPlaceAndValue() {
        ImportResult r = run(ImportOptions.defaults(), csv("ties.csv", """
                From,To,Type,Start,End,Colour
                Japan,,partner,2020,,red
                Japan,NATO,partner,2020,2010,blue
                Japan,NATO,partner,soon\u0007,,green
                """));
        Dataset d = ok(r);
        List<String> lines = r.report().problems().stream().map(ImportProblem::format).toList();
        assertTrue(lines.contains("ties.csv:row 2, column B (To): warning: skipped: a tie needs both ends (From and To)"), lines.toString());
        assertTrue(lines.contains("ties.csv:row 3: warning: skipped: the tie ends (2010) before it starts (2020)"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ties.csv:row 4, column D (Start): warning: 'soon\\u0007' is not a date")), lines.toString());
        assertEquals(1, d.relations().size());
        assertEquals("Colour: green", d.relations().get(0).note(), "unmapped columns are kept in the note");
        assertEquals(2, r.report().skippedCount());
    }

    @Test
    void userColumnMappingOverridesTheHeaders() {
        ImportInput eu = csv("eu.csv", "member_state,accession_date,exit_date,languages\nUnited Kingdom,1973-01-01,2020-01-31,English\n");
        Dataset d = ok(run(ImportOptions.defaults().withColumns(Map.of("member_state", Field.NAME,
                "accession_date", Field.START, "exit_date", Field.END, "languages", Field.IGNORE)), eu));
        Actor uk = d.actors().get(0);
        assertEquals(PartialDate.ofDay(2020, 1, 31), uk.end());
        assertEquals(null, uk.note(), "an ignored column is not kept");
    }

    @Test
    void hugeCellIsRefusedWithAShortMessage() {
        String big = "x".repeat(10 * 1024 * 1024);
        ImportResult r = run(ImportOptions.defaults(), csv("big.csv", "Name,Description\nJapan," + big + "\nNATO,ok\n"));
        Dataset d = ok(r);
        assertEquals(1, d.actors().size());
        String msg = r.report().problems().get(0).format();
        assertTrue(msg.startsWith("big.csv:row 2, column B: warning: skipped: the cell holds 10,485,760 characters"), msg);
        assertTrue(msg.length() < 300, "the value is cut: " + msg.length());
    }

    @Test
    void unknownTablesAndBinaryFilesAreErrorsNotCrashes() {
        ImportResult r = run(ImportOptions.defaults(), new ImportInput("x.bin", new byte[] {0, 1, 2, 3, 0, 0}));
        assertTrue(r.report().hasErrors());
        assertTrue(r.report().errors().get(0).message().startsWith("not a format Entente can import"));
    }

    @Test
    void gephiIntervalCellsGiveOneTiePerSpellWithInfinityLeftOpen() {
        String nodes = "Id,Label,Interval\nfr,France,\"<[1958.0, Infinity]>\"\nuk,United Kingdom,\"<[1973.0, 2020.0]>\"\neec,EEC,\"[1958, 1993]; [1993, Infinity]\"\n";
        String edges = "Source,Target,Type,Id,Label,Interval,Weight\n"
                + "fr,eec,Directed,0,,\"<[1958.0, Infinity]>\",1.0\n"
                + "uk,eec,Directed,1,,\"<[1973-01-01, 1975-06-05]; (1975-06-05, 2020-01-31]>\",1.0\n"
                + "fr,uk,Undirected,2,,\"<[-Infinity, 1815.0]>\",1.0\n";
        ImportResult r = run(ImportOptions.defaults(), csv("nodes.csv", nodes), csv("edges.csv", edges));
        Dataset d = ok(r);
        List<Relation> uk = d.relations().stream().filter(t -> t.from().equals("uk")).toList();
        assertEquals(2, uk.size(), "two spells, two ties: " + d.relations());
        assertEquals("1973-01-01/1975-06-05", uk.get(0).start() + "/" + uk.get(0).end());
        assertEquals("1975-06-05/2020-01-31", uk.get(1).start() + "/" + uk.get(1).end());
        Relation france = d.relations().stream().filter(t -> t.from().equals("fr") && t.to().equals("eec")).findFirst().orElseThrow();
        assertEquals("1958", france.start().toString());
        assertEquals(null, france.end(), "Infinity leaves the end open");
        Relation old = d.relations().stream().filter(t -> t.to().equals("uk")).findFirst().orElseThrow();
        assertEquals(null, old.start(), "-Infinity leaves the start open");
        assertEquals("1815", old.end().toString());
        Actor eec = d.actor("eec").orElseThrow();
        assertEquals("1958", eec.start().toString());
        assertEquals(null, eec.end());
        assertEquals("2020", d.actor("uk").orElseThrow().end().toString());
    }

    @Test
    void anIntervalCellInAnotherSyntaxIsReportedWithItsPlace() {
        ImportResult r = run(ImportOptions.defaults(), csv("edges.csv", "Source,Target,Interval\na,b,1990 to 1995\n"));
        Dataset d = ok(r);
        assertEquals(1, d.relations().size(), "the tie stays, without dates");
        String problems = r.report().problems().toString();
        assertTrue(problems.contains("row 2") && problems.contains("1990 to 1995") && problems.contains("interval syntax"), problems);
    }
}
