package org.entente.ui.graph;

import java.util.Arrays;

import org.entente.model.Actor;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;

/**
 * What the graph draws at one moment: the visible actors and relations in flat arrays (fast to paint and
 * hit-test for thousands of items), their importance and styling inputs, and two sets of positions: the
 * layout's targets and the displayed positions that ease towards them, which is how the layout animates.
 */
public final class GraphSnapshot {

    final Actor[] actors;
    final double[] weight;
    final double[] radius;
    final int[] community;
    final boolean[] ghost;
    final Relation[] relations;
    final RelationFamily[] family;
    final int[] src;
    final int[] dst;
    final EdgeStatus[] status;
    final double[] bend;
    final int[] byImportance;
    final double[] x;
    final double[] y;
    final double[] tx;
    final double[] ty;
    final IdIndex nodeIndex;
    /** Counts changes of the displayed positions, so that derived geometry is redone only when they move. */
    private long moves;
    private long trunksAt = -1;
    private double[] trunks;
    final IdIndex edgeIndex;

    GraphSnapshot(Actor[] actors, double[] weight, double[] radius, int[] community, boolean[] ghost,
                  Relation[] relations, int[] src, int[] dst, EdgeStatus[] status, double[] bend) {
        this(actors, weight, radius, community, ghost, relations, families(relations), src, dst, status, bend,
                importanceOrder(actors, weight));
    }

    /** A snapshot whose tie families and importance order are already known (a patched one, see {@link SnapshotPatch}). */
    GraphSnapshot(Actor[] actors, double[] weight, double[] radius, int[] community, boolean[] ghost,
                  Relation[] relations, RelationFamily[] family, int[] src, int[] dst, EdgeStatus[] status, double[] bend,
                  int[] byImportance) {
        this(actors, weight, radius, community, ghost, relations, family, src, dst, status, bend, byImportance,
                new IdIndex(actors.length, i -> actors[i].id()), new IdIndex(relations.length, e -> relations[e].id()));
    }

    /** A snapshot whose indexes are known too (see {@link SnapshotPatch}). */
    GraphSnapshot(Actor[] actors, double[] weight, double[] radius, int[] community, boolean[] ghost,
                  Relation[] relations, RelationFamily[] family, int[] src, int[] dst, EdgeStatus[] status, double[] bend,
                  int[] byImportance, IdIndex nodeIndex, IdIndex edgeIndex) {
        this.actors = actors;
        this.weight = weight;
        this.radius = radius;
        this.community = community;
        this.ghost = ghost;
        this.relations = relations;
        this.src = src;
        this.dst = dst;
        this.status = status;
        this.bend = bend;
        this.family = family;
        this.byImportance = byImportance;
        int n = actors.length;
        x = new double[n];
        y = new double[n];
        tx = new double[n];
        ty = new double[n];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
        Arrays.fill(tx, Double.NaN);
        Arrays.fill(ty, Double.NaN);
        this.nodeIndex = nodeIndex;
        this.edgeIndex = edgeIndex;
    }

    static RelationFamily[] families(Relation[] relations) {
        RelationFamily[] family = new RelationFamily[relations.length];
        for (int e = 0; e < relations.length; e++) family[e] = Vocabulary.familyOf(relations[e].type());
        return family;
    }

    /** Node indices, heaviest first, then by id: the order labels and the keyboard cursor follow. */
    private static int[] importanceOrder(Actor[] actors, double[] weight) {
        int n = actors.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> moreImportant(actors, weight, a, b));
        int[] byImportance = new int[n];
        for (int i = 0; i < n; i++) byImportance[i] = order[i];
        return byImportance;
    }

    /** Negative when node {@code a} comes before node {@code b} in {@link #byImportance()}. */
    static int moreImportant(Actor[] actors, double[] weight, int a, int b) {
        return weight[a] != weight[b] ? Double.compare(weight[b], weight[a]) : actors[a].id().compareTo(actors[b].id());
    }

    public int nodeCount() { return actors.length; }

    public int edgeCount() { return relations.length; }

    public Actor actor(int i) { return actors[i]; }

    public Relation relation(int e) { return relations[e]; }

    public EdgeStatus status(int e) { return status[e]; }

    public int source(int e) { return src[e]; }

    public int target(int e) { return dst[e]; }

    /** Index of the actor with this id, or -1 when it is not drawn. */
    public int indexOf(String actorId) {
        return nodeIndex.get(actorId);
    }

    /** Index of the relation with this id, or -1 when it is not drawn. */
    public int edgeIndexOf(String relationId) {
        return edgeIndex.get(relationId);
    }

    /** Displayed position of node {@code i} (world units); NaN before the layout placed it. */
    public double x(int i) { return x[i]; }

    public double y(int i) { return y[i]; }

    public double radius(int i) { return radius[i]; }

    public boolean isGhost(int i) { return ghost[i]; }

    /** Whether node {@code i} has been placed. */
    public boolean placed(int i) { return !Double.isNaN(x[i]); }

    /** Node indices, most important first. */
    public int[] byImportance() { return byImportance.clone(); }

    /**
     * Where each tie's curve is pulled to join its fan's trunk (see {@link FanBundling}), as world x, y
     * per tie (NaN for a tie drawn as before); worked out again only after the actors moved.
     */
    double[] trunks() {
        if (trunksAt != moves || trunks == null) {
            trunks = FanBundling.controls(this, trunks);
            trunksAt = moves;
        }
        return trunks;
    }

    /** Sets the displayed and target position at once (no animation). */
    void place(int i, double px, double py) {
        moves++;
        x[i] = px;
        y[i] = py;
        tx[i] = px;
        ty[i] = py;
    }

    /**
     * Moves displayed positions a fraction of the way to the targets.
     *
     * @return true while anything still moves visibly
     */
    boolean ease(double fraction) {
        boolean moving = false, changed = false;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(tx[i])) continue;
            if (Double.isNaN(x[i])) {
                x[i] = tx[i];
                y[i] = ty[i];
                moving = true;
                changed = true;
                continue;
            }
            double ddx = tx[i] - x[i], ddy = ty[i] - y[i];
            if (ddx == 0 && ddy == 0) continue;
            changed = true;
            if (Math.abs(ddx) + Math.abs(ddy) < 0.05) {
                x[i] = tx[i];
                y[i] = ty[i];
                continue;
            }
            x[i] += ddx * fraction;
            y[i] += ddy * fraction;
            moving = true;
        }
        if (changed) moves++;
        return moving;
    }

    /** Jumps displayed positions to the targets. */
    void settle() {
        ease(1);
    }

    /** World bounds {minX, minY, maxX, maxY} of the placed nodes, their discs included; null when none. */
    double[] bounds() {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) continue;
            minX = Math.min(minX, x[i] - radius[i]);
            maxX = Math.max(maxX, x[i] + radius[i]);
            minY = Math.min(minY, y[i] - radius[i]);
            maxY = Math.max(maxY, y[i] + radius[i]);
        }
        return minX > maxX ? null : new double[] {minX, minY, maxX, maxY};
    }

    /** A copy with the same items and the current displayed positions (for export while the view moves on). */
    GraphSnapshot copy() {
        GraphSnapshot c = new GraphSnapshot(actors, weight, radius, community, ghost, relations, family, src, dst, status, bend,
                byImportance, nodeIndex, edgeIndex);
        System.arraycopy(x, 0, c.x, 0, x.length);
        System.arraycopy(y, 0, c.y, 0, y.length);
        System.arraycopy(x, 0, c.tx, 0, x.length);
        System.arraycopy(y, 0, c.ty, 0, y.length);
        return c;
    }
}
