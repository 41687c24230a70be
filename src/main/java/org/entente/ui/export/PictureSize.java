package org.entente.ui.export;

import org.entente.ui.render.Renderable;

/**
 * The pixel size of an export and the scale its text and lines are drawn at: a 2x export is twice the
 * natural size with everything twice as thick; an exact size (3840 x 2160) scales by the tighter side.
 */
public record PictureSize(int width, int height, double pixelScale) {

    public static PictureSize of(Renderable picture, ExportRequest request) {
        double[] base = picture.preferredSize();
        if (request.hasExactSize()) {
            double byWidth = request.width() / base[0];
            double k = Math.min(byWidth, request.height() / base[1]);
            if (picture instanceof ComposedPicture composed) {
                // scale the title and legend with the width, as long as the views keep most of the height
                double chrome = composed.chromeHeight(base[0], 1);
                k = Math.min(byWidth, 0.4 * request.height() / chrome);
            }
            return new PictureSize(request.width(), request.height(), Math.max(0.25, k));
        }
        int w = (int) Math.round(base[0] * request.scale());
        int h = (int) Math.round(base[1] * request.scale());
        if (w > ExportRequest.MAX_SIDE || h > ExportRequest.MAX_SIDE) {
            throw new IllegalArgumentException("a " + request.scale() + "x export would be " + w + " x " + h
                    + " pixels, more than the " + ExportRequest.MAX_SIDE + " px limit; choose a smaller scale");
        }
        return new PictureSize(w, h, request.scale());
    }
}
