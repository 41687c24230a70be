package org.entente.logic.io.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.entente.model.PartialDate;

/**
 * GraphML with typed keys and defaults, including yEd's files: a node's label comes from a {@code label} or
 * {@code name} key or yEd's {@code y:NodeLabel}; yEd group nodes (a node holding a nested graph) become
 * actors their members are {@code part-of}; kind, type, start, end and description keys are mapped and
 * every other key is kept in the note.
 *
 * <p>Read with the JDK's StAX through {@link SecureXml} rather than jgrapht-io's {@code GraphMLImporter}, because
 * jgrapht-io builds a graph of plain vertices and drops what Entente needs (yEd's label elements, nested group
 * graphs, the line of each element for messages) and would add a second XML stack to harden against XXE.
 */
public final class GraphmlImporter implements DatasetImporter {

    @Override
    public String format() {
        return "graphml";
    }

    @Override
    public String description() {
        return "GraphML graph (yEd, Cytoscape, NetworkX)";
    }

    @Override
    public int detect(ImportInput input) {
        return SecureXml.rootName(input).equals("graphml") ? 20 : 0;
    }

    private static final class Item {
        final Map<String, String> attrs = new HashMap<>();
        final Map<String, String> data = new LinkedHashMap<>();
        String label;
        String parent;
        String place;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        ImportReport report = context.report();
        DatasetBuilder b = context.builder();
        Map<String, String> keyNames = new HashMap<>();
        Map<String, String> nodeDefaults = new LinkedHashMap<>();
        Map<String, String> edgeDefaults = new LinkedHashMap<>();
        Map<String, String> keyFor = new HashMap<>();
        List<Item> nodes = new ArrayList<>();
        List<Item> edges = new ArrayList<>();
        Deque<Item> open = new ArrayDeque<>();
        Deque<String> groups = new ArrayDeque<>();
        String keyId = null;
        String dataKey = null;
        try {
            XMLStreamReader r = SecureXml.open(input);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "key" -> {
                            keyId = r.getAttributeValue(null, "id");
                            String attrName = r.getAttributeValue(null, "attr.name");
                            String yfiles = r.getAttributeValue(null, "yfiles.type");
                            keyNames.put(keyId, attrName != null ? attrName : yfiles != null ? "yfiles:" + yfiles : keyId);
                            keyFor.put(keyId, String.valueOf(r.getAttributeValue(null, "for")));
                        }
                        case "default" -> {
                            String text = r.getElementText().strip();
                            if (keyId != null && !text.isEmpty()) {
                                ("edge".equals(keyFor.get(keyId)) ? edgeDefaults : nodeDefaults).put(keyId, text);
                            }
                        }
                        case "graph" -> groups.push(open.isEmpty() ? "" : open.peek().attrs.get("id"));
                        case "node", "edge" -> {
                            Item item = new Item();
                            item.place = SecureXml.line(r) + ", <" + name + ">";
                            for (int i = 0; i < r.getAttributeCount(); i++) item.attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                            if (name.equals("node")) {
                                item.parent = groups.isEmpty() || groups.peek().isEmpty() ? null : groups.peek();
                                nodes.add(item);
                            } else {
                                edges.add(item);
                            }
                            open.push(item);
                        }
                        case "data" -> dataKey = r.getAttributeValue(null, "key");
                        case "NodeLabel", "EdgeLabel" -> {
                            String text = ownText(r);
                            if (!open.isEmpty() && open.peek().label == null && !text.isEmpty()) open.peek().label = text;
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && dataKey != null && !open.isEmpty()) {
                    String text = r.getText();
                    if (!text.isBlank()) open.peek().data.merge(dataKey, text.strip(), (a, c) -> a + c);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("data")) dataKey = null;
                    else if ((name.equals("node") || name.equals("edge")) && !open.isEmpty()) open.pop();
                    else if (name.equals("graph") && !groups.isEmpty()) groups.pop();
                    else if (name.equals("key")) keyId = null;
                }
            }
        } catch (XMLStreamException e) {
            report.error(input.name(), e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber(),
                    "not readable GraphML: " + Quote.of(SecureXml.why(e)));
            return;
        }
        DateReader dates = new DateReader();
        Map<String, String> ids = new HashMap<>();
        for (Item n : nodes) {
            String id = n.attrs.get("id");
            if (id == null) {
                report.skipped(input.name(), n.place, "a node needs an id");
                continue;
            }
            Map<String, String> v = named(n.data, nodeDefaults, keyNames);
            String label = GexfImporter.first(GexfImporter.take(v, "label", "name", "title"), Texts.clean(n.label));
            DatasetBuilder.ActorDraft a = b.actor(id, label != null ? label : id, input.name(), n.place);
            ids.put(id, a.id());
            String kind = GexfImporter.take(v, "kind", "type", "category", "class");
            if (kind != null) a.kind(b.vocabulary().kind(kind));
            a.summary(GexfImporter.take(v, "summary", "description"));
            a.region(GexfImporter.take(v, "region"));
            a.shortName(GexfImporter.take(v, "short"));
            a.start(date(dates, GexfImporter.take(v, "start"), report, input.name(), n.place));
            a.end(date(dates, GexfImporter.take(v, "end"), report, input.name(), n.place));
            a.note(GexfImporter.notes(v));
        }
        for (Item n : nodes) {
            if (n.parent != null && ids.containsKey(n.parent) && ids.containsKey(n.attrs.get("id"))) {
                b.relation(null, ids.get(n.attrs.get("id")), ids.get(n.parent), "part-of", null, null, null, null,
                        "a member of the group node in the GraphML file", List.of(), input.name(), n.place);
            }
        }
        for (Item e : edges) {
            String from = e.attrs.get("source");
            String to = e.attrs.get("target");
            if (from == null || to == null) {
                report.skipped(input.name(), e.place, "an edge needs a source and a target");
                continue;
            }
            Map<String, String> v = named(e.data, edgeDefaults, keyNames);
            String typeText = GexfImporter.first(GexfImporter.take(v, "type", "relation", "interaction", "label", "kind"), e.label);
            String type = typeText == null ? "related-to" : b.vocabulary().type(typeText);
            if (typeText == null) report.keptAsIs("tie type", "related-to");
            String knownBy = GexfImporter.take(v, "known-by");
            String made = b.relation(e.attrs.get("id"), ids.containsKey(from) ? ids.get(from) : b.actorRef(from, input.name(), e.place),
                    ids.containsKey(to) ? ids.get(to) : b.actorRef(to, input.name(), e.place), type,
                    date(dates, GexfImporter.take(v, "start"), report, input.name(), e.place),
                    date(dates, GexfImporter.take(v, "end"), report, input.name(), e.place),
                    GexfImporter.take(v, "summary", "description"), null, GexfImporter.notes(v), List.of(), input.name(), e.place);
            if (knownBy != null) b.knownBy(made, date(dates, knownBy, report, input.name(), e.place), input.name(), e.place);
        }
    }

    /** The text directly inside the current element, skipping child elements (yEd nests label models in labels). */
    private static String ownText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            else if (depth == 1 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) sb.append(r.getText());
        }
        return sb.toString().strip();
    }

    private static PartialDate date(DateReader dates, String text, ImportReport report, String file, String place) {
        if (text == null) return null;
        DateReader.Result r = dates.read(text, DayOrder.UNSET);
        if (r instanceof DateReader.Ok ok) return ok.start();
        report.warning(file, place, Quote.of(text) + " is not a date, left out");
        return null;
    }

    /** Data by key name (lower case), defaults first; yEd's graphics keys are dropped (their labels are read apart). */
    private static Map<String, String> named(Map<String, String> data, Map<String, String> defaults, Map<String, String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        defaults.forEach((k, v) -> out.put(names.getOrDefault(k, k).toLowerCase(Locale.ROOT), v));
        data.forEach((k, v) -> out.put(names.getOrDefault(k, k).toLowerCase(Locale.ROOT), v));
        out.keySet().removeIf(k -> k.startsWith("yfiles:"));
        return out;
    }
}
