package org.entente.ui.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javafx.scene.paint.Color;

import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.Swatch;

/**
 * The legend of what is on screen, and only that: the kinds, regions (or communities) and tie families of
 * the visible nodes and ties, plus "new" and "ended" when comparing dates. Exported pictures carry the
 * same list.
 */
final class GraphLegend {

    static final String KINDS = "Kinds";
    static final String COLOURS = "Regions";
    static final String COMMUNITIES = "Communities";
    static final String TIES = "Ties";
    static final String CHANGES = "Changes";

    private GraphLegend() {
    }

    static List<LegendItem> items(GraphSnapshot g, boolean[] visibleNodes, boolean[] visibleEdges, LocalDate compare) {
        List<LegendItem> items = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        Set<Integer> communities = new TreeSet<>();
        boolean byCommunity = NodeColours.byCommunity(g);
        for (int i = 0; i < g.nodeCount(); i++) {
            if (i >= visibleNodes.length || !visibleNodes[i]) continue;
            kinds.add(g.actors[i].kind() == null ? "other" : g.actors[i].kind());
            if (byCommunity) communities.add(g.community[i]);
            else regions.add(g.actors[i].region() == null ? "other" : g.actors[i].region());
        }
        for (String k : ordered(kinds, Vocabulary.DEFAULT_KINDS)) {
            String kind = k;
            items.add(new LegendItem(KINDS, capital(k), (s, cx, cy, size, p) ->
                    NodeShapes.draw(s, kind, cx, cy, size * 0.38, p.mutedText(), p.nodeOutline(), 1)));
        }
        if (byCommunity) {
            for (int c : communities) {
                Color colour = c < 0 ? Color.web("#BBBBBB") : NodeColours.community(c);
                items.add(new LegendItem(COMMUNITIES, c < 0 ? "None" : "Community " + (c + 1), disc(colour)));
            }
        } else {
            for (String r : ordered(regions, Vocabulary.DEFAULT_REGIONS)) {
                items.add(new LegendItem(COLOURS, capital(r), (s, cx, cy, size, p) -> disc(p.regionColor(r)).paint(s, cx, cy, size, p)));
            }
        }
        Set<RelationFamily> families = new TreeSet<>();
        boolean anyNew = false, anyGone = false;
        for (int e = 0; e < g.edgeCount(); e++) {
            if (e >= visibleEdges.length || !visibleEdges[e]) continue;
            if (g.status[e] == EdgeStatus.GONE) anyGone = true;
            else families.add(g.family[e]);
            if (g.status[e] == EdgeStatus.NEW) anyNew = true;
        }
        for (RelationFamily f : families) {
            EdgeStyle style = EdgeStyle.of(f);
            items.add(new LegendItem(TIES, f.label(), (s, cx, cy, size, p) -> line(s, cx, cy, size, p.familyColor(f), style)));
        }
        if (compare != null) {
            if (anyNew) items.add(new LegendItem(CHANGES, "New since " + compare, (s, cx, cy, size, p) ->
                    line(s, cx, cy, size, p.added(), new EdgeStyle(new double[0], 2.6))));
            if (anyGone) items.add(new LegendItem(CHANGES, "Ended since " + compare, (s, cx, cy, size, p) ->
                    line(s, cx, cy, size, p.removed(), EdgeStyle.GONE)));
        }
        return items;
    }

    private static List<String> ordered(Set<String> present, List<String> canonical) {
        List<String> out = new ArrayList<>();
        for (String c : canonical) if (present.contains(c)) out.add(c);
        for (String c : new TreeSet<>(present)) if (!out.contains(c)) out.add(c);
        return out;
    }

    private static String capital(String s) {
        String t = s.replace('-', ' ');
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    private static Swatch disc(Color c) {
        return (s, cx, cy, size, p) -> {
            double r = size * 0.34;
            s.setFill(c);
            s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            s.setStroke(p.nodeOutline());
            s.setLineWidth(0.8);
            s.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        };
    }

    private static void line(org.entente.ui.render.Surface s, double cx, double cy, double size, Color c, EdgeStyle style) {
        double scale = size / 16;
        s.setStroke(c);
        s.setLineWidth(style.width() * scale);
        s.setLineDashes(style.scaledDashes(scale));
        s.strokeLine(cx - size * 0.6, cy, cx + size * 0.6, cy);
        s.setLineDashes();
    }
}
