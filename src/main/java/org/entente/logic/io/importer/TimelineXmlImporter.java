package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.entente.model.PartialDate;

/**
 * The desktop Timeline app's {@code .timeline} XML: each event's start and end (kept to the day), text as
 * title, description as summary, category as tag, and "fuzzy" as an approximate date.
 */
public final class TimelineXmlImporter implements DatasetImporter {

    @Override
    public String format() {
        return "timeline";
    }

    @Override
    public String description() {
        return "Timeline app (.timeline XML)";
    }

    @Override
    public int detect(ImportInput input) {
        return SecureXml.rootName(input).equals("timeline") ? 20 : 0;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        try {
            XMLStreamReader r = SecureXml.open(input);
            int depth = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (name.equals("event")) {
                        current = new HashMap<>();
                        current.put("@place", SecureXml.line(r) + ", <event>");
                        events.add(current);
                    } else if (current != null && List.of("start", "end", "text", "description", "category", "fuzzy").contains(name)) {
                        if (name.equals("category")) {
                            String t = readCategory(r);
                            if (t != null) current.put("category", t);
                        } else {
                            current.put(name, r.getElementText().strip());
                        }
                        depth--;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (r.getLocalName().equals("event")) current = null;
                }
            }
        } catch (XMLStreamException e) {
            context.report().error(input.name(), e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber(),
                    "not readable Timeline XML: " + Quote.of(SecureXml.why(e)));
            return;
        }
        DateReader dates = new DateReader();
        for (Map<String, String> e : events) {
            String place = e.get("@place");
            PartialDate start = day(dates, e.get("start"));
            if (start == null) {
                context.report().skipped(input.name(), place, "the start " + Quote.of(e.get("start")) + " is not a date");
                continue;
            }
            PartialDate end = day(dates, e.get("end"));
            if (end != null && end.equals(start)) end = null;
            if ("true".equalsIgnoreCase(e.get("fuzzy"))) start = start.approximately();
            String text = e.get("text");
            if (text == null || text.isBlank()) {
                context.report().skipped(input.name(), place, "an event needs a text");
                continue;
            }
            List<String> tags = e.get("category") == null ? List.of() : List.of(e.get("category"));
            context.builder().event(null, start, end, text, e.get("description"), List.of(), tags, null, List.of(), input.name(), place);
        }
    }

    /** A category is either text or {@code <name>} inside it, depending on the app's version. */
    private static String readCategory(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        String name = null;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("name")) {
                    name = r.getElementText().strip();
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS) {
                text.append(r.getText());
            }
        }
        String t = name != null ? name : text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    private static PartialDate day(DateReader dates, String text) {
        if (text == null || text.isBlank()) return null;
        return dates.read(text, DayOrder.UNSET) instanceof DateReader.Ok ok ? ok.start() : null;
    }
}
