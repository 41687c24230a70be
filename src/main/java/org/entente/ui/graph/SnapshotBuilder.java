package org.entente.ui.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Point2D;

import org.entente.logic.filter.ChangesSince;
import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.Focus;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.layout.LayoutInput;
import org.entente.logic.layout.NodeSize;
import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;
import org.entente.ui.state.AppState;

/**
 * Turns the shared state into a {@link GraphSnapshot}: the visible graph, plus (in "changes since" mode)
 * the ties that ended since the reference date and the actors they need, with importance from the
 * analysis weights or from degree. Also turns a snapshot into the layout's input, so the view and the
 * headless picture lay out exactly the same thing.
 */
public final class SnapshotBuilder {

    /** Label size assumed by the layout, in world units, at the default font. */
    static final double LABEL_HEIGHT = 17;
    static final double CHAR_WIDTH = 6.6;
    static final int MAX_LABEL_CHARS = 26;

    private final GraphFilter filter = new GraphFilter();

    public GraphSnapshot build(AppState state) {
        VisibleGraph now = state.getVisibleGraph();
        LocalDate compare = state.compareDateProperty().get();
        Map<String, Actor> nodes = new LinkedHashMap<>();
        now.graph().vertexSet().forEach(a -> nodes.put(a.id(), a));
        // one pass: a mask view's size() walks the whole set, so copying it as a collection walks it twice
        List<Relation> edges = new ArrayList<>();
        now.graph().edgeSet().forEach(edges::add);
        Set<String> ghosts = new LinkedHashSet<>();
        Set<String> then = Set.of();
        if (compare != null) {
            DateRange window = state.timeWindowProperty().get() == null ? DateRange.ALL : state.timeWindowProperty().get();
            FilterCriteria criteria = state.filterProperty().get() == null ? FilterCriteria.NONE : state.filterProperty().get();
            ChangesSince changes = ChangesSince.of(filter, state.getDataset(), compare, state.getAsOf(), window, criteria,
                    new Focus(state.focusActorProperty().get(), state.focusDepthProperty().get()), now);
            Set<String> thenIds = changes.heldThen();
            for (Relation r : changes.ended()) {
                for (String end : List.of(r.from(), r.to())) {
                    if (!nodes.containsKey(end)) {
                        state.getDataset().actor(end).ifPresent(a -> {
                            nodes.put(a.id(), a);
                            ghosts.add(a.id());
                        });
                    }
                }
                edges.add(r);
            }
            then = thenIds;
        }
        Actor[] actors = nodes.values().toArray(new Actor[0]);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < actors.length; i++) index.put(actors[i].id(), i);
        int m = edges.size();
        Relation[] rel = edges.toArray(new Relation[0]);
        int[] src = new int[m], dst = new int[m];
        EdgeStatus[] status = new EdgeStatus[m];
        int[] degree = new int[actors.length];
        Set<String> nowEdgeIds = new java.util.HashSet<>();
        if (compare != null) now.graph().edgeSet().forEach(r -> nowEdgeIds.add(r.id()));
        for (int e = 0; e < m; e++) {
            src[e] = index.get(rel[e].from());
            dst[e] = index.get(rel[e].to());
            degree[src[e]]++;
            degree[dst[e]]++;
            if (compare == null) status[e] = EdgeStatus.SAME;
            else if (!nowEdgeIds.contains(rel[e].id())) status[e] = EdgeStatus.GONE;
            else status[e] = then.contains(rel[e].id()) ? EdgeStatus.SAME : EdgeStatus.NEW;
        }
        Map<String, Double> weights = state.nodeWeightsProperty().get();
        Map<String, Integer> communities = state.communitiesProperty().get();
        int maxDegree = 1;
        for (int d : degree) maxDegree = Math.max(maxDegree, d);
        double[] weight = new double[actors.length];
        double[] radius = new double[actors.length];
        int[] community = new int[actors.length];
        boolean[] ghost = new boolean[actors.length];
        for (int i = 0; i < actors.length; i++) {
            String id = actors[i].id();
            weight[i] = weights != null ? weights.getOrDefault(id, 0.0) : (double) degree[i] / maxDegree;
            radius[i] = NodeSize.radius(weight[i]);
            community[i] = communities == null ? -1 : communities.getOrDefault(id, -1);
            ghost[i] = ghosts.contains(id);
        }
        return new GraphSnapshot(actors, weight, radius, community, ghost, rel, src, dst, status, bends(src, dst, GraphSnapshot.families(rel), actors));
    }

    /**
     * Offsets for parallel ties between the same two actors, in {@link EdgeGeometry#BEND_PX} steps, so each
     * stays visible as its own curve. Ties of one family between the same two actors (Japan aids, supplies
     * and supports Ukraine) run side by side as a narrow ribbon, {@link #RIBBON} of a step apart, and the
     * families of a pair are a step apart: seven ties are one band with two or three strands, not a fan
     * of seven curves bulging up to a hundred pixels. Every tie is still its own curve, stroked once.
     */
    static double[] bends(int[] src, int[] dst) {
        return bends(src, dst, null, null);
    }

    /**
     * As {@link #bends(int[], int[])}, ties grouped into ribbons by {@code family} (null: each tie its own),
     * the first family on the left as seen from the actor with the smaller id (so that a patched snapshot,
     * numbering actors differently, draws the same ribbons).
     */
    static double[] bends(int[] src, int[] dst, RelationFamily[] family, Actor[] actors) {
        Map<Long, List<Integer>> byPair = new LinkedHashMap<>();
        for (int e = 0; e < src.length; e++) {
            long key = pairKey(src[e], dst[e]);
            List<Integer> list = byPair.get(key);
            if (list == null) byPair.put(key, list = new ArrayList<>(1));
            list.add(e);
        }
        double[] bend = new double[src.length];
        for (List<Integer> ties : byPair.values()) bendPair(ties, src, dst, family, actors, bend);
        return bend;
    }

    /** Sets the offsets of the ties (in input order) between one pair of actors; see {@link #bends}. */
    static void bendPair(List<Integer> ties, int[] src, int[] dst, RelationFamily[] family, Actor[] actors, double[] bend) {
        if (ties.size() == 1) {
            bend[ties.get(0)] = 0;
            return;
        }
        List<List<Integer>> groups = new ArrayList<>();
        if (family == null) {
            for (int e : ties) groups.add(List.of(e));
        } else {
            Map<RelationFamily, List<Integer>> byFamily = new java.util.EnumMap<>(RelationFamily.class);
            for (int e : ties) byFamily.computeIfAbsent(family[e], f -> new ArrayList<>()).add(e);
            groups.addAll(byFamily.values());
        }
        double total = groups.size() - 1;
        for (List<Integer> group : groups) total += (group.size() - 1) * RIBBON;
        double at = -total / 2;
        for (List<Integer> group : groups) {
            for (int k = 0; k < group.size(); k++) {
                int e = group.get(k);
                double offset = at + k * RIBBON;
                boolean forward = actors == null ? src[e] < dst[e] : actors[src[e]].id().compareTo(actors[dst[e]].id()) < 0;
                bend[e] = forward ? offset : -offset;
                if (Math.abs(bend[e]) < 1e-9) bend[e] = 0;
            }
            at += (group.size() - 1) * RIBBON + 1;
        }
    }

    /** Space between the strands of a ribbon, as a share of the space between families. */
    static final double RIBBON = 0.3;

    static long pairKey(int a, int b) {
        int lo = Math.min(a, b), hi = Math.max(a, b);
        // times an odd constant: still one key per pair, but a Long hash (lo ^ hi) that no longer collides
        // for every pair with the same lo ^ hi, which made the map's bins into trees on large graphs
        return (((long) lo << 32) | hi) * 0x9E3779B97F4A7C15L;
    }

    /**
     * The layout's input for a snapshot: sizes, label boxes, earlier positions (so a changed graph keeps
     * its shape) and pinned actors.
     *
     * @param previous earlier positions by actor id, may be empty
     */
    public static LayoutInput layoutInput(GraphSnapshot s, Map<String, double[]> previous, Map<String, Point2D> pinned) {
        int n = s.nodeCount();
        String[] ids = new String[n];
        String[] kinds = new String[n];
        double[] labelHalf = new double[n];
        double[] labelHeight = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = s.actors[i].id();
            kinds[i] = s.actors[i].kind();
            String name = LabelText.of(s.actors[i]);
            labelHalf[i] = name.length() * CHAR_WIDTH / 2 + 3;
            labelHeight[i] = LABEL_HEIGHT;
        }
        boolean[] grouping = new boolean[s.edgeCount()];
        for (int e = 0; e < grouping.length; e++) {
            RelationFamily f = Vocabulary.familyOf(s.relations[e].type());
            grouping[e] = f == RelationFamily.MEMBERSHIP || f == RelationFamily.PARTICIPATION;
        }
        LayoutInput in = new LayoutInput(ids, kinds, s.radius, labelHalf, labelHeight, s.src, s.dst, grouping);
        for (int i = 0; i < n; i++) {
            Point2D pin = pinned.get(ids[i]);
            double[] before = previous.get(ids[i]);
            if (pin != null) in.pin(i, pin.getX(), pin.getY());
            else if (before != null) in.setInitial(i, before[0], before[1]);
        }
        return in;
    }
}
