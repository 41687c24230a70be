package org.entente.logic.io.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * XLSX workbooks (Excel, LibreOffice, Kumu's and Onodo's exports), one table per sheet, read with
 * fastexcel-reader after checking that the ZIP does not unpack to more than a bound (400 MB by default)
 * (a "zip bomb" is refused, not expanded). Date-formatted number cells become days; the sheets go to
 * {@link SheetMapper} together, so a workbook's actors, ties, events and sources sheets load as one.
 */
public final class XlsxImporter implements DatasetImporter {

    static final long MAX_UNZIPPED_MB = 400;

    private final long maxUnzippedMb;

    public XlsxImporter() {
        this(MAX_UNZIPPED_MB);
    }

    /** An importer refusing workbooks that unpack to more than {@code maxUnzippedMb} megabytes. */
    public XlsxImporter(long maxUnzippedMb) {
        this.maxUnzippedMb = maxUnzippedMb;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String description() {
        return "XLSX workbook";
    }

    @Override
    public int detect(ImportInput input) {
        if (!input.isZip()) return 0;
        String head = new String(input.bytes(), 0, Math.min(input.bytes().length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("[Content_Types].xml") || head.contains("xl/") || input.lowerName().endsWith(".xlsx") ? 10 : 0;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        String tooBig = unzippedTooLarge(input.bytes(), maxUnzippedMb);
        if (tooBig != null) {
            context.report().error(input.name(), "", tooBig);
            return;
        }
        List<Table> tables = new ArrayList<>();
        DateReader dates = new DateReader();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(input.bytes()), new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            for (Sheet sheet : sheets) {
                List<String> header = null;
                List<Table.Row> rows = new ArrayList<>();
                try (var stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            cells.add(text(row.getCell(c), dates));
                        }
                        if (header == null) {
                            if (cells.stream().anyMatch(s -> s != null && !s.isBlank())) header = cells;
                        } else {
                            rows.add(new Table.Row(row.getRowNum(), cells));
                        }
                        if ((row.getRowNum() & 0x3fff) == 0) context.checkCancelled();
                    }
                }
                if (header != null) {
                    tables.add(new Table(input.name(), sheet.getName(), header, rows));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof java.util.concurrent.CancellationException c) throw c;
            context.report().error(input.name(), "", "not a readable XLSX workbook: " + Quote.of(String.valueOf(e.getMessage())));
            return;
        }
        if (tables.isEmpty()) {
            context.report().error(input.name(), "", "the workbook has no sheet with a header row");
            return;
        }
        context.progress(0.5);
        new SheetMapper(context).map(tables);
    }

    /** A cell as text: date-formatted numbers as ISO days, whole numbers without ".0". */
    private static String text(Cell cell, DateReader dates) {
        if (cell == null) return null;
        if (cell.getType() == CellType.NUMBER) {
            String fmt = cell.getDataFormatString();
            BigDecimal n = cell.asNumber();
            if (fmt != null && isDateFormat(fmt) && dates.excelSerial(n.doubleValue()) instanceof DateReader.Ok ok) {
                return ok.start().toString();
            }
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
        }
        String t = cell.getText();
        if (t != null && t.length() > SpreadsheetImporter.MAX_CELL) {
            return t.substring(0, SpreadsheetImporter.MAX_CELL);
        }
        return t;
    }

    static boolean isDateFormat(String format) {
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("0"));
    }

    /**
     * Why the ZIP is refused (it unpacks beyond the bound), or null; counts real bytes, not declared sizes. Reads
     * through the central directory, as spreadsheet programs do, so a workbook written by a streaming writer
     * (sizes after the data, as fastexcel and Entente's own export write them) is measured, not refused.
     */
    static String unzippedTooLarge(byte[] zip, long limitMb) {
        long limit = limitMb * 1024 * 1024;
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            int entries = 0;
            for (ZipArchiveEntry e : (Iterable<ZipArchiveEntry>) file.getEntries()::asIterator) {
                if (++entries > 10_000) return "the workbook holds more than 10,000 parts: refused as unsafe";
                try (InputStream in = file.getInputStream(e)) {
                    for (int n; (n = read(in, buf)) > 0; ) {
                        total += n;
                        if (total > limit) {
                            return "the workbook unpacks to more than " + limitMb + " MB: refused as unsafe (a \"zip bomb\" or far too large)";
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException ex) {
            return "not a readable XLSX workbook (a damaged ZIP file): " + Quote.of(String.valueOf(ex.getMessage()));
        }
        return null;
    }

    private static int read(InputStream in, byte[] buf) throws IOException {
        return in.read(buf);
    }
}
