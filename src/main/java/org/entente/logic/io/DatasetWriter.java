package org.entente.logic.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * Writes a dataset as an {@code entente/1} JSON file that the loader reads back unchanged: for generated
 * datasets, imports and the app's Save. Streams, so datasets of tens of thousands of ties write quickly.
 * The output is pretty-printed (two spaces, as the bundled file) in a stable order: items in dataset order,
 * fields in a fixed order, the file's unknown fields ({@link Dataset#extras()}) after the known ones. So
 * editing one actor changes only that actor's lines in a diff.
 */
public final class DatasetWriter {

    private static final Gson GSON = new com.google.gson.GsonBuilder().serializeNulls().create();

    /**
     * Writes {@code dataset} to {@code file} (UTF-8) through {@link AtomicWrite}: the file is replaced only
     * once the whole dataset is on disk, and text that cannot be UTF-8 (a lone surrogate) fails the write
     * with the old file untouched.
     */
    public void write(Dataset dataset, Path file) throws IOException {
        AtomicWrite.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
            write(dataset, w);
            w.flush();
        });
    }

    public void write(Dataset d, Writer out) throws IOException {
        NamesWritten w = new NamesWritten(out);
        w.setIndent("  ");
        w.beginObject();
        w.name("schema").value(d.schema() == null ? "entente/1" : d.schema());
        w.name("title").value(d.title());
        w.name("description").value(d.description());
        extras(w, d, "");
        w.name("sources").beginArray();
        for (Source s : d.sources()) {
            w.beginObject();
            w.name("id").value(s.id());
            w.name("title").value(s.title());
            opt(w, "publisher", s.publisher());
            opt(w, "author", s.author());
            opt(w, "date", s.date());
            opt(w, "url", s.url());
            opt(w, "note", s.note());
            extras(w, d, Dataset.extrasKey("sources", s.id()));
            w.endObject();
        }
        w.endArray();
        w.name("actors").beginArray();
        for (Actor a : d.actors()) {
            w.beginObject();
            w.name("id").value(a.id());
            w.name("name").value(a.name());
            opt(w, "short", a.shortName());
            w.name("kind").value(a.kind());
            if (!a.aliases().isEmpty()) strings(w, "aliases", a.aliases());
            opt(w, "region", a.region());
            opt(w, "summary", a.summary());
            opt(w, "start", a.start());
            opt(w, "end", a.end());
            opt(w, "note", a.note());
            figures(w, a.figures());
            strings(w, "sources", a.sources());
            extras(w, d, Dataset.extrasKey("actors", a.id()));
            w.endObject();
        }
        w.endArray();
        w.name("relations").beginArray();
        for (Relation r : d.relations()) {
            w.beginObject();
            w.name("id").value(r.id());
            w.name("from").value(r.from());
            w.name("to").value(r.to());
            w.name("type").value(r.type());
            opt(w, "start", r.start());
            opt(w, "knownBy", r.knownBy());
            opt(w, "end", r.end());
            opt(w, "summary", r.summary());
            opt(w, "certainty", r.certainty());
            opt(w, "note", r.note());
            figures(w, r.figures());
            strings(w, "sources", r.sources());
            extras(w, d, Dataset.extrasKey("relations", r.id()));
            w.endObject();
        }
        w.endArray();
        w.name("events").beginArray();
        for (Event e : d.events()) {
            w.beginObject();
            w.name("id").value(e.id());
            w.name("date").value(e.date().toString());
            opt(w, "end", e.end());
            w.name("title").value(e.title());
            opt(w, "summary", e.summary());
            strings(w, "actors", e.actors());
            if (!e.tags().isEmpty()) strings(w, "tags", e.tags());
            opt(w, "note", e.note());
            figures(w, e.figures());
            strings(w, "sources", e.sources());
            extras(w, d, Dataset.extrasKey("events", e.id()));
            w.endObject();
        }
        w.endArray();
        if (!d.disputes().isEmpty()) {
            w.name("disputes").beginArray();
            for (Dispute dispute : d.disputes()) {
                w.beginObject();
                w.name("id").value(dispute.id());
                w.name("summary").value(dispute.summary());
                strings(w, "subjects", dispute.subjects());
                w.name("positions").beginArray();
                for (Dispute.Position p : dispute.positions()) {
                    w.beginObject();
                    w.name("claim").value(p.claim());
                    strings(w, "sources", p.sources());
                    extras(w, p.extras(), false);
                    w.endObject();
                }
                w.endArray();
                extras(w, d, Dataset.extrasKey("disputes", dispute.id()));
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
        w.flush();
    }

    /** The dataset's own fields: its lists are written after its unknown fields, so these names are never kept. */
    private static final java.util.Set<String> TOP_FIELDS = java.util.Set.of("schema", "title", "description", "sources",
            "actors", "relations", "events", "disputes");

    /**
     * Writes the unknown fields of an item, except one named like a field already written: a file opened to
     * fix keeps an unreadable date or a wrongly typed value there (see the loader's lenient mapping), and once
     * the user gives the field a good value, that value is the one written.
     */
    private static void extras(NamesWritten w, Dataset d, String key) throws IOException {
        if (d.extras().isEmpty()) return;
        extras(w, d.extrasOf(key), key.isEmpty());
    }

    /** An object's unknown fields, after its known ones, as the file had them (those shadowed by a written field left out). */
    private static void extras(NamesWritten w, Map<String, String> fields, boolean top) throws IOException {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (w.written(e.getKey()) || (top && TOP_FIELDS.contains(e.getKey()))) continue;
            w.name(e.getKey());
            GSON.toJson(JsonParser.parseString(e.getValue()), w);
        }
    }

    /** A JSON writer that knows the names written so far in each object it is inside. */
    private static final class NamesWritten extends JsonWriter {
        private final java.util.ArrayDeque<java.util.Set<String>> names = new java.util.ArrayDeque<>();

        NamesWritten(Writer out) {
            super(out);
        }

        @Override
        public JsonWriter beginObject() throws IOException {
            names.push(new java.util.HashSet<>());
            return super.beginObject();
        }

        @Override
        public JsonWriter endObject() throws IOException {
            names.pop();
            return super.endObject();
        }

        @Override
        public JsonWriter name(String name) throws IOException {
            if (!names.isEmpty()) names.peek().add(name);
            return super.name(name);
        }

        boolean written(String name) {
            return !names.isEmpty() && names.peek().contains(name);
        }
    }

    private static void opt(JsonWriter w, String name, String value) throws IOException {
        if (value != null) w.name(name).value(value);
    }

    private static void opt(JsonWriter w, String name, PartialDate value) throws IOException {
        if (value != null) w.name(name).value(value.toString());
    }

    private static void strings(JsonWriter w, String name, List<String> values) throws IOException {
        w.name(name).beginArray();
        for (String v : values) w.value(v);
        w.endArray();
    }

    private static void figures(NamesWritten w, List<Figure> figures) throws IOException {
        if (figures.isEmpty()) return;
        w.name("figures").beginArray();
        for (Figure f : figures) {
            w.beginObject();
            w.name("label").value(f.label());
            w.name("value").value(f.value());
            opt(w, "qualifier", f.qualifier());
            opt(w, "unit", f.unit());
            opt(w, "when", f.when());
            strings(w, "sources", f.sources());
            extras(w, f.extras(), false);
            w.endObject();
        }
        w.endArray();
    }
}
