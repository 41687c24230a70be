package org.entente.logic.tour;

/** A pinned node's world position in a saved view. */
public record Point(double x, double y) {
}
