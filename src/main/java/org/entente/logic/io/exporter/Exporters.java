package org.entente.logic.io.exporter;

import java.util.List;
import java.util.Optional;

/** The export formats Entente writes, by name. */
public final class Exporters {

    private final List<DatasetExporter> exporters;

    public Exporters(List<DatasetExporter> exporters) {
        this.exporters = List.copyOf(exporters);
    }

    public static Exporters standard() {
        return new Exporters(List.of(new GexfExporter(), new GraphmlExporter(), new CsvExporter(), new CsvZipExporter(), new XlsxExporter(), new TimelineJsExporter()));
    }

    public Optional<DatasetExporter> byName(String name) {
        return exporters.stream().filter(e -> e.format().equalsIgnoreCase(name)).findFirst();
    }

    public List<String> names() {
        return exporters.stream().map(DatasetExporter::format).toList();
    }
}
