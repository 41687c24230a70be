package org.entente.ui.export;

import org.entente.ui.theme.Theme;

/**
 * What the user asked for in the export dialog or on the command line.
 *
 * @param scale        1, 2, 4...: multiplies the natural size (used when width/height are 0)
 * @param width        exact width in pixels, or 0 to use {@code scale}
 * @param height       exact height in pixels, or 0 to use {@code scale}
 * @param wholeContent true for the whole graph / time span, false for what the screen shows
 */
public record ExportRequest(ExportView view, double scale, int width, int height, boolean wholeContent,
                            Theme theme, boolean transparent) {

    /** Largest side we accept: far beyond 4K and any texture limit, small enough to fit in memory. */
    public static final int MAX_SIDE = 20000;

    public ExportRequest {
        if (scale <= 0 || scale > 16) throw new IllegalArgumentException("scale must be between 0 and 16, was " + scale);
        if (width < 0 || height < 0 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("width and height must be between 1 and " + MAX_SIDE + " pixels, were "
                    + width + " x " + height);
        }
    }

    public boolean hasExactSize() {
        return width > 0 && height > 0;
    }
}
