package org.entente.ui.render;

/** A rectangle of a picture, in pixels, that a {@link Renderable} paints into. */
public record Area(double x, double y, double width, double height) {
}
