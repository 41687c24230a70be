package org.entente.logic.io.exporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.entente.logic.io.AtomicWrite;
import org.entente.model.Dataset;

/**
 * The spreadsheet shape of {@link CsvExporter} as one XLSX workbook, because teachers open Excel or LibreOffice
 * rather than a folder of CSVs: sheets {@code sources}, {@code actors}, {@code ties}, {@code events} and, when
 * there are any, {@code figures}, in that order, with a bold, frozen header row. Dates are written as text the way
 * Entente writes them ({@code -0480-09}, {@code ~2024}), never as spreadsheet date numbers, which cannot hold a
 * BCE year or a precision; a figure's value is a number. Written with fastexcel (the writer half of the reader
 * the importer uses) straight into the stream {@link AtomicWrite} gives; Entente's XLSX import reads it back.
 */
public final class XlsxExporter implements DatasetExporter {

    /** Excel's limit on the characters of one cell; longer text is cut there rather than making a file Excel refuses. */
    static final int MAX_CELL = 32_767;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void export(Dataset dataset, Path target) throws IOException {
        Map<String, List<List<String>>> sheets = CsvExporter.sheets(dataset);
        AtomicWrite.write(target, out -> {
            Workbook wb = new Workbook(out, "Entente", "1.0");
            for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
                write(wb.newWorksheet(sheet.getKey()), sheet.getValue());
            }
            wb.finish();
        });
    }

    private static void write(Worksheet ws, List<List<String>> rows) {
        List<String> header = rows.get(0);
        int valueColumn = "figures".equals(ws.getName()) ? header.indexOf("Value") : -1;
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.range(0, 0, 0, header.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v == null || v.isEmpty()) continue;
                if (c == valueColumn && isNumber(v)) {
                    ws.value(r, c, Double.parseDouble(v));
                } else {
                    ws.value(r, c, v.length() > MAX_CELL ? v.substring(0, MAX_CELL) : v);
                }
            }
        }
    }

    private static boolean isNumber(String v) {
        try {
            double d = Double.parseDouble(v);
            return !Double.isNaN(d) && !Double.isInfinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
