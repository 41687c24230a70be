package org.entente.logic.io.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Kumu's JSON project exports: elements (label, element type, description, tags) and connections (from, to,
 * connection type), attributes either at the top of each item or under {@code attributes}; other
 * attributes kept in the note.
 */
public final class KumuImporter implements DatasetImporter {

    @Override
    public String format() {
        return "kumu";
    }

    @Override
    public String description() {
        return "Kumu JSON";
    }

    @Override
    public int detect(ImportInput input) {
        String h = JsonInput.squeezedHead(input);
        return h.startsWith("{") && h.contains("\"elements\":[") ? 15 : h.startsWith("{") && h.contains("\"connections\":[") ? 15 : 0;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        JsonElement root = JsonInput.parse(input, context, "Kumu");
        if (root == null) return;
        JsonArray elements = JsonInput.arr(root, "elements");
        JsonArray connections = JsonInput.arr(root, "connections");
        if (elements == null && connections == null) {
            context.report().error(input.name(), "", "no Kumu elements or connections");
            return;
        }
        DatasetBuilder b = context.builder();
        Map<String, String> ids = new HashMap<>();
        DateReader dates = new DateReader();
        if (elements != null) {
            for (int i = 0; i < elements.size(); i++) {
                if (!(elements.get(i) instanceof JsonObject o)) continue;
                String place = "elements[" + i + "]";
                Map<String, String> a = attributes(o);
                String id = a.remove("_id");
                String label = first(a, "label", "name");
                if (label == null && id == null) {
                    context.report().skipped(input.name(), place, "an element needs a label");
                    continue;
                }
                a.remove("id");
                DatasetBuilder.ActorDraft actor = b.actor(null, label != null ? label : id, input.name(), place);
                if (id != null) ids.put(id, actor.id());
                String kind = first(a, "element type", "type", "kind");
                if (kind != null) actor.kind(b.vocabulary().kind(kind));
                actor.summary(first(a, "description"));
                actor.start(date(dates, first(a, "start date", "start"))).end(date(dates, first(a, "end date", "end")));
                String tags = first(a, "tags");
                if (tags != null) actor.note("tags: " + tags);
                actor.note(GexfImporter.notes(a));
            }
        }
        if (connections != null) {
            for (int i = 0; i < connections.size(); i++) {
                if (!(connections.get(i) instanceof JsonObject o)) continue;
                String place = "connections[" + i + "]";
                Map<String, String> a = attributes(o);
                String from = first(a, "from");
                String to = first(a, "to");
                if (from == null || to == null) {
                    context.report().skipped(input.name(), place, "a connection needs from and to");
                    continue;
                }
                a.remove("_id");
                a.remove("id");
                String typeText = first(a, "connection type", "type", "label");
                String type = typeText == null ? "related-to" : b.vocabulary().type(typeText);
                if (typeText == null) context.report().keptAsIs("tie type", "related-to");
                b.relation(null, ids.containsKey(from) ? ids.get(from) : b.actorRef(from, input.name(), place),
                        ids.containsKey(to) ? ids.get(to) : b.actorRef(to, input.name(), place), type,
                        date(dates, first(a, "start date", "start")), date(dates, first(a, "end date", "end")),
                        first(a, "description"), null, GexfImporter.notes(a), List.of(), input.name(), place);
            }
        }
    }

    private static org.entente.model.PartialDate date(DateReader dates, String text) {
        return text != null && dates.read(text, DayOrder.UNSET) instanceof DateReader.Ok ok ? ok.start() : null;
    }

    /** Top-level and {@code attributes} fields by lower-case name; arrays joined with " | ". */
    private static Map<String, String> attributes(JsonObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        add(out, o);
        if (o.get("attributes") instanceof JsonObject attrs) add(out, attrs);
        return out;
    }

    private static void add(Map<String, String> out, JsonObject o) {
        o.entrySet().forEach(e -> {
            JsonElement v = e.getValue();
            String text = null;
            if (v.isJsonPrimitive()) text = v.getAsString();
            else if (v instanceof JsonArray arr) {
                StringBuilder sb = new StringBuilder();
                arr.forEach(x -> { if (x.isJsonPrimitive()) sb.append(sb.length() > 0 ? " | " : "").append(x.getAsString()); });
                text = sb.toString();
            }
            text = Texts.clean(text);
            if (text != null) out.put(e.getKey().toLowerCase(Locale.ROOT), text);
        });
    }

    private static String first(Map<String, String> a, String... keys) {
        return GexfImporter.take(a, keys);
    }
}
