package org.entente.logic.io.exporter;

import java.io.IOException;
import java.nio.file.Path;

import org.entente.logic.io.AtomicWrite;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.entente.model.Relation;

/**
 * GraphML with typed keys (yEd, Cytoscape, NetworkX and igraph read it): every actor and tie field Entente
 * has becomes a declared string key, dates as written ({@code ~2024-07}), so that importing gives them back.
 */
public final class GraphmlExporter implements DatasetExporter {

    private static final String[][] NODE_KEYS = {{"label", "name"}, {"kind", "kind"}, {"region", "region"},
            {"summary", "summary"}, {"start", "start"}, {"end", "end"}, {"short", "short"}};
    private static final String[][] EDGE_KEYS = {{"type", "type"}, {"summary", "summary"}, {"start", "start"}, {"end", "end"},
            {"known-by", "known-by"}};

    @Override
    public String format() {
        return "graphml";
    }

    @Override
    public void export(Dataset d, Path target) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        for (String[] k : NODE_KEYS) key(sb, "n-" + k[0], "node", k[1]);
        for (String[] k : EDGE_KEYS) key(sb, "e-" + k[0], "edge", k[1]);
        sb.append("  <graph id=\"").append(Xml.esc(d.title())).append("\" edgedefault=\"directed\">\n");
        for (Actor a : d.actors()) {
            sb.append("    <node id=\"").append(Xml.esc(a.id())).append("\">\n");
            data(sb, "n-label", a.name());
            data(sb, "n-kind", a.kind());
            data(sb, "n-region", a.region());
            data(sb, "n-summary", a.summary());
            data(sb, "n-start", text(a.start()));
            data(sb, "n-end", text(a.end()));
            data(sb, "n-short", a.shortName());
            sb.append("    </node>\n");
        }
        for (Relation r : d.relations()) {
            sb.append("    <edge id=\"").append(Xml.esc(r.id())).append("\" source=\"").append(Xml.esc(r.from()))
                    .append("\" target=\"").append(Xml.esc(r.to())).append("\">\n");
            data(sb, "e-type", r.type());
            data(sb, "e-summary", r.summary());
            data(sb, "e-start", text(r.start()));
            data(sb, "e-end", text(r.end()));
            data(sb, "e-known-by", text(r.knownBy()));
            sb.append("    </edge>\n");
        }
        sb.append("  </graph>\n</graphml>\n");
        AtomicWrite.writeString(target, sb.toString());
    }

    private static String text(PartialDate d) {
        return d == null ? null : d.toString();
    }

    private static void key(StringBuilder sb, String id, String forWhat, String name) {
        sb.append("  <key id=\"").append(id).append("\" for=\"").append(forWhat).append("\" attr.name=\"").append(name)
                .append("\" attr.type=\"string\"/>\n");
    }

    private static void data(StringBuilder sb, String key, String v) {
        if (v != null) sb.append("      <data key=\"").append(key).append("\">").append(Xml.esc(v)).append("</data>\n");
    }
}
