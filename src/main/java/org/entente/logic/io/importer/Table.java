package org.entente.logic.io.importer;

import java.util.List;

/**
 * One rectangular table read from a CSV file or an XLSX sheet, with the row numbers a spreadsheet program
 * shows (the header is row 1), so every message can point at the right row.
 *
 * @param sheet null for a CSV file
 */
public record Table(String file, String sheet, List<String> header, List<Row> rows) {

    /** One data row: its number as the spreadsheet shows it, and its cells (may be shorter than the header). */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    /** "sheet 'Ties', row 5, column C (Start)" or "row 5, column C (Start)" for a CSV file. */
    public String place(int row, int column) {
        StringBuilder sb = new StringBuilder();
        if (sheet != null) sb.append("sheet '").append(sheet).append("', ");
        sb.append("row ").append(row);
        if (column >= 0) {
            sb.append(", column ").append(letters(column));
            if (column < header.size()) sb.append(" (").append(header.get(column)).append(')');
        }
        return sb.toString();
    }

    /** A, B, ..., Z, AA, AB, ... as spreadsheets name columns. */
    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
