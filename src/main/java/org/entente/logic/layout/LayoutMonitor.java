package org.entente.logic.layout;

/**
 * Watches a running layout: receives intermediate positions (so a view can animate the layout as it
 * settles) and may stop it.
 */
@FunctionalInterface
public interface LayoutMonitor {

    /**
     * Called every few iterations with the current positions (do not keep the arrays).
     *
     * @param fraction how far along, 0 to 1
     * @return false to stop the layout (cancelled)
     */
    boolean progress(double fraction, double[] x, double[] y);

    /** A monitor that watches nothing and never stops. */
    LayoutMonitor NONE = (f, x, y) -> true;
}
