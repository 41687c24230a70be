package org.entente.ui.state;

/**
 * Where the graph view looks: the world point at the centre of the view and the zoom factor. Stored by
 * lesson tours and saved views so a teacher's framing comes back exactly.
 */
public record ViewCamera(double centreX, double centreY, double zoom) {
}
