package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.entente.model.Dataset;

/**
 * The importers Entente knows, and the one way to run them: each file's format is detected from its
 * content (or named by the user), every file is read into one builder (so Palladio-style tables split
 * over several files load together), and the dataset is made only when nothing stopped the import.
 */
public final class Importers {

    private final List<DatasetImporter> importers;

    public Importers(List<DatasetImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every format Entente reads. */
    public static Importers standard() {
        return new Importers(List.of(new SpreadsheetImporter(), new XlsxImporter(), new CsvZipImporter(), new GexfImporter(), new GraphmlImporter(),
                new TimelineXmlImporter(), new CytoscapeImporter(), new TimelineJsImporter(), new KumuImporter()));
    }

    public List<DatasetImporter> all() {
        return importers;
    }

    /** The importer named {@code format}, if any. */
    public Optional<DatasetImporter> byName(String format) {
        return importers.stream().filter(i -> i.format().equalsIgnoreCase(format)).findFirst();
    }

    /** The importer surest that {@code input} is its format, if any is at all. */
    public Optional<DatasetImporter> detect(ImportInput input) {
        return importers.stream().filter(i -> i.detect(input) > 0).max(Comparator.comparingInt(i -> i.detect(input)));
    }

    /** The format names, for help texts. */
    public List<String> names() {
        return importers.stream().map(DatasetImporter::format).toList();
    }

    /** Imports without progress or Cancel. */
    public ImportResult importAll(List<ImportInput> inputs, ImportOptions options) {
        return importAll(inputs, options, () -> false, f -> { });
    }

    /**
     * Imports {@code inputs} into one dataset.
     *
     * @throws CancellationException when {@code cancelled} turned true
     */
    public ImportResult importAll(List<ImportInput> inputs, ImportOptions options, BooleanSupplier cancelled, DoubleConsumer progress) {
        ImportReport report = new ImportReport();
        DatasetBuilder builder = new DatasetBuilder(report);
        List<String> formats = new ArrayList<>();
        List<TableMapping> mappings = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ImportInput input = inputs.get(i);
            Optional<DatasetImporter> importer = options.format() != null ? byName(options.format()) : detect(input);
            if (importer.isEmpty()) {
                report.error(input.name(), "", options.format() != null
                        ? "unknown format " + Quote.of(options.format()) + ": use one of " + String.join(", ", names())
                        : "not a format Entente can import (" + String.join(", ", names())
                        + "); an entente/1 dataset opens with File → Open");
                continue;
            }
            int index = i;
            ImportContext context = new ImportContext(builder, options, cancelled,
                    f -> progress.accept((index + Math.max(0, Math.min(1, f))) / inputs.size()));
            try {
                importer.get().read(input, context);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException | OutOfMemoryError e) {
                report.error(input.name(), "", "could not be read as " + importer.get().description() + ": "
                        + Quote.of(String.valueOf(e.getMessage())));
            }
            if (!formats.contains(importer.get().format())) formats.add(importer.get().format());
            mappings.addAll(context.mappings());
        }
        String title = options.title() != null ? options.title()
                : inputs.isEmpty() ? "Imported data" : inputs.get(0).baseName();
        Dataset dataset = builder.build(title, "Imported by Entente from " + String.join(", ",
                inputs.stream().map(ImportInput::lowerName).toList()) + ".");
        Optional<Dataset> result = report.hasErrors() ? Optional.empty() : Optional.of(dataset);
        return new ImportResult(result, report, String.join("+", formats), mappings);
    }
}
