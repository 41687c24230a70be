package org.entente.logic.layout;

/**
 * How to lay a graph out.
 *
 * @param kind          the arrangement
 * @param seed          seeds every random choice, so the same input gives the same picture every time
 * @param edgeLength    preferred length of a tie, in world units
 * @param maxIterations upper bound on force iterations (0 picks one by graph size)
 * @param labelsCount   whether label boxes take part in overlap removal (off for huge graphs)
 */
public record LayoutSettings(LayoutKind kind, long seed, double edgeLength, int maxIterations, boolean labelsCount) {

    /** The defaults the app and the headless export share. */
    public static final LayoutSettings DEFAULT = new LayoutSettings(LayoutKind.FORCE, 20250408L, 90, 0, true);

    public LayoutSettings withKind(LayoutKind k) {
        return new LayoutSettings(k, seed, edgeLength, maxIterations, labelsCount);
    }
}
