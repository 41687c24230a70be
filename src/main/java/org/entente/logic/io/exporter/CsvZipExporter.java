package org.entente.logic.io.exporter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.entente.logic.io.AtomicWrite;
import org.entente.model.Dataset;

/**
 * The spreadsheet shape of {@link CsvExporter} as one ZIP file ({@code sources.csv}, {@code actors.csv},
 * {@code ties.csv}, {@code events.csv}), which is easier to mail to a class than a folder; Entente's import
 * reads the ZIP back as one dataset. {@link XlsxExporter} writes the same tables as one workbook.
 */
public final class CsvZipExporter implements DatasetExporter {

    @Override
    public String format() {
        return "csv-zip";
    }

    @Override
    public void export(Dataset dataset, Path target) throws IOException {
        Map<String, String> tables = CsvExporter.tables(dataset);
        AtomicWrite.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> t : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry(t.getKey()));
                zip.write(t.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        });
    }
}
