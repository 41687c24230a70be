package org.entente.ui.graph;

import org.entente.model.RelationFamily;

/**
 * The line style of each relation family: a distinct dash pattern and width on top of the family colour,
 * so ties stay distinguishable in greyscale print-outs and for colour-blind students.
 *
 * @param dashes dash pattern at scale 1 (empty for solid)
 * @param width  line width at scale 1
 */
record EdgeStyle(double[] dashes, double width) {

    static EdgeStyle of(RelationFamily family) {
        return switch (family) {
            case MEMBERSHIP -> new EdgeStyle(new double[0], 1.6);
            case PARTNERSHIP -> new EdgeStyle(new double[] {10, 4}, 1.7);
            case PARTICIPATION -> new EdgeStyle(new double[] {5, 3}, 1.8);
            case SUPPORT -> new EdgeStyle(new double[0], 3.0);
            case OPPOSITION -> new EdgeStyle(new double[] {10, 3, 2, 3}, 2.2);
            case LEADERSHIP -> new EdgeStyle(new double[] {2, 3}, 2.4);
            case LOCATION -> new EdgeStyle(new double[] {1, 4}, 1.4);
            case OTHER -> new EdgeStyle(new double[] {6, 6}, 1.2);
        };
    }

    /** Ties that ended since the reference date. */
    static final EdgeStyle GONE = new EdgeStyle(new double[] {7, 5}, 2.0);

    double[] scaledDashes(double scale) {
        double[] d = dashes.clone();
        for (int i = 0; i < d.length; i++) d[i] *= scale;
        return d;
    }
}
