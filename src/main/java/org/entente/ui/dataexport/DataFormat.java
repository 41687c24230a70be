package org.entente.ui.dataexport;

import java.util.List;

/**
 * A data format File → Export data… offers: the exporter's name ({@code convert --to}), the words the
 * dialog shows, the file extension suggested, and whether the target is a folder rather than a file.
 */
public record DataFormat(String format, String label, String extension, boolean folder) {

    /** The formats in the order the dialog lists them (spreadsheets first: what teachers ask for). */
    public static final List<DataFormat> ALL = List.of(
            new DataFormat("xlsx", "Spreadsheets: an XLSX workbook (actors, ties, events, sources sheets)", "xlsx", false),
            new DataFormat("csv-zip", "Spreadsheets: a ZIP of CSV tables (actors, ties, events, sources)", "zip", false),
            new DataFormat("csv", "Spreadsheets: a folder of CSV tables", "", true),
            new DataFormat("gexf", "Gephi: dynamic GEXF with spells", "gexf", false),
            new DataFormat("graphml", "GraphML with typed keys (yEd, Cytoscape, NetworkX)", "graphml", false),
            new DataFormat("timelinejs", "TimelineJS JSON (the events)", "json", false));

    /** The format named {@code format}; the first one when none is. */
    public static DataFormat byName(String format) {
        return ALL.stream().filter(f -> f.format().equals(format)).findFirst().orElse(ALL.get(0));
    }

    @Override
    public String toString() {
        return label;
    }
}
