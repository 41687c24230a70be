package org.entente.ui.graph;

/**
 * The mapping from world units (where the layout places nodes) to pixels of a picture: the world point
 * at the centre of an area and the zoom. Used by the painter, hit-testing and export alike.
 *
 * @param cx,cy  world point shown at the centre of the area
 * @param zoom   pixels per world unit
 * @param left,top,width,height the area of the picture
 * @param stretch extra vertical spread of the positions (1 on screen): an exported picture taller than the
 *                graph's own shape spreads the nodes (not their sizes or names) up to fill its height
 */
record Camera(double cx, double cy, double zoom, double left, double top, double width, double height, double stretch) {

    Camera(double cx, double cy, double zoom, double left, double top, double width, double height) {
        this(cx, cy, zoom, left, top, width, height, 1);
    }

    double sx(double wx) {
        return left + width / 2 + (wx - cx) * zoom;
    }

    double sy(double wy) {
        return top + height / 2 + (wy - cy) * zoom * stretch;
    }

    double wx(double sx) {
        return cx + (sx - left - width / 2) / zoom;
    }

    double wy(double sy) {
        return cy + (sy - top - height / 2) / (zoom * stretch);
    }

    /**
     * On-screen radius of a node of world radius {@code r}: nodes shrink more slowly than the distances
     * between them when zooming out, so they stay visible and clickable in an overview.
     */
    double radius(double r) {
        double z = zoom < 1 ? Math.sqrt(zoom) : zoom;
        return Math.max(2, r * z);
    }

    /** A camera that frames the world rectangle {minX, minY, maxX, maxY} in the area with a margin in pixels. */
    static Camera fit(double[] bounds, double left, double top, double width, double height, double margin, double maxZoom) {
        return fit(bounds, left, top, width, height, margin, margin, maxZoom);
    }

    /** As {@link #fit(double[], double, double, double, double, double, double)}, with margins across and down. */
    static Camera fit(double[] bounds, double left, double top, double width, double height, double marginX, double marginY, double maxZoom) {
        if (bounds == null) return new Camera(0, 0, 1, left, top, width, height);
        double w = Math.max(1, bounds[2] - bounds[0]);
        double h = Math.max(1, bounds[3] - bounds[1]);
        double zoom = Math.min((width - 2 * marginX) / w, (height - 2 * marginY) / h);
        zoom = Math.max(0.02, Math.min(maxZoom, zoom));
        return new Camera((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, zoom, left, top, width, height);
    }
}
