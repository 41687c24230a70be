package org.entente.logic.layout;

/**
 * Node radius from importance, in world units: one rule shared by the layout, the painter and the
 * hit-testing, so a node is as big where it is drawn as where it can be clicked.
 */
public final class NodeSize {

    public static final double MIN_RADIUS = 7;
    public static final double MAX_RADIUS = 24;

    private NodeSize() {
    }

    /** @param weight importance from 0 to 1 (values outside are clamped) */
    public static double radius(double weight) {
        double w = Double.isNaN(weight) ? 0 : Math.max(0, Math.min(1, weight));
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(w);
    }
}
