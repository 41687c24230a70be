package org.entente.logic.layout;

import java.util.Arrays;

/**
 * A graph ready to be laid out, on primitive arrays so that layouts of tens of thousands of nodes stay
 * fast and allocation-free. Nodes are numbered 0..n-1; each has a radius and a label box (below the
 * node) that the final overlap-removal pass keeps clear; initial positions are NaN where unknown.
 */
public final class LayoutInput {

    final String[] ids;
    final String[] kinds;
    final double[] radius;
    final double[] labelHalfWidth;
    final double[] labelHeight;
    final double[] initX;
    final double[] initY;
    final boolean[] fixed;
    final int[] src;
    final int[] dst;
    final boolean[] groupingEdge;

    /**
     * @param ids            node ids (used to seed the starting position of new nodes, so the picture
     *                       does not depend on the order of the input)
     * @param kinds          node kinds (the groupings layout anchors alliances and organizations)
     * @param radius         node radius in world units
     * @param labelHalfWidth half the label width in world units (0 for no label)
     * @param labelHeight    label height in world units, the label sitting below the node
     * @param src            edge sources
     * @param dst            edge targets
     * @param groupingEdge   whether each edge ties a member to a grouping (membership, participation)
     */
    public LayoutInput(String[] ids, String[] kinds, double[] radius, double[] labelHalfWidth, double[] labelHeight,
                       int[] src, int[] dst, boolean[] groupingEdge) {
        int n = ids.length;
        if (kinds.length != n || radius.length != n || labelHalfWidth.length != n || labelHeight.length != n
                || src.length != dst.length || groupingEdge.length != src.length) {
            throw new IllegalArgumentException("layout input arrays differ in length");
        }
        this.ids = ids.clone();
        this.kinds = kinds.clone();
        this.radius = radius.clone();
        this.labelHalfWidth = labelHalfWidth.clone();
        this.labelHeight = labelHeight.clone();
        this.src = src.clone();
        this.dst = dst.clone();
        this.groupingEdge = groupingEdge.clone();
        this.initX = new double[n];
        this.initY = new double[n];
        Arrays.fill(initX, Double.NaN);
        Arrays.fill(initY, Double.NaN);
        this.fixed = new boolean[n];
    }

    public int size() {
        return ids.length;
    }

    public int edgeCount() {
        return src.length;
    }

    public String id(int i) {
        return ids[i];
    }

    public double radius(int i) {
        return radius[i];
    }

    /** Starts node {@code i} at a known place (it was there before); it stays near it. */
    public void setInitial(int i, double x, double y) {
        initX[i] = x;
        initY[i] = y;
    }

    /** Pins node {@code i} at (x, y): the layout will not move it. */
    public void pin(int i, double x, double y) {
        setInitial(i, x, y);
        fixed[i] = true;
    }

    public boolean isFixed(int i) {
        return fixed[i];
    }

    /** How many nodes start from a known place. */
    public int knownCount() {
        int c = 0;
        for (double v : initX) {
            if (!Double.isNaN(v)) c++;
        }
        return c;
    }
}
