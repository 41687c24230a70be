package org.entente.logic.io.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A ZIP of CSV or TSV tables (what {@code convert --to csv-zip} and File → Export data write, and how
 * Palladio-style tables are often passed around): every table inside loads together, as an XLSX workbook's
 * sheets do. The ZIP is checked first not to unpack beyond a bound, so a "zip bomb" is refused.
 */
public final class CsvZipImporter implements DatasetImporter {

    static final long MAX_UNZIPPED_MB = 400;

    @Override
    public String format() {
        return "csv-zip";
    }

    @Override
    public String description() {
        return "ZIP of CSV tables";
    }

    @Override
    public int detect(ImportInput input) {
        if (!input.isZip()) return 0;
        String head = new String(input.bytes(), 0, Math.min(input.bytes().length, 4096), StandardCharsets.ISO_8859_1);
        if (head.contains("[Content_Types].xml") || head.contains("xl/") || head.contains("mimetype")) return 0;
        String lower = head.toLowerCase(Locale.ROOT);
        return lower.contains(".csv") || lower.contains(".tsv") ? 9 : input.lowerName().endsWith(".zip") ? 3 : 0;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        String tooBig = XlsxImporter.unzippedTooLarge(input.bytes(), MAX_UNZIPPED_MB);
        if (tooBig != null) {
            context.report().error(input.name(), "", tooBig.replace("workbook", "ZIP file"));
            return;
        }
        List<Table> tables = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(input.bytes()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (e.isDirectory() || name.contains("__MACOSX") || !(lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt"))) {
                    if (!e.isDirectory() && !name.contains("__MACOSX")) {
                        context.report().skipped(input.name(), name, "not a CSV or TSV table: left out");
                    }
                    continue;
                }
                ImportInput entry = new ImportInput(input.name() + "!/" + name, in.readAllBytes());
                Table t = SpreadsheetImporter.parse(entry, context);
                if (t != null) tables.add(TimelineJsSheet.isTemplate(t) ? TimelineJsSheet.combine(t) : t);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof java.util.concurrent.CancellationException c) throw c;
            context.report().error(input.name(), "", "not a readable ZIP of CSV tables: " + Quote.of(String.valueOf(e.getMessage())));
            return;
        }
        if (tables.isEmpty()) {
            context.report().error(input.name(), "", "the ZIP file holds no CSV or TSV table");
            return;
        }
        context.progress(0.5);
        new SheetMapper(context).map(tables);
    }
}
