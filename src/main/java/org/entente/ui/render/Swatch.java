package org.entente.ui.render;

import org.entente.ui.theme.Palette;

/** The small picture beside a legend entry: a node shape, a line style or a colour. */
@FunctionalInterface
public interface Swatch {
    /** Paints the swatch centred at (cx, cy) within a square of side {@code size}. */
    void paint(Surface surface, double cx, double cy, double size, Palette palette);
}
