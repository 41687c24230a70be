package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.layout.NodeSize;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;
import org.jgrapht.Graph;

/**
 * The graph's picture after an edit, made from the picture before it rather than built again: an edit
 * of one actor in 50,000 ties must not walk the whole graph, sort every node by importance and group every
 * tie again (that took most of the time from an edit to an up-to-date view). Only the touched actors and
 * ties, the ties of touched actors, and the importance and curve of the nodes and ties those change are
 * worked out; everything else is carried over by index, the displayed positions included, so nodes caught
 * mid-animation go on easing from where they are. The result shows exactly what {@link SnapshotBuilder#build}
 * would show (the same actors, ties, weights, sizes, importance order and sets of curves); only the indices
 * differ: survivors keep their order and new items come last.
 */
final class SnapshotPatch {

    private SnapshotPatch() {
    }

    /**
     * @param s          the picture of the visible graph the edit started from, with no "changes since" ghosts
     * @param now        the visible graph after the edit, patched (by the filter) from the one {@code s} shows
     * @param touched    the ids the edit added, removed or changed
     * @param weights    analysis weights by actor id (the same map {@code s} was built with), or null for degree
     * @param communities community by actor id, or null
     * @param remembered positions by actor id: a new node starts at its remembered place (where the user made
     *                   it, or where it was before a delete now undone); a node the edit takes away is remembered
     * @return the new picture, or null when {@code now} differs from {@code s} beyond what the edit touched
     *         (then the picture must be built afresh)
     */
    static GraphSnapshot apply(GraphSnapshot s, VisibleGraph now, Set<String> touched, Map<String, Double> weights,
                               Map<String, Integer> communities, Map<String, double[]> remembered) {
        Graph<Actor, Relation> g = now.graph();
        Dataset d = now.dataset();
        int n = s.nodeCount(), m = s.edgeCount();

        // nodes: which stay (perhaps as a new version), which leave, which come
        boolean[] touchedNode = new boolean[n];
        boolean[] gone = new boolean[n];
        Actor[] version = s.actors.clone();
        TreeMap<String, Actor> added = new TreeMap<>();
        for (String id : touched) {
            Actor a = d.actor(id).filter(g::containsVertex).orElse(null);
            int i = s.indexOf(id);
            if (i >= 0) {
                touchedNode[i] = true;
                if (a == null) gone[i] = true; else version[i] = a;
            } else if (a != null) {
                added.put(id, a);
            }
        }
        int[] to = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) to[i] = gone[i] ? -1 : kept++;
        int n2 = kept + added.size();
        Actor[] actors = new Actor[n2];
        for (int i = 0; i < n; i++) if (!gone[i]) actors[to[i]] = version[i];
        Map<String, Integer> newcomer = new HashMap<>();
        for (Actor a : added.values()) {
            newcomer.put(a.id(), kept + newcomer.size());
            actors[kept + newcomer.size() - 1] = a;
        }

        // ties: those of touched actors and touched ties stay only if still shown between the same two actors
        boolean[] edgeGone = new boolean[m];
        Relation[] edgeVersion = s.relations.clone();
        for (int e = 0; e < m; e++) {
            if (touchedNode[s.src[e]] || touchedNode[s.dst[e]]) recheck(s, e, d, g, edgeGone, edgeVersion);
        }
        for (String id : touched) {
            int e = s.edgeIndexOf(id);
            if (e >= 0) recheck(s, e, d, g, edgeGone, edgeVersion);
        }
        TreeMap<String, Relation> newEdges = new TreeMap<>();
        for (String id : touched) {
            Actor a = d.actor(id).filter(g::containsVertex).orElse(null);
            if (a != null) for (Relation r : g.edgesOf(a)) consider(s, r, edgeGone, newEdges);
            d.relation(id).filter(g::containsEdge).ifPresent(r -> consider(s, r, edgeGone, newEdges));
        }
        int keptEdges = 0;
        int[] eto = new int[m];
        for (int e = 0; e < m; e++) eto[e] = edgeGone[e] ? -1 : keptEdges++;
        int m2 = keptEdges + newEdges.size();
        Relation[] rel = new Relation[m2];
        RelationFamily[] family = new RelationFamily[m2];
        int[] src = new int[m2], dst = new int[m2];
        double[] bend = new double[m2];
        EdgeStatus[] status = new EdgeStatus[m2];
        for (int e = 0; e < m; e++) {
            int f = eto[e];
            if (f < 0) continue;
            rel[f] = edgeVersion[e];
            family[f] = edgeVersion[e] == s.relations[e] ? s.family[e] : Vocabulary.familyOf(edgeVersion[e].type());
            src[f] = to[s.src[e]];
            dst[f] = to[s.dst[e]];
            bend[f] = s.bend[e];
            status[f] = EdgeStatus.SAME;
        }
        int f = keptEdges;
        for (Relation r : newEdges.values()) {
            int a = index(s, gone, to, newcomer, r.from()), b = index(s, gone, to, newcomer, r.to());
            if (a < 0 || b < 0) return null; // an end came into view that the edit did not touch
            rel[f] = r;
            family[f] = Vocabulary.familyOf(r.type());
            src[f] = a;
            dst[f] = b;
            status[f] = EdgeStatus.SAME;
            f++;
        }

        // importance: degree (or the analysis' weights) of the nodes whose ties changed
        int[] degreeBefore = degrees(s.src, s.dst, n);
        int[] degree = degrees(src, dst, n2);
        int maxDegree = 1;
        for (int x : degree) maxDegree = Math.max(maxDegree, x);
        double[] weight = new double[n2];
        double[] radius = new double[n2];
        int[] community = new int[n2];
        boolean[] reranked = new boolean[n2];
        for (int i = 0; i < n; i++) {
            int j = to[i];
            if (j < 0) continue;
            reranked[j] = touchedNode[i] || (weights == null && degree[j] != degreeBefore[i]);
            weight[j] = weights == null ? (double) degree[j] / maxDegree : touchedNode[i] ? weights.getOrDefault(actors[j].id(), 0.0) : s.weight[i];
            community[j] = touchedNode[i] ? communityOf(communities, actors[j].id()) : s.community[i];
        }
        for (int j = kept; j < n2; j++) {
            reranked[j] = true;
            weight[j] = weights == null ? (double) degree[j] / maxDegree : weights.getOrDefault(actors[j].id(), 0.0);
            community[j] = communityOf(communities, actors[j].id());
        }
        for (int j = 0; j < n2; j++) radius[j] = NodeSize.radius(weight[j]);
        int[] order = reorder(s, to, reranked, actors, weight);

        rebend(s, to, n2, edgeGone, keptEdges, src, dst, family, actors, bend);

        GraphSnapshot out = new GraphSnapshot(actors, weight, radius, community, new boolean[n2], rel, family, src, dst,
                status, bend, order, s.nodeIndex.remapped(to, n2, kept, j -> actors[j].id()),
                s.edgeIndex.remapped(eto, m2, keptEdges, e -> rel[e].id()));
        for (int i = 0; i < n; i++) {
            int j = to[i];
            if (j >= 0) {
                out.x[j] = s.x[i];
                out.y[j] = s.y[i];
                out.tx[j] = s.tx[i];
                out.ty[j] = s.ty[i];
            } else if (!Double.isNaN(s.tx[i])) {
                remembered.put(s.actors[i].id(), new double[] {s.tx[i], s.ty[i]});
            }
        }
        for (int j = kept; j < n2; j++) {
            double[] p = remembered.get(actors[j].id());
            if (p != null) out.place(j, p[0], p[1]);
        }
        return out;
    }

    /** Tie {@code e} of the old picture stays (as its current version) only while shown between the same two actors. */
    private static void recheck(GraphSnapshot s, int e, Dataset d, Graph<Actor, Relation> g, boolean[] gone, Relation[] version) {
        Relation before = s.relations[e];
        Relation r = d.relation(before.id()).orElse(null);
        if (r != null && g.containsEdge(r) && r.from().equals(before.from()) && r.to().equals(before.to())) {
            version[e] = r;
        } else {
            gone[e] = true;
        }
    }

    private static void consider(GraphSnapshot s, Relation r, boolean[] edgeGone, Map<String, Relation> newEdges) {
        int e = s.edgeIndexOf(r.id());
        if (e < 0 || edgeGone[e]) newEdges.put(r.id(), r);
    }

    private static int index(GraphSnapshot s, boolean[] gone, int[] to, Map<String, Integer> newcomer, String id) {
        int i = s.indexOf(id);
        if (i >= 0) return gone[i] ? -1 : to[i];
        return newcomer.getOrDefault(id, -1);
    }

    private static int communityOf(Map<String, Integer> communities, String id) {
        return communities == null ? -1 : communities.getOrDefault(id, -1);
    }

    private static int[] degrees(int[] src, int[] dst, int n) {
        int[] degree = new int[n];
        for (int e = 0; e < src.length; e++) {
            degree[src[e]]++;
            degree[dst[e]]++;
        }
        return degree;
    }

    /**
     * The importance order: the nodes whose weight kept its rank (an untouched node with the same degree
     * keeps its place among the others even when the largest degree changed, as all are divided by it)
     * in their old order, merged with the re-ranked ones sorted.
     */
    private static int[] reorder(GraphSnapshot s, int[] to, boolean[] reranked, Actor[] actors, double[] weight) {
        int n2 = actors.length;
        int[] stay = new int[n2];
        int a = 0;
        for (int i : s.byImportance) {
            int j = to[i];
            if (j >= 0 && !reranked[j]) stay[a++] = j;
        }
        List<Integer> moved = new ArrayList<>();
        for (int j = 0; j < n2; j++) if (reranked[j]) moved.add(j);
        Comparator<Integer> cmp = (x, y) -> GraphSnapshot.moreImportant(actors, weight, x, y);
        moved.sort(cmp);
        int[] order = new int[n2];
        int i = 0, b = 0, k = 0;
        while (i < a || b < moved.size()) {
            if (b >= moved.size() || (i < a && cmp.compare(stay[i], moved.get(b)) < 0)) order[k++] = stay[i++];
            else order[k++] = moved.get(b++);
        }
        return order;
    }

    /**
     * Curves again the ties between any two actors that gained or lost a tie, as {@link SnapshotBuilder#bends}
     * does for all: the others keep theirs (survivors keep their relative order, so their sides do not flip).
     */
    private static void rebend(GraphSnapshot s, int[] to, int n2, boolean[] edgeGone, int keptEdges,
                               int[] src, int[] dst, RelationFamily[] family, Actor[] actors, double[] bend) {
        Set<Long> pairs = new HashSet<>();
        boolean[] end = new boolean[n2];
        for (int e = 0; e < edgeGone.length; e++) {
            if (!edgeGone[e]) continue;
            int a = to[s.src[e]], b = to[s.dst[e]];
            if (a < 0 || b < 0) continue;
            pairs.add(SnapshotBuilder.pairKey(a, b));
            end[a] = end[b] = true;
        }
        for (int e = keptEdges; e < src.length; e++) {
            pairs.add(SnapshotBuilder.pairKey(src[e], dst[e]));
            end[src[e]] = end[dst[e]] = true;
        }
        if (pairs.isEmpty()) return;
        Map<Long, List<Integer>> groups = new HashMap<>();
        for (int e = 0; e < src.length; e++) {
            if (!end[src[e]] || !end[dst[e]]) continue;
            long key = SnapshotBuilder.pairKey(src[e], dst[e]);
            if (pairs.contains(key)) groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        for (List<Integer> group : groups.values()) SnapshotBuilder.bendPair(group, src, dst, family, actors, bend);
    }
}
