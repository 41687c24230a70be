package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Cytoscape desktop's {@code .cyjs} files and Cytoscape.js element arrays ({@code [{group, data}]},
 * {@code {elements: {nodes, edges}}} or a bare {@code {nodes, edges}}): a node's {@code name}/{@code label}, an
 * edge's {@code interaction} as its type, kind and dates where the data has them, a compound node's children
 * {@code part-of} it (from {@code data.parent}), other data fields kept in the note.
 */
public final class CytoscapeImporter implements DatasetImporter {

    @Override
    public String format() {
        return "cytoscape";
    }

    @Override
    public String description() {
        return "Cytoscape JSON (.cyjs, Cytoscape.js elements)";
    }

    @Override
    public int detect(ImportInput input) {
        String h = JsonInput.squeezedHead(input);
        if (h.startsWith("{") && h.contains("\"elements\":{") && (h.contains("\"nodes\"") || h.contains("\"edges\""))) return 15;
        if (h.startsWith("{") && h.contains("\"elements\":[{\"data\":{")) return 16;
        if (h.startsWith("{\"nodes\":[{\"data\":{") || h.startsWith("{\"edges\":[{\"data\":{")) return 14;
        if (h.startsWith("[{") && h.contains("\"data\":{") && (h.contains("\"group\":\"nodes\"") || h.contains("\"source\""))) return 12;
        return 0;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        JsonElement root = JsonInput.parse(input, context, "Cytoscape");
        if (root == null) return;
        List<JsonObject> nodes = new ArrayList<>();
        List<JsonObject> edges = new ArrayList<>();
        JsonElement elements = !root.isJsonObject() ? root
                : root.getAsJsonObject().has("elements") ? root.getAsJsonObject().get("elements") : root;
        if (elements instanceof JsonArray arr) {
            for (JsonElement e : arr) {
                if (!(e instanceof JsonObject o)) continue;
                JsonObject data = JsonInput.obj(o, "data");
                boolean edge = "edges".equals(JsonInput.str(o, "group")) || (data != null && data.has("source") && data.has("target"));
                (edge ? edges : nodes).add(o);
            }
        } else if (elements instanceof JsonObject o) {
            JsonArray n = JsonInput.arr(o, "nodes");
            JsonArray e = JsonInput.arr(o, "edges");
            if (n != null) n.forEach(x -> { if (x instanceof JsonObject j) nodes.add(j); });
            if (e != null) e.forEach(x -> { if (x instanceof JsonObject j) edges.add(j); });
        } else {
            context.report().error(input.name(), "", "no Cytoscape elements: expected \"elements\" with nodes and edges");
            return;
        }
        DatasetBuilder b = context.builder();
        DateReader dates = new DateReader();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonObject data = JsonInput.obj(nodes.get(i), "data");
            String place = "nodes[" + i + "]";
            String id = JsonInput.str(data, "id");
            if (id == null) {
                context.report().skipped(input.name(), place, "a node needs data.id");
                continue;
            }
            Map<String, String> rest = fields(data, "id", "name", "label", "shared_name", "SUID", "selected", "kind", "type",
                    "category", "description", "summary", "start", "end", "parent");
            DatasetBuilder.ActorDraft a = b.actor(id, JsonInput.str(data, "name", "label", "shared_name", "id"), input.name(), place);
            ids.put(id, a.id());
            String kind = JsonInput.str(data, "kind", "type", "category");
            if (kind != null) a.kind(b.vocabulary().kind(kind));
            a.summary(JsonInput.str(data, "description", "summary"));
            a.start(date(dates, JsonInput.str(data, "start"))).end(date(dates, JsonInput.str(data, "end")));
            a.note(GexfImporter.notes(rest));
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonObject data = JsonInput.obj(nodes.get(i), "data");
            String parent = JsonInput.str(data, "parent");
            String child = JsonInput.str(data, "id");
            if (parent == null || child == null || !ids.containsKey(child)) continue;
            String place = "nodes[" + i + "]";
            b.relation(null, ids.get(child), ids.containsKey(parent) ? ids.get(parent) : b.actorRef(parent, input.name(), place), "part-of",
                    null, null, null, null, "Cytoscape compound node: the node sits inside its parent.", List.of(), input.name(), place);
        }
        for (int i = 0; i < edges.size(); i++) {
            JsonObject data = JsonInput.obj(edges.get(i), "data");
            String place = "edges[" + i + "]";
            String from = JsonInput.str(data, "source");
            String to = JsonInput.str(data, "target");
            if (from == null || to == null) {
                context.report().skipped(input.name(), place, "an edge needs data.source and data.target");
                continue;
            }
            String typeText = JsonInput.str(data, "interaction", "type", "relation", "label");
            String type = typeText == null ? "related-to" : b.vocabulary().type(typeText);
            if (typeText == null) context.report().keptAsIs("tie type", "related-to");
            Map<String, String> rest = fields(data, "id", "source", "target", "interaction", "type", "relation", "label", "name",
                    "shared_name", "shared_interaction", "SUID", "selected", "description", "summary", "start", "end");
            b.relation(null, ids.containsKey(from) ? ids.get(from) : b.actorRef(from, input.name(), place),
                    ids.containsKey(to) ? ids.get(to) : b.actorRef(to, input.name(), place), type,
                    date(dates, JsonInput.str(data, "start")), date(dates, JsonInput.str(data, "end")),
                    JsonInput.str(data, "description", "summary"), null, GexfImporter.notes(rest), List.of(), input.name(), place);
        }
    }

    private static org.entente.model.PartialDate date(DateReader dates, String text) {
        return text != null && dates.read(text, DayOrder.UNSET) instanceof DateReader.Ok ok ? ok.start() : null;
    }

    private static Map<String, String> fields(JsonObject data, String... skip) {
        Map<String, String> out = new LinkedHashMap<>();
        if (data == null) return out;
        List<String> s = List.of(skip);
        data.entrySet().forEach(e -> {
            if (!s.contains(e.getKey()) && e.getValue().isJsonPrimitive()) out.put(e.getKey(), e.getValue().getAsString());
        });
        return out;
    }
}
