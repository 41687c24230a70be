package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.logic.animate.FramePlan;
import org.entente.logic.animate.TieFade;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.layout.GraphLayouter;
import org.entente.logic.layout.LayoutMonitor;
import org.entente.logic.layout.LayoutResult;
import org.entente.logic.layout.LayoutSettings;
import org.entente.logic.layout.NodeSize;
import org.entente.model.Actor;
import org.entente.model.Relation;
import org.entente.ui.render.Area;
import org.entente.ui.render.FadedSurface;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Renderable;
import org.entente.ui.render.Surface;

/**
 * The graph of an animation: one layout for every actor and tie that shows up anywhere in the range, so
 * an actor stays in its place from the first frame to the last and the camera never jumps; each frame
 * draws what holds on its date with the same painter as the screen, ties easing in and out over
 * {@link TieFade#EASE_FRAMES} frames. Sizes come from importance over the whole range, so a node does not
 * swell and shrink between frames either.
 */
public final class AnimatedGraph {

    private static final double MARGIN = 40;

    private final FramePlan plan;
    private final List<VisibleGraph> frames;
    private final TieFade fade;
    private final Map<String, double[]> positions = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final GraphSnapshot union;

    private AnimatedGraph(FramePlan plan, List<VisibleGraph> frames) {
        this.plan = plan;
        this.frames = List.copyOf(frames);
        this.fade = new TieFade(plan);
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Relation> ties = new TreeMap<>();
        for (VisibleGraph f : frames) {
            f.graph().vertexSet().forEach(a -> actors.putIfAbsent(a.id(), a));
            f.graph().edgeSet().forEach(r -> ties.putIfAbsent(r.id(), r));
        }
        Map<String, Integer> degree = new HashMap<>();
        for (Relation r : ties.values()) {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        }
        int max = Math.max(1, degree.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        actors.keySet().forEach(id -> weights.put(id, degree.getOrDefault(id, 0) / (double) max));
        union = snapshot(new ArrayList<>(actors.values()), new ArrayList<>(ties.values()), false);
        LayoutResult r = GraphLayouter.layout(SnapshotBuilder.layoutInput(union, Map.of(), Map.of()),
                LayoutSettings.DEFAULT, LayoutMonitor.NONE);
        for (int i = 0; i < union.nodeCount(); i++) {
            union.place(i, r.x()[i], r.y()[i]);
            positions.put(union.actors[i].id(), new double[] {r.x()[i], r.y()[i]});
        }
    }

    /**
     * Lays out the union of {@code frames} (the visible graph on each date of {@code plan}, in order).
     * Runs the layout synchronously: call it off the JavaFX thread.
     */
    public static AnimatedGraph of(FramePlan plan, List<VisibleGraph> frames) {
        if (frames.size() != plan.size()) throw new IllegalArgumentException(frames.size() + " graphs for " + plan.size() + " frames");
        return new AnimatedGraph(plan, frames);
    }

    public int frameCount() { return frames.size(); }

    /** Where actor {@code id} is drawn on {@code frame} (world units), or null when it is not on that frame. */
    public double[] position(String id, int frame) {
        return frames.get(frame).showsActor(id) ? positions.get(id).clone() : null;
    }

    /** The picture of frame {@code frame}: its date's graph, ties easing, framed like every other frame. */
    public Renderable frame(int frame) {
        VisibleGraph now = frames.get(frame);
        List<Relation> full = new ArrayList<>();
        Map<Double, List<Relation>> fading = new TreeMap<>();
        for (Relation r : sorted(now.graph().edgeSet())) {
            double a = fade.fadeIn(r, frame);
            if (a >= 0.999) full.add(r);
            else fading.computeIfAbsent(quantise(a), k -> new ArrayList<>()).add(r);
        }
        if (frame > 0) {
            for (Relation r : sorted(frames.get(frame - 1).graph().edgeSet())) {
                if (now.showsRelation(r.id())) continue;
                double a = fade.fadeOut(r, frame);
                if (a <= 0.001) a = 0.25; // ended for a reason other than its date (filter, focus): one faint frame
                fading.computeIfAbsent(quantise(a), k -> new ArrayList<>()).add(r);
            }
        }
        List<Layer> layers = new ArrayList<>();
        fading.forEach((alpha, ties) -> layers.add(new Layer(snapshot(endpoints(ties), ties, true), alpha)));
        GraphSnapshot main = snapshot(new ArrayList<>(sortedActors(now)), full, true);
        return new FrameRenderable(main, layers);
    }

    private static double quantise(double a) {
        return Math.round(a * 20) / 20.0;
    }

    private static List<Relation> sorted(java.util.Set<Relation> set) {
        List<Relation> list = new ArrayList<>(set);
        list.sort(java.util.Comparator.comparing(Relation::id));
        return list;
    }

    private List<Actor> sortedActors(VisibleGraph g) {
        List<Actor> list = new ArrayList<>(g.graph().vertexSet());
        list.sort(java.util.Comparator.comparing(Actor::id));
        return list;
    }

    private List<Actor> endpoints(List<Relation> ties) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (Relation r : ties) {
            for (String id : List.of(r.from(), r.to())) {
                Actor a = union.actors[union.indexOf(id)];
                out.putIfAbsent(id, a);
            }
        }
        return new ArrayList<>(out.values());
    }

    private GraphSnapshot snapshot(List<Actor> actors, List<Relation> ties, boolean place) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) index.put(actors.get(i).id(), i);
        List<Relation> kept = ties.stream().filter(r -> index.containsKey(r.from()) && index.containsKey(r.to())).toList();
        int n = actors.size();
        int m = kept.size();
        double[] weight = new double[n];
        double[] radius = new double[n];
        int[] community = new int[n];
        java.util.Arrays.fill(community, -1);
        int[] src = new int[m];
        int[] dst = new int[m];
        EdgeStatus[] status = new EdgeStatus[m];
        for (int i = 0; i < n; i++) {
            weight[i] = weights.getOrDefault(actors.get(i).id(), 0.0);
            radius[i] = NodeSize.radius(weight[i]);
        }
        for (int e = 0; e < m; e++) {
            src[e] = index.get(kept.get(e).from());
            dst[e] = index.get(kept.get(e).to());
            status[e] = EdgeStatus.SAME;
        }
        GraphSnapshot g = new GraphSnapshot(actors.toArray(new Actor[0]), weight, radius, community, new boolean[n],
                kept.toArray(new Relation[0]), src, dst, status, SnapshotBuilder.bends(src, dst, GraphSnapshot.families(kept.toArray(new Relation[0])), actors.toArray(new Actor[0])));
        if (place) {
            for (int i = 0; i < n; i++) {
                double[] p = positions.get(actors.get(i).id());
                if (p != null) g.place(i, p[0], p[1]);
            }
        }
        return g;
    }

    private record Layer(GraphSnapshot snapshot, double alpha) {
    }

    /** One frame: the fading ties under the graph as it stands, framed on the whole range's bounds. */
    private final class FrameRenderable implements Renderable {
        private final GraphSnapshot main;
        private final List<Layer> layers;

        FrameRenderable(GraphSnapshot main, List<Layer> layers) {
            this.main = main;
            this.layers = layers;
        }

        @Override
        public void render(Surface surface, Area area, RenderOptions options) {
            if (!options.transparent()) {
                surface.setGlobalAlpha(1);
                surface.setFill(options.palette().background());
                surface.fillRect(area.x(), area.y(), area.width(), area.height());
            }
            Camera cam = camera(area, options.pixelScale());
            GraphPainter painter = new GraphPainter();
            for (Layer l : layers) {
                painter.paint(new FadedSurface(surface, l.alpha(), false), l.snapshot(), cam, PaintState.NONE,
                        options.palette(), options.pixelScale());
            }
            surface.setGlobalAlpha(1);
            painter.paint(surface, main, cam, PaintState.NONE, options.palette(), options.pixelScale());
        }

        private Camera camera(Area area, double scale) {
            return Camera.fit(union.bounds(), area.x(), area.y(), area.width(), area.height(), MARGIN * scale, 3 * scale);
        }

        /** The legend of the whole range, so the footer (and with it the graph's area) never changes size. */
        @Override
        public List<LegendItem> legend() {
            double[] size = preferredSize();
            return Culling.legend(union, camera(new Area(0, 0, size[0], size[1]), 1), null);
        }

        @Override
        public double[] preferredSize() {
            double[] b = union.bounds();
            if (b == null) return new double[] {800, 600};
            return new double[] {Math.max(800, Math.min(4000, b[2] - b[0] + 2 * MARGIN + 160)),
                    Math.max(600, Math.min(4000, b[3] - b[1] + 2 * MARGIN + 40))};
        }
    }
}
