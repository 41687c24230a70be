package org.entente.logic.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Formats without a citable public sample, on files written for the hard cases. */
class OtherFormatsTest {

    private static ImportResult run(String name, byte[] bytes) {
        return Importers.standard().importAll(List.of(new ImportInput(name, bytes)), ImportOptions.defaults());
    }

    private static ImportResult run(String name, String text) {
        return run(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Dataset ok(ImportResult r) {
        assertFalse(r.report().hasErrors(), () -> r.report().problems().toString());
        return r.dataset().orElseThrow();
    }

    @Test
    void cytoscapeDesktopAndElementArray() {
        ImportResult desk = run("net.cyjs", """
                {"format_version":"1.0","elements":{"nodes":[{"data":{"id":"1","name":"Japan","kind":"country"}},
                {"data":{"id":"2","name":"NATO"}}],"edges":[{"data":{"id":"3","source":"1","target":"2","interaction":"partner","start":"2014"}}]}}
                """);
        assertEquals("cytoscape", desk.format());
        Dataset d = ok(desk);
        assertEquals("partner-of", d.relations().get(0).type());
        assertEquals("state", d.actor("1").orElseThrow().kind());
        ImportResult arr = run("elements.json", """
                [{"group":"nodes","data":{"id":"a","label":"A"}},{"group":"nodes","data":{"id":"b"}},
                 {"group":"edges","data":{"source":"a","target":"b"}},{"group":"edges","data":{"source":"a"}}]
                """);
        Dataset e = ok(arr);
        assertEquals(1, e.relations().size());
        assertTrue(arr.report().problems().get(0).format().startsWith("elements.json:edges[1]: warning: skipped"));
    }

    @Test
    void kumuProjectExport() {
        Dataset d = ok(run("kumu.json", """
                {"elements":[{"_id":"e1","attributes":{"label":"Japan","element type":"Country","tags":["g7","asia"]}},
                             {"_id":"e2","attributes":{"label":"G7","element type":"Organization"}}],
                 "connections":[{"_id":"c1","from":"e1","to":"e2","attributes":{"connection type":"Member"}}]}
                """));
        assertEquals("japan-member-of-g7", d.relations().get(0).id());
        assertEquals("organization", d.actor("g7").orElseThrow().kind());
        assertTrue(d.actor("japan").orElseThrow().note().contains("g7 | asia"));
    }

    @Test
    void timelineAppXmlWithFuzzyDatesAndCategories() {
        ImportResult r = run("history.timeline", """
                <?xml version="1.0" encoding="utf-8"?>
                <timeline><version>2.5.0</version><timetype>gregoriantime</timetype>
                <categories><category><name>War</name></category></categories>
                <events>
                  <event><start>1914-07-28 00:00:00</start><end>1918-11-11 11:00:00</end><text>First World War</text>
                    <fuzzy>False</fuzzy><category>War</category><description>Europe at war</description></event>
                  <event><start>1990-10-03 00:00:00</start><end>1990-10-03 00:00:00</end><text>Reunification</text><fuzzy>True</fuzzy></event>
                  <event><start>soon</start><end>soon</end><text>Bad</text></event>
                </events></timeline>
                """);
        assertEquals("timeline", r.format());
        Dataset d = ok(r);
        assertEquals(PartialDate.parse("1918-11-11"), d.events().get(0).end());
        assertEquals(List.of("War"), d.events().get(0).tags());
        assertTrue(d.events().get(1).date().isApproximate());
        assertEquals(null, d.events().get(1).end(), "a moment is not an interval");
        assertTrue(r.report().problems().get(0).format().startsWith("history.timeline:line 8, <event>: warning: skipped"),
                r.report().problems().toString());
    }

    @Test
    void timelineJsGoogleSheetTemplate() {
        Dataset d = ok(run("timeline-sheet.csv", """
                Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background
                -480,9,,,,,,,,Battle of Salamis,Greek fleet wins,https://example.org/s.jpg,Museum,A trireme,,,War,
                1949,4,4,,,,,,about April 1949,NATO founded,,,,,,,,
                600,,,,700,,,,,Seventh century,,,,,,era,,
                """));
        assertEquals(PartialDate.ofMonth(-480, 9), d.events().get(0).date());
        assertEquals("A trireme — Museum", d.source(d.events().get(0).sources().get(0)).orElseThrow().title());
        assertTrue(d.events().get(1).date().isApproximate());
        assertEquals(List.of("era"), d.events().get(2).tags());
        assertEquals(PartialDate.ofYear(700), d.events().get(2).end());
    }

    @Test
    void gexfIntegerTimeWithInfinityAndSeveralSpells() {
        Dataset d = ok(run("t.gexf", """
                <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic" timeformat="integer">
                <nodes><node id="a" label="Athens" start="-500"/><node id="b" label="Sparta" end="Infinity"/></nodes>
                <edges><edge source="a" target="b" label="ally"><spells><spell start="-481" end="-479"/><spell start="-Infinity" end="-460"/></spells></edge></edges>
                </graph></gexf>
                """));
        assertEquals(PartialDate.ofYear(-500), d.actor("a").orElseThrow().start());
        assertEquals(null, d.actor("b").orElseThrow().end());
        assertEquals(2, d.relations().size(), "one tie per spell");
        assertEquals("allied-with", d.relations().get(0).type());
        assertEquals(null, d.relations().get(1).start());
    }

    @Test
    void graphmlDefaultsAndGroups() {
        Dataset d = ok(run("g.graphml", """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="k" for="node" attr.name="kind" attr.type="string"><default>country</default></key>
                <key id="s" for="edge" attr.name="start" attr.type="string"/>
                <graph edgedefault="directed">
                  <node id="eu"><graph id="eu:"><node id="fr"/><node id="de"/></graph></node>
                  <edge source="fr" target="de"><data key="s">1963-01-22</data></edge>
                </graph></graphml>
                """));
        assertEquals("state", d.actor("fr").orElseThrow().kind(), "the key's default applies");
        assertTrue(d.relations().stream().anyMatch(r -> r.from().equals("fr") && r.to().equals("eu") && r.type().equals("part-of")));
        assertEquals(PartialDate.parse("1963-01-22"), d.relations().stream().filter(r -> r.to().equals("de")).findFirst().orElseThrow().start());
    }

    @Test
    void xlsxWorkbookWithSheetsAndDateCells() throws Exception {
        byte[] xlsx = xlsx(List.of("Actors", "Ties"), List.of(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Kind</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>France</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>Country</t></is></c></row>",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>From</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>To</t></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>Start</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>France</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>EU</t></is></c>"
                        + "<c r=\"C2\" s=\"1\"><v>19198</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>France</t></is></c></row>"));
        ImportResult r = run("book.xlsx", xlsx);
        assertEquals("xlsx", r.format());
        Dataset d = ok(r);
        assertEquals(PartialDate.parse("1952-07-23"), d.relations().get(0).start(), "a date cell is a day");
        assertEquals("state", d.actor("france").orElseThrow().kind());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.format().startsWith("book.xlsx:sheet 'Ties', row 3")),
                r.report().problems().toString());
    }

    @Test
    void zipBombIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 3; i++) zip.write(zeros);
            zip.closeEntry();
        }
        Importers small = new Importers(List.of(new XlsxImporter(2)));
        ImportResult r = small.importAll(List.of(new ImportInput("bomb.xlsx", bytes.toByteArray())), ImportOptions.defaults());
        assertTrue(r.report().hasErrors());
        assertTrue(r.report().errors().get(0).message().contains("unpacks to more than 2 MB"), r.report().problems().toString());
    }

    /** A minimal XLSX: one worksheet per name with the given row XML; style 1 is a date format. */
    static byte[] xlsx(List<String> sheets, List<String> rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            for (int i = 0; i < sheets.size(); i++) {
                int n = i + 1;
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                wb.append("<sheet name=\"").append(sheets.get(i)).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(n).append(".xml\"/>");
                put(zip, "xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + rows.get(i) + "</sheetData></worksheet>");
            }
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", wb.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
