package org.entente.logic.layout;

/**
 * Where each node ended up, in world units, and how the layout went.
 *
 * @param iterations force iterations run
 * @param converged  whether the layout settled before its iteration budget ran out
 */
public record LayoutResult(String[] ids, double[] x, double[] y, int iterations, boolean converged) {
}
