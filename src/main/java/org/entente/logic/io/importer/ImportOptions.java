package org.entente.logic.io.importer;

import java.util.Map;

/**
 * What the user chose for an import: a format instead of detection, how to read numeric dates, and column
 * mappings that override the detected ones (header text to field name, for every table that has the header).
 *
 * @param format  null to detect from the content
 * @param title   null to title the dataset after the first file
 */
public record ImportOptions(String format, DayOrder dayOrder, Map<String, Field> columns, String title) {

    public ImportOptions {
        dayOrder = dayOrder == null ? DayOrder.UNSET : dayOrder;
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, DayOrder.UNSET, Map.of(), null);
    }

    public ImportOptions withDayOrder(DayOrder order) {
        return new ImportOptions(format, order, columns, title);
    }

    public ImportOptions withColumns(Map<String, Field> mapping) {
        return new ImportOptions(format, dayOrder, mapping, title);
    }

    public ImportOptions withFormat(String name) {
        return new ImportOptions(name, dayOrder, columns, title);
    }
}
