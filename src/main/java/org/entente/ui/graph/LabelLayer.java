package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.entente.model.Relation;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.Surface;
import org.entente.ui.render.TextMetrics;
import org.entente.ui.theme.Palette;
import org.entente.ui.details.DateWording;

/**
 * Draws the labels: node names placed by {@link LabelPlacer} in order of importance (what the user is
 * pointing at or has selected first), "new" tags on ties that started since the reference date, and the
 * type and dates of the hovered or selected tie. Each label sits on a soft plate of the background colour
 * so it stays readable over lines.
 */
final class LabelLayer {

    static final double FONT_SIZE = 12.5;
    private static final int MAX_LABELS = 400;

    private final TextMetrics metrics = new TextMetrics();
    private final Map<String, Double> widths = new HashMap<>();
    private List<LabelPlacer.Box> boxes = List.of();

    List<LabelPlacer.Box> boxes() { return boxes; }

    void paint(Surface s, GraphSnapshot g, Camera cam, PaintState ps, Palette p, double scale,
               boolean[] visible, boolean[] dimmed, boolean[] visibleEdges, boolean tiny) {
        double size = FONT_SIZE * p.fontScale() * scale;
        Font regular = Font.font("System", FontWeight.NORMAL, size);
        Font bold = Font.font("System", FontWeight.BOLD, size);
        double padX = 3 * scale, padY = 1.5 * scale;
        double h = size * 1.3 + 2 * padY;
        LabelPlacer placer = new LabelPlacer();
        placer.keepWithin(cam.left() + 2, cam.top() + 2, cam.width() - 4, cam.height() - 4);
        for (int i = 0; i < g.nodeCount(); i++) {
            if (visible[i]) placer.obstacle(i, cam.sx(g.x[i]), cam.sy(g.y[i]), cam.radius(g.radius[i]) + 1);
        }
        List<Runnable> draws = new ArrayList<>();
        s.setTextAlign(TextAlignment.LEFT);
        s.setTextBaseline(VPos.TOP);
        for (int e : new int[] {ps.selectedEdge(), ps.hoveredEdge()}) {
            if (e < 0 || e >= g.edgeCount() || !visibleEdges[e]) continue;
            String text = edgeText(g.relations[e]);
            double w = width(text, regular) + 2 * padX;
            double[] seg = EdgeGeometry.segment(g, cam, e, scale);
            LabelPlacer.Box b = placer.placeCentred(-2 - e, seg[6], seg[7], w, h);
            if (b == null) b = new LabelPlacer.Box(-2 - e, seg[6] - w / 2, seg[7] - h / 2, w, h, true);
            LabelPlacer.Box box = b;
            draws.add(() -> plate(s, box, text, regular, p.panel(), p.text(), p.familyColor(g.family[e]), padX, padY, scale, 1));
        }
        int count = 0;
        for (int i : priority(g, ps, dimmed)) {
            if (!visible[i] || count >= MAX_LABELS) continue;
            double r = cam.radius(g.radius[i]);
            boolean important = i == ps.selectedNode() || i == ps.hoveredNode() || i == ps.cursorNode()
                    || ps.highlighted().contains(g.actors[i].id());
            if (!important && (tiny || r < 3)) continue;
            String text = LabelText.of(g.actors[i]);
            boolean strong = g.weight[i] >= 0.5 || important;
            Font font = strong ? bold : regular;
            double w = width(text, font) + 2 * padX;
            LabelPlacer.Box b = placer.placeAroundNode(i, cam.sx(g.x[i]), cam.sy(g.y[i]), r, w, h, 2 * scale,
                    important || g.weight[i] >= 0.3);
            if (b == null) continue;
            count++;
            Color fg = dimmed[i] ? p.mutedText() : p.text();
            double alpha = dimmed[i] ? 0.45 : 1;
            String id = g.actors[i].id();
            draws.add(() -> {
                plate(s, b, text, font, p.background(), fg, null, padX, padY, scale, alpha);
                s.note(SceneItem.label(id, text, b.x(), b.y(), b.w(), b.h()));
            });
        }
        if (ps.compareDate() != null) {
            Font tagFont = Font.font("System", FontWeight.BOLD, size * 0.85);
            double th = size * 0.85 * 1.3 + 2 * padY;
            for (int e = 0; e < g.edgeCount(); e++) {
                if (!visibleEdges[e] || g.status[e] != EdgeStatus.NEW || dimmed[g.src[e]] || dimmed[g.dst[e]]) continue;
                double[] seg = EdgeGeometry.segment(g, cam, e, scale);
                double w = width("new", tagFont) + 2 * padX;
                LabelPlacer.Box b = placer.placeCentred(-2 - e, seg[6], seg[7], w, th);
                if (b != null) draws.add(() -> plate(s, b, "new", tagFont, p.added(), Color.WHITE, null, padX, padY, scale, 1));
            }
        }
        draws.forEach(Runnable::run);
        boxes = List.copyOf(placer.placed());
    }

    private static Iterable<Integer> priority(GraphSnapshot g, PaintState ps, boolean[] dimmed) {
        Set<Integer> order = new LinkedHashSet<>();
        for (int i : new int[] {ps.selectedNode(), ps.hoveredNode(), ps.cursorNode()}) {
            if (i >= 0 && i < g.nodeCount()) order.add(i);
        }
        for (int i : g.byImportance) if (ps.highlighted().contains(g.actors[i].id())) order.add(i);
        for (int i : g.byImportance) if (!dimmed[i]) order.add(i);
        for (int i : g.byImportance) order.add(i);
        return order;
    }

    static String edgeText(Relation r) {
        String span;
        if (r.isKnownOnlyBy()) span = " · " + DateWording.span(r);
        else if (r.start() == null && r.end() == null) span = "";
        else if (r.end() == null) span = " · since " + r.start().display();
        else if (r.start() == null) span = " · until " + r.end().display();
        else span = " · " + r.start().display() + " – " + r.end().display();
        return r.type().replace('-', ' ') + span;
    }

    private double width(String text, Font font) {
        String key = font.getSize() + (font.getStyle().contains("Bold") ? "b|" : "|") + text;
        return widths.computeIfAbsent(key, k -> metrics.width(text, font));
    }

    private static void plate(Surface s, LabelPlacer.Box b, String text, Font font, Color plate, Color fg, Color border,
                              double padX, double padY, double scale, double alpha) {
        s.setFill(plate);
        s.setGlobalAlpha(0.82 * alpha);
        s.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 6 * scale);
        s.setGlobalAlpha(alpha);
        if (border != null) {
            s.setStroke(border);
            s.setLineWidth(1.5 * scale);
            s.setLineDashes();
            s.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 6 * scale);
        }
        s.setFont(font);
        s.setFill(fg);
        s.fillText(text, b.x() + padX, b.y() + padY);
        s.setGlobalAlpha(1);
    }
}
