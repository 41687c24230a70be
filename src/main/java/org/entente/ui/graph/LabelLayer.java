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
    /** How many of the most important actors on screen are named whatever the zoom (the lesson's actors). */
    static final int ALWAYS_NAMED = 30;
    /** Up to this many actors on screen, a name that must show is looked for anywhere in the view. */
    static final int FAR_SEARCH_LIMIT = 600;
    /** At most this many "new" tags, on the ties between the most important actors. */
    static final int MAX_NEW_TAGS = 8;

    private final TextMetrics metrics = new TextMetrics();
    private final Map<String, Double> widths = new HashMap<>();
    private List<LabelPlacer.Box> boxes = List.of();

    List<LabelPlacer.Box> boxes() { return boxes; }

    void paint(Surface s, GraphSnapshot g, Camera cam, PaintState ps, Palette p, double scale,
               boolean[] visible, boolean[] dimmed, boolean[] visibleEdges, boolean tiny, List<double[]> keepClear,
               List<HullLayer.Name> hullNames) {
        double size = FONT_SIZE * p.fontScale() * scale;
        Font regular = Font.font("System", FontWeight.NORMAL, size);
        Font bold = Font.font("System", FontWeight.BOLD, size);
        double padX = 3 * scale, padY = 1.5 * scale;
        double h = size * 1.3 + 2 * padY;
        Font small = Font.font("System", FontWeight.NORMAL, size * 0.82);
        Font smallBold = Font.font("System", FontWeight.BOLD, size * 0.82);
        double smallH = size * 0.82 * 1.3 + 2 * padY;
        LabelPlacer placer = new LabelPlacer();
        placer.keepWithin(cam.left() + 2, cam.top() + 2, cam.width() - 4, cam.height() - 4);
        for (int i = 0; i < g.nodeCount(); i++) {
            if (visible[i]) placer.obstacle(i, cam.sx(g.x[i]), cam.sy(g.y[i]), cam.radius(g.radius[i]) + 1);
        }
        for (double[] box : keepClear) placer.reserve(box[0], box[1], box[2], box[3]);
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
        // each grouping's name just above its hull, bordered in the hull's colour; placed first, so it is there
        for (HullLayer.Name name : hullNames) {
            double w = width(name.text(), bold) + 2 * padX;
            LabelPlacer.Box b = null;
            for (int k = 0; k < 4 && b == null; k++) b = placer.placeCentred(-1_000_000 - k, name.x(), name.y() - h / 2 - k * h, w, h);
            if (b == null) continue;
            LabelPlacer.Box box = b;
            draws.add(() -> {
                plate(s, box, name.text(), bold, p.background(), p.text(), name.colour(), padX, padY, scale, 1);
                s.note(SceneItem.label("hull:" + name.id(), name.text(), box.x(), box.y(), box.w(), box.h()));
            });
        }
        int count = 0;
        boolean[] mustName = mustName(g, visible);
        int shown = 0;
        for (boolean v : visible) if (v) shown++;
        boolean few = shown <= FAR_SEARCH_LIMIT;
        double reach = Math.max(40 * scale, 0.2 * Math.min(cam.width(), cam.height()));
        for (int i : priority(g, ps, dimmed, mustName)) {
            if (!visible[i] || count >= MAX_LABELS) continue;
            double r = cam.radius(g.radius[i]);
            boolean focused = i == ps.selectedNode() || i == ps.hoveredNode() || i == ps.cursorNode()
                    || ps.highlighted().contains(g.actors[i].id());
            if (!focused && !mustName[i] && (tiny || r < 3)) continue;
            String text = LabelText.of(g.actors[i]);
            boolean strong = g.weight[i] >= 0.5 || focused;
            Font font = strong ? bold : regular;
            double w = width(text, font) + 2 * padX;
            double sx = cam.sx(g.x[i]), sy = cam.sy(g.y[i]);
            LabelPlacer.Box b = mustName[i] || focused ? placer.placeNear(i, sx, sy, r, w, h, 2 * scale, reach)
                    : placer.placeAroundNode(i, sx, sy, r, w, h, 2 * scale, false);
            if (b == null && mustName[i]) {
                // a crowded spot: the name in smaller type rather than no name (a main actor's still bold)
                font = strong ? smallBold : small;
                w = width(text, font) + 2 * padX;
                b = placer.placeNear(i, sx, sy, r, w, smallH, 2 * scale, reach * 1.5);
                // a small view (a 1024x768 projector): farther out, where the graph thins, with a leader line
                // (only for graphs a class reads name by name: in thousands of actors the search costs a frame)
                if (b == null && few) b = placer.placeNear(i, sx, sy, r, w, smallH, 2 * scale, Math.max(cam.width(), cam.height()), 48);
                // the projector's large type in a small view: the last names at the light theme's sizes
                for (double last : new double[] {FONT_SIZE, FONT_SIZE * 0.82}) {
                    if (b != null || !few || p.fontScale() <= 1) break;
                    font = Font.font("System", strong ? FontWeight.BOLD : FontWeight.NORMAL, last * scale);
                    w = width(text, font) + 2 * padX;
                    b = placer.placeNear(i, sx, sy, r, w, last * scale * 1.3 + 2 * padY, 2 * scale, Math.max(cam.width(), cam.height()), 96);
                }
            }
            if (b == null && focused) b = placer.placeAroundNode(i, sx, sy, r, w, h, 2 * scale, true);
            if (b == null) continue;
            Font chosen = font;
            count++;
            Color fg = dimmed[i] ? p.mutedText() : p.text();
            double alpha = dimmed[i] ? 0.45 : 1;
            String id = g.actors[i].id();
            LabelPlacer.Box box = b;
            boolean away = !touches(box, sx, sy, r + 4 * scale);
            draws.add(() -> {
                if (away) leader(s, box, sx, sy, r, p, scale, alpha);
                plate(s, box, text, chosen, p.background(), fg, null, padX, padY, scale, alpha);
                s.note(SceneItem.label(id, text, box.x(), box.y(), box.w(), box.h()));
            });
        }
        if (ps.compareDate() != null) {
            Font tagFont = Font.font("System", FontWeight.BOLD, size * 0.85);
            double th = size * 0.85 * 1.3 + 2 * padY;
            List<Integer> fresh = new ArrayList<>();
            for (int e = 0; e < g.edgeCount(); e++) {
                if (visibleEdges[e] && g.status[e] == EdgeStatus.NEW && !dimmed[g.src[e]] && !dimmed[g.dst[e]]) fresh.add(e);
            }
            // a tag on each of a hundred new ties would bury them: the colour marks them all, tags only the main ones
            fresh.sort(java.util.Comparator.comparingDouble((Integer e) -> -Math.max(g.weight[g.src[e]], g.weight[g.dst[e]]))
                    .thenComparing(e -> g.relations[e].id()));
            for (int e : fresh.subList(0, Math.min(MAX_NEW_TAGS, fresh.size()))) {
                double[] seg = EdgeGeometry.segment(g, cam, e, scale);
                double w = width("new", tagFont) + 2 * padX;
                LabelPlacer.Box b = placer.placeCentred(-2 - e, seg[6], seg[7], w, th);
                if (b != null) draws.add(() -> plate(s, b, "new", tagFont, p.added(), Color.WHITE, null, padX, padY, scale, 1));
            }
        }
        draws.forEach(Runnable::run);
        boxes = List.copyOf(placer.placed());
    }

    /** The actors that are always named: the {@value #ALWAYS_NAMED} most important of those on screen. */
    private static boolean[] mustName(GraphSnapshot g, boolean[] visible) {
        boolean[] must = new boolean[g.nodeCount()];
        int k = 0;
        for (int i : g.byImportance) {
            if (k >= ALWAYS_NAMED) break;
            if (visible[i] && !g.ghost[i]) {
                must[i] = true;
                k++;
            }
        }
        return must;
    }

    /** Whether the label box comes within {@code r} of the node centre (else it gets a leader line). */
    private static boolean touches(LabelPlacer.Box b, double cx, double cy, double r) {
        double nx = Math.max(b.x(), Math.min(cx, b.x() + b.w())), ny = Math.max(b.y(), Math.min(cy, b.y() + b.h()));
        return (nx - cx) * (nx - cx) + (ny - cy) * (ny - cy) <= r * r;
    }

    /** A thin line from the node's rim to a name placed away from it, so it is clear whose name it is. */
    private static void leader(Surface s, LabelPlacer.Box b, double cx, double cy, double r, Palette p, double scale, double alpha) {
        double tx = Math.max(b.x(), Math.min(cx, b.x() + b.w())), ty = Math.max(b.y(), Math.min(cy, b.y() + b.h()));
        double dx = tx - cx, dy = ty - cy, len = Math.sqrt(dx * dx + dy * dy);
        if (len < 1e-6) return;
        s.setGlobalAlpha(0.7 * alpha);
        s.setStroke(p.mutedText());
        s.setLineWidth(Math.max(1, scale));
        s.setLineDashes();
        s.strokeLine(cx + dx / len * r, cy + dy / len * r, tx, ty);
        s.setGlobalAlpha(1);
    }

    private static Iterable<Integer> priority(GraphSnapshot g, PaintState ps, boolean[] dimmed, boolean[] mustName) {
        Set<Integer> order = new LinkedHashSet<>();
        for (int i : new int[] {ps.selectedNode(), ps.hoveredNode(), ps.cursorNode()}) {
            if (i >= 0 && i < g.nodeCount()) order.add(i);
        }
        for (int i : g.byImportance) if (ps.highlighted().contains(g.actors[i].id())) order.add(i);
        for (int i : g.byImportance) if (mustName[i]) order.add(i);
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
