package org.entente.logic.io.exporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.logic.io.AtomicWrite;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * The spreadsheet shape teachers fill in (and Kumu, Onodo and Palladio read): a folder with
 * {@code sources.csv}, {@code actors.csv} (with the {@code Short} display name), {@code ties.csv} (an open start
 * in {@code Known by}), {@code events.csv} and, when there are any, {@code figures.csv} (one number per row on
 * the actor, tie or event its {@code Item} names, with its {@code Qualifier} such as {@code more-than}),
 * multi-values separated by pipes, dates as Entente writes them. Importing the folder's files gives the same
 * dataset back.
 */
public final class CsvExporter implements DatasetExporter {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void export(Dataset d, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file: csv export writes a folder of CSV files; name a folder");
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : tables(d).entrySet()) {
            AtomicWrite.writeString(folder.resolve(file.getKey()), file.getValue());
        }
    }

    /** The four tables as CSV text by file name, sources first (so that importing them in this order resolves citations). */
    static Map<String, String> tables(Dataset d) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<String>>> sheet : sheets(d).entrySet()) {
            List<List<String>> rows = sheet.getValue();
            files.put(sheet.getKey() + ".csv", csv(rows.get(0), rows.subList(1, rows.size())));
        }
        return files;
    }

    /**
     * The tables by name ({@code sources}, {@code actors}, {@code ties}, {@code events}, and {@code figures} when
     * there are any), each a header row followed by one row per item; {@code null} where a value is absent.
     * The CSV files and the XLSX workbook's sheets are written from these.
     */
    static Map<String, List<List<String>>> sheets(Dataset d) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "Title", "Publisher", "Author", "Date", "URL", "Note"));
        for (Source s : d.sources()) {
            rows.add(Arrays.asList(s.id(), s.title(), s.publisher(), s.author(), t(s.date()), s.url(), s.note()));
        }
        sheets.put("sources", rows);
        rows = new ArrayList<>();
        rows.add(List.of("ID", "Name", "Short", "Kind", "Aliases", "Region", "Description", "Start", "End", "Note", "Citation"));
        for (Actor a : d.actors()) {
            rows.add(Arrays.asList(a.id(), a.name(), a.shortName(), a.kind(), String.join("|", a.aliases()), a.region(), a.summary(),
                    t(a.start()), t(a.end()), a.note(), String.join("|", a.sources())));
        }
        sheets.put("actors", rows);
        rows = new ArrayList<>();
        rows.add(List.of("ID", "From", "To", "Relation", "Start", "Known by", "End", "Description", "Certainty", "Note", "Citation"));
        for (Relation r : d.relations()) {
            rows.add(Arrays.asList(r.id(), r.from(), r.to(), r.type(), t(r.start()), t(r.knownBy()), t(r.end()), r.summary(), r.certainty(),
                    r.note(), String.join("|", r.sources())));
        }
        sheets.put("ties", rows);
        rows = new ArrayList<>();
        rows.add(List.of("ID", "Date", "End", "Title", "Description", "Actors", "Tags", "Note", "Citation"));
        for (Event e : d.events()) {
            rows.add(Arrays.asList(e.id(), t(e.date()), t(e.end()), e.title(), e.summary(), String.join("|", e.actors()),
                    String.join("|", e.tags()), e.note(), String.join("|", e.sources())));
        }
        sheets.put("events", rows);
        rows = new ArrayList<>();
        rows.add(List.of("Item", "Label", "Value", "Qualifier", "Unit", "When", "Citation"));
        for (Actor a : d.actors()) figureRows(rows, a.id(), a.figures());
        for (Relation r : d.relations()) figureRows(rows, r.id(), r.figures());
        for (Event e : d.events()) figureRows(rows, e.id(), e.figures());
        if (rows.size() > 1) {
            sheets.put("figures", rows);
        }
        return sheets;
    }

    private static void figureRows(List<List<String>> rows, String item, List<org.entente.model.Figure> figures) {
        for (org.entente.model.Figure f : figures) {
            String v = f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15 ? Long.toString((long) f.value()) : Double.toString(f.value());
            rows.add(Arrays.asList(item, f.label(), v, f.qualifier(), f.unit(), t(f.when()), String.join("|", f.sources())));
        }
    }

    private static String t(PartialDate d) {
        return d == null ? null : d.toString();
    }

    private static String csv(List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            for (List<String> r : rows) {
                p.printRecord(r.stream().map(v -> v == null || v.isEmpty() ? "" : v).toList());
            }
        }
        return sb.toString();
    }
}
