package org.entente.logic.io.importer;

import java.util.List;
import java.util.Map;

/**
 * How one table (a CSV file or an XLSX sheet) was understood: its role and what each header was mapped to,
 * so the preview can show it and let the user change it.
 */
public record TableMapping(String file, String sheet, TableRole role, List<String> headers, Map<String, Field> fields, int rows) {

    public TableMapping {
        headers = List.copyOf(headers);
        fields = Map.copyOf(fields);
    }
}
