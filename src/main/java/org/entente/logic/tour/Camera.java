package org.entente.logic.tour;

/**
 * Where the graph looks in a tour step or saved view: the world point at the centre and the zoom factor.
 * A plain value (no JavaFX) so tours can be read, checked and written headless.
 */
public record Camera(double centreX, double centreY, double zoom) {
}
