package org.entente.ui.render;

import org.entente.ui.theme.Palette;

/**
 * How to render a view into a picture.
 *
 * @param palette      colours and scales of the theme
 * @param wholeContent true to frame everything (the whole graph, the whole time span); false to show
 *                     what the on-screen view shows, scaled to the area
 * @param pixelScale   1, 2, 4...: multiplies text sizes and line widths so a 4x export looks like the
 *                     screen, only sharper
 * @param transparent  true to leave the background transparent
 */
public record RenderOptions(Palette palette, boolean wholeContent, double pixelScale, boolean transparent) {
}
