package org.entente.logic.io.exporter;

import java.io.IOException;
import java.nio.file.Path;

import org.entente.logic.io.AtomicWrite;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.entente.model.Relation;

/**
 * A dynamic GEXF 1.3 graph that Gephi's timeline plays: actors and ties carry spells from their start to
 * their end (open ends left open), and their kind, type and exact partial dates as attributes so that
 * Entente's GEXF importer gives back the same dataset.
 */
public final class GexfExporter implements DatasetExporter {

    @Override
    public String format() {
        return "gexf";
    }

    @Override
    public void export(Dataset d, Path target) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
        sb.append("  <meta><creator>Entente</creator><description>").append(Xml.esc(d.title())).append("</description></meta>\n");
        sb.append("  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n");
        sb.append("    <attributes class=\"node\">\n");
        sb.append("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n");
        sb.append("      <attribute id=\"summary\" title=\"summary\" type=\"string\"/>\n");
        sb.append("      <attribute id=\"entente-start\" title=\"entente-start\" type=\"string\"/>\n");
        sb.append("      <attribute id=\"entente-end\" title=\"entente-end\" type=\"string\"/>\n");
        sb.append("      <attribute id=\"entente-short\" title=\"entente-short\" type=\"string\"/>\n");
        sb.append("    </attributes>\n");
        sb.append("    <attributes class=\"edge\">\n");
        sb.append("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n");
        sb.append("      <attribute id=\"summary\" title=\"summary\" type=\"string\"/>\n");
        sb.append("      <attribute id=\"entente-start\" title=\"entente-start\" type=\"string\"/>\n");
        sb.append("      <attribute id=\"entente-end\" title=\"entente-end\" type=\"string\"/>\n");
        sb.append("      <attribute id=\"entente-known-by\" title=\"entente-known-by\" type=\"string\"/>\n");
        sb.append("    </attributes>\n");
        sb.append("    <nodes>\n");
        for (Actor a : d.actors()) {
            sb.append("      <node id=\"").append(Xml.esc(a.id())).append("\" label=\"").append(Xml.esc(a.name())).append("\">\n");
            attvalues(sb, "kind", a.kind(), "summary", a.summary(), a.start(), a.end(), "entente-short", a.shortName());
            spells(sb, a.start(), a.end());
            sb.append("      </node>\n");
        }
        sb.append("    </nodes>\n    <edges>\n");
        for (Relation r : d.relations()) {
            sb.append("      <edge id=\"").append(Xml.esc(r.id())).append("\" source=\"").append(Xml.esc(r.from()))
                    .append("\" target=\"").append(Xml.esc(r.to())).append("\" label=\"").append(Xml.esc(r.type())).append("\">\n");
            attvalues(sb, "type", r.type(), "summary", r.summary(), r.start(), r.end(), "entente-known-by",
                    r.knownBy() == null ? null : r.knownBy().toString());
            spells(sb, r.start(), r.end());
            sb.append("      </edge>\n");
        }
        sb.append("    </edges>\n  </graph>\n</gexf>\n");
        AtomicWrite.writeString(target, sb.toString());
    }

    private static void attvalues(StringBuilder sb, String k1, String v1, String k2, String v2, PartialDate start, PartialDate end,
                                  String k3, String v3) {
        sb.append("        <attvalues>\n");
        value(sb, k1, v1);
        value(sb, k2, v2);
        value(sb, "entente-start", start == null ? null : start.toString());
        value(sb, "entente-end", end == null ? null : end.toString());
        value(sb, k3, v3);
        sb.append("        </attvalues>\n");
    }

    private static void value(StringBuilder sb, String key, String v) {
        if (v != null) sb.append("          <attvalue for=\"").append(key).append("\" value=\"").append(Xml.esc(v)).append("\"/>\n");
    }

    private static void spells(StringBuilder sb, PartialDate start, PartialDate end) {
        if (start == null && end == null) return;
        sb.append("        <spells><spell");
        if (start != null) sb.append(" start=\"").append(start.earliest()).append('"');
        if (end != null) sb.append(" end=\"").append(end.latest()).append('"');
        sb.append("/></spells>\n");
    }
}
