package org.entente.logic.io.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV and TSV spreadsheets, with whatever delimiter the file uses (comma, semicolon, tab or pipe, found
 * from its header line), quoted and multi-line cells, any line ends and a BOM, parsed by Apache Commons CSV.
 * The table's meaning is worked out by {@link SheetMapper}.
 */
public final class SpreadsheetImporter implements DatasetImporter {

    /** Cells longer than this are refused with a message rather than carried into a dataset. */
    static final int MAX_CELL = 100_000;

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV or TSV spreadsheet";
    }

    @Override
    public int detect(ImportInput input) {
        if (input.isZip()) return 0;
        String head = input.head(4096);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<") || trimmed.startsWith("{") || trimmed.startsWith("[")) return 0;
        if (head.indexOf('\0') >= 0) return 0;
        String first = firstLine(head);
        int cells = Math.max(count(first, delimiter(first, input.lowerName())) + 1, 1);
        String n = input.lowerName();
        int byName = n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".tab") || n.endsWith(".txt") ? 2 : 0;
        return cells > 1 ? 5 + byName : byName;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        Table table;
        try {
            table = parse(input, context);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            context.report().error(input.name(), "", "not a readable CSV file: " + Quote.of(e.getMessage()));
            return;
        }
        if (table != null) {
            new SheetMapper(context).map(List.of(TimelineJsSheet.isTemplate(table) ? TimelineJsSheet.combine(table) : table));
        }
    }

    /** The table in a CSV or TSV file, or null (reported) when it has no header row. */
    static Table parse(ImportInput input, ImportContext context) throws IOException {
        String head = input.head(8192);
        char delimiter = delimiter(firstLine(head), input.lowerName());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setTrim(false).get();
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        try (Reader reader = reader(input.bytes()); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                boolean tooLong = false;
                for (int c = 0; c < record.size(); c++) {
                    String v = record.get(c);
                    if (v.length() > MAX_CELL) {
                        context.report().skipped(input.name(), "row " + number + ", column " + Table.letters(c),
                                "the cell holds " + String.format(java.util.Locale.ENGLISH, "%,d", v.length())
                                        + " characters; the limit is " + String.format(java.util.Locale.ENGLISH, "%,d", MAX_CELL)
                                        + " (starts " + Quote.of(v) + ")");
                        tooLong = true;
                        break;
                    }
                    cells.add(v);
                }
                if (tooLong) continue;
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Table.Row(number, cells));
                }
                if ((number & 0x3fff) == 0) {
                    context.checkCancelled();
                    context.progress(Math.min(0.5, (double) record.getCharacterPosition() / Math.max(1, input.bytes().length) / 2));
                }
            }
        }
        if (header == null) {
            context.report().error(input.name(), "", "the file is empty: a spreadsheet needs a header row (Name, Kind, ... or From, To, Type, ...)");
            return null;
        }
        return new Table(input.name(), null, header, rows);
    }

    private static Reader reader(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        Charset cs = isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        return new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), cs);
    }

    /** Whether the bytes decode as UTF-8 (checked on the first megabyte, which decides for old Excel files). */
    private static boolean isUtf8(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 20);
        while (n > 0 && n < bytes.length && (bytes[n] & 0xC0) == 0x80) n--;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, 0, n));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String firstLine(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                end = i;
                break;
            }
        }
        return text.substring(0, end);
    }

    /** The delimiter the header line uses most (outside quotes); tab for .tsv files. */
    static char delimiter(String headerLine, String fileName) {
        if (fileName.endsWith(".tsv") || fileName.endsWith(".tab")) return '\t';
        char best = ',';
        int bestCount = 0;
        for (char d : new char[] {',', '\t', ';', '|'}) {
            int c = count(headerLine, d);
            if (c > bestCount) {
                best = d;
                bestCount = c;
            }
        }
        return best;
    }

    private static int count(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == d && !quoted) n++;
        }
        return n;
    }
}
