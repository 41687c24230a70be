package org.entente.logic.io.importer;

import java.util.ArrayList;
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
 * Gephi's GEXF 1.1 to 1.3, static and dynamic: node and edge {@code start}/{@code end} attributes and
 * spells (open intervals and ±Infinity left open), time formats date, dateTime, integer and double (numbers
 * read as years), attributes with defaults (kind, type, summary and exact Entente dates mapped; the rest
 * kept in the note). An edge with several spells becomes one tie per spell.
 *
 * <p>Read with the JDK's StAX through {@link SecureXml}, not jgrapht-io's {@code SimpleGEXFImporter}: that one reads
 * only static graphs (no spells, no time formats, no open intervals), which is the part of GEXF Entente needs most.
 */
public final class GexfImporter implements DatasetImporter {

    @Override
    public String format() {
        return "gexf";
    }

    @Override
    public String description() {
        return "GEXF graph (Gephi)";
    }

    @Override
    public int detect(ImportInput input) {
        return SecureXml.rootName(input).equals("gexf") ? 20 : 0;
    }

    private static final class Item {
        final Map<String, String> attrs = new LinkedHashMap<>();
        final Map<String, String> values = new LinkedHashMap<>();
        final List<String[]> spells = new ArrayList<>();
        String place;
        String parent;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        ImportReport report = context.report();
        DatasetBuilder b = context.builder();
        Map<String, String> nodeTitles = new HashMap<>();
        Map<String, String> edgeTitles = new HashMap<>();
        Map<String, String> nodeDefaults = new HashMap<>();
        Map<String, String> edgeDefaults = new HashMap<>();
        List<Item> nodes = new ArrayList<>();
        List<Item> edges = new ArrayList<>();
        String timeformat = "date";
        String attrClass = null;
        String attrId = null;
        Item current = null;
        java.util.Deque<Item> open = new java.util.ArrayDeque<>();
        try {
            XMLStreamReader r = SecureXml.open(input);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "graph" -> {
                            String tf = r.getAttributeValue(null, "timeformat");
                            if (tf != null) timeformat = tf.toLowerCase(Locale.ROOT);
                        }
                        case "attributes" -> attrClass = r.getAttributeValue(null, "class");
                        case "attribute" -> {
                            attrId = r.getAttributeValue(null, "id");
                            String title = r.getAttributeValue(null, "title");
                            ("edge".equals(attrClass) ? edgeTitles : nodeTitles).put(attrId, title == null ? attrId : title);
                        }
                        case "default" -> {
                            String text = r.getElementText();
                            if (attrId != null) ("edge".equals(attrClass) ? edgeDefaults : nodeDefaults).put(attrId, text);
                        }
                        case "node", "edge" -> {
                            Item outer = open.peek();
                            current = new Item();
                            open.push(current);
                            if (name.equals("node") && outer != null && outer.attrs.containsKey("id") && !outer.attrs.containsKey("source")) {
                                current.parent = outer.attrs.get("id");
                            }
                            current.place = SecureXml.line(r) + ", <" + name + ">";
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                current.attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                            }
                            (name.equals("node") ? nodes : edges).add(current);
                        }
                        case "attvalue" -> {
                            if (current != null) {
                                String key = r.getAttributeValue(null, "for");
                                if (key == null) key = r.getAttributeValue(null, "id");
                                String v = r.getAttributeValue(null, "value");
                                String s = first(r.getAttributeValue(null, "start"), r.getAttributeValue(null, "startopen"));
                                String e = first(r.getAttributeValue(null, "end"), r.getAttributeValue(null, "endopen"));
                                if (s != null || e != null) v = v + " (" + (s == null ? "…" : s) + " – " + (e == null ? "…" : e) + ")";
                                current.values.merge(key, v, (a, c) -> a + "; " + c);
                            }
                        }
                        case "spell", "slice" -> {
                            if (current != null) {
                                current.spells.add(new String[] {
                                        first(r.getAttributeValue(null, "start"), r.getAttributeValue(null, "startopen")),
                                        first(r.getAttributeValue(null, "end"), r.getAttributeValue(null, "endopen"))});
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && (r.getLocalName().equals("node") || r.getLocalName().equals("edge"))) {
                    open.poll();
                    current = open.peek();
                }
            }
        } catch (XMLStreamException e) {
            report.error(input.name(), e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber(),
                    "not readable GEXF: " + Quote.of(SecureXml.why(e)));
            return;
        }
        Times times = new Times(timeformat, report, input.name());
        Map<String, String> ids = new HashMap<>();
        for (Item n : nodes) {
            String id = n.attrs.get("id");
            if (id == null) {
                report.skipped(input.name(), n.place, "a node needs an id");
                continue;
            }
            Map<String, String> values = titled(n.values, nodeTitles, nodeDefaults);
            DatasetBuilder.ActorDraft a = b.actor(id, first(Texts.clean(n.attrs.get("label")), id), input.name(), n.place);
            ids.put(id, a.id());
            String kind = take(values, "kind", "type", "category", "class");
            if (kind != null) a.kind(b.vocabulary().kind(kind));
            a.summary(take(values, "summary", "description"));
            a.region(take(values, "region"));
            a.shortName(take(values, "entente-short"));
            PartialDate[] span = span(n, values, times);
            a.start(span[0]).end(span[1]);
            if (n.spells.size() > 1) a.note("present in " + n.spells.size() + " spells");
            a.note(notes(values));
        }
        for (Item n : nodes) {
            String parent = first(n.parent, n.attrs.get("pid"));
            if (parent != null && ids.containsKey(parent) && ids.containsKey(n.attrs.get("id"))) {
                b.relation(null, ids.get(n.attrs.get("id")), ids.get(parent), "part-of", null, null, null, null,
                        "nested in the parent node in the GEXF file", List.of(), input.name(), n.place);
            }
        }
        for (Item e : edges) {
            String from = e.attrs.get("source");
            String to = e.attrs.get("target");
            if (from == null || to == null) {
                report.skipped(input.name(), e.place, "an edge needs a source and a target");
                continue;
            }
            Map<String, String> values = titled(e.values, edgeTitles, edgeDefaults);
            String typeText = first(take(values, "type", "relation", "kind", "relationship"), first(e.attrs.get("label"), e.attrs.get("kind")));
            String type = typeText == null ? "related-to" : b.vocabulary().type(typeText);
            if (typeText == null) report.keptAsIs("tie type", "related-to");
            String summary = take(values, "summary", "description");
            String fromId = ids.containsKey(from) ? ids.get(from) : b.actorRef(from, input.name(), e.place);
            String toId = ids.containsKey(to) ? ids.get(to) : b.actorRef(to, input.name(), e.place);
            String knownBy = take(values, "entente-known-by");
            String weight = e.attrs.get("weight");
            String note = notes(values);
            if (weight != null) note = note == null ? "weight: " + weight : note + "\nweight: " + weight;
            String exactStart = take(values, "entente-start");
            String exactEnd = take(values, "entente-end");
            if (e.spells.size() > 1 && exactStart == null) {
                for (String[] spell : e.spells) {
                    b.relation(null, fromId, toId, type, times.at(spell[0], e.place), times.at(spell[1], e.place), summary, null, note,
                            List.of(), input.name(), e.place);
                }
                continue;
            }
            values.put("entente-start", exactStart);
            values.put("entente-end", exactEnd);
            PartialDate[] span = span(e, values, times);
            String made = b.relation(e.attrs.get("id"), fromId, toId, type, span[0], span[1], summary, null, note, List.of(), input.name(), e.place);
            try {
                b.knownBy(made, PartialDate.parseOrNull(knownBy), input.name(), e.place);
            } catch (IllegalArgumentException ex) {
                report.warning(input.name(), e.place, "entente-known-by " + Quote.of(knownBy) + " is not a date, left out");
            }
        }
    }

    private static PartialDate[] span(Item item, Map<String, String> values, Times times) {
        String exactStart = values.remove("entente-start");
        String exactEnd = values.remove("entente-end");
        if (exactStart != null || exactEnd != null) {
            return new PartialDate[] {PartialDate.parseOrNull(exactStart), PartialDate.parseOrNull(exactEnd)};
        }
        String s = first(item.attrs.get("start"), item.attrs.get("startopen"));
        String e = first(item.attrs.get("end"), item.attrs.get("endopen"));
        if (!item.spells.isEmpty()) {
            s = item.spells.get(0)[0];
            e = item.spells.get(item.spells.size() - 1)[1];
        }
        return new PartialDate[] {times.at(s, item.place), times.at(e, item.place)};
    }

    /** Reads GEXF times in the graph's time format; numbers are years. */
    static final class Times {
        private final String format;
        private final ImportReport report;
        private final String file;
        private final DateReader reader = new DateReader();
        /** XML Schema days count ISO years: 0000 is 1 BCE, -0001 is 2 BCE. */
        private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("^(-?\\d{4,})-(\\d{2})-(\\d{2})");

        Times(String format, ImportReport report, String file) {
            this.format = format;
            this.report = report;
            this.file = file;
        }

        PartialDate at(String text, String place) {
            if (text == null || text.isBlank() || text.strip().matches("[-+]?(?i)inf(inity)?")) return null;
            String t = text.strip();
            if (format.equals("integer") || format.equals("double") || format.equals("float") || t.matches("-?\\d+\\.\\d+")) {
                try {
                    double v = Double.parseDouble(t);
                    long year = (long) Math.floor(v);
                    if (year == 0) year = -1;
                    return PartialDate.ofYear((int) year);
                } catch (RuntimeException ex) {
                    report.warning(file, place, Quote.of(t) + " is not a " + format + " time, left out");
                    return null;
                }
            }
            java.util.regex.Matcher iso = ISO_DAY.matcher(t);
            if (iso.find()) {
                long y = Long.parseLong(iso.group(1));
                if (y <= 0 && y > -999_999_999L) {
                    try {
                        return PartialDate.ofDay((int) (y - 1), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
                    } catch (java.time.DateTimeException ex) {
                        report.warning(file, place, Quote.of(t) + " is not a date, left out");
                        return null;
                    }
                }
            }
            DateReader.Result r = reader.read(t, DayOrder.UNSET);
            if (r instanceof DateReader.Ok ok) return ok.start();
            report.warning(file, place, Quote.of(t) + " is not a date, left out");
            return null;
        }
    }

    private static Map<String, String> titled(Map<String, String> values, Map<String, String> titles, Map<String, String> defaults) {
        Map<String, String> out = new LinkedHashMap<>();
        defaults.forEach((id, v) -> out.put(titles.getOrDefault(id, id).toLowerCase(Locale.ROOT), v));
        values.forEach((id, v) -> out.put(titles.getOrDefault(id, id).toLowerCase(Locale.ROOT), v));
        return out;
    }

    static String take(Map<String, String> values, String... keys) {
        for (String k : keys) {
            String v = values.remove(k);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }

    static String notes(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (v == null || v.isBlank()) return;
            if (sb.length() > 0) sb.append('\n');
            sb.append(k).append(": ").append(v);
        });
        return sb.length() == 0 ? null : sb.toString();
    }

    static String first(String a, String b) {
        return a != null ? a : b;
    }
}
