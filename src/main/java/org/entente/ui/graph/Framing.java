package org.entente.ui.graph;

import org.entente.ui.state.ViewCamera;

/**
 * Where the graph view looks and how big it is: the camera (centre and zoom), the view's size, the room
 * the legend and the control bar take, and whether the graph is framed as a whole (so a resize frames it
 * again). Pure arithmetic, kept apart from the {@link GraphViewModel} that publishes its result to the
 * shared state; the room for the legend is known before painting, never measured while painting.
 */
final class Framing {

    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 12;
    /** Pixels at the top kept clear of the graph when framing, for the control bar. */
    private static final double TOP_RESERVE = 34;
    /** Pixels kept free beside and above/below the framed graph. */
    private static final double MARGIN_ACROSS = 24;
    private static final double MARGIN_DOWN = 8;
    /**
     * Extra room across per unit of type enlargement (projector), for names centred under the outermost
     * actors; names are kept inside the view anyway, so this only has to cover their usual overhang.
     */
    private static final double LABEL_PAD = 110;
    /** A legend taller than this share of the view is laid over the graph instead of squeezing it. */
    private static final double MAX_LEGEND_SHARE = 0.3;

    double cx;
    double cy;
    double zoom = 1;
    double width = 800;
    double height = 600;
    /** The graph still has to be framed once its layout is known. */
    boolean fitPending = true;
    /** The camera is a fit of the whole graph (nobody has panned or zoomed since): a resize fits again. */
    boolean fitted;
    boolean viewportKnown;
    private double bottomReserve;
    private double rightReserve;

    Camera camera() {
        return new Camera(cx, cy, zoom, 0, 0, width, height);
    }

    ViewCamera value() {
        return new ViewCamera(cx, cy, zoom);
    }

    /** Takes a camera someone else set (a tour step, a saved view, undo). */
    void follow(ViewCamera c) {
        cx = c.centreX();
        cy = c.centreY();
        zoom = clampZoom(c.zoom());
        fitPending = false;
        fitted = false;
    }

    /** The new size; true when it changed. */
    boolean resize(double w, double h) {
        if (w <= 0 || h <= 0 || (w == width && h == height && viewportKnown)) return false;
        width = w;
        height = h;
        viewportKnown = true;
        return true;
    }

    /** The legend's room at the bottom and the right; true when it changed. */
    boolean reserve(double bottom, double right) {
        if (Math.abs(bottom - bottomReserve) < 0.5 && Math.abs(right - rightReserve) < 0.5) return false;
        bottomReserve = bottom;
        rightReserve = right;
        return true;
    }

    void pan(double dx, double dy) {
        cx -= dx / zoom;
        cy -= dy / zoom;
        fitPending = false;
        fitted = false;
    }

    void zoomAt(double sx, double sy, double factor) {
        Camera before = camera();
        double wx = before.wx(sx), wy = before.wy(sy);
        zoom = clampZoom(zoom * factor);
        cx = wx - (sx - width / 2) / zoom;
        cy = wy - (sy - height / 2) / zoom;
        fitPending = false;
        fitted = false;
    }

    /** Centres on a world point when it is within {@code margin} pixels of the edge; true when it moved. */
    boolean keepInView(double x, double y, double margin) {
        Camera cam = camera();
        double sx = cam.sx(x), sy = cam.sy(y);
        if (sx >= margin && sy >= margin && sx <= width - margin && sy <= height - margin) return false;
        cx = x;
        cy = y;
        fitted = false;
        return true;
    }

    /**
     * Frames {@code bounds} (minX, minY, maxX, maxY in world units) clear of the control bar and the legend;
     * {@code fontScale} above 1 (projector) keeps room for the larger names at the edge.
     */
    void fitTo(double[] bounds, double fontScale, double labelHeight) {
        double top = TOP_RESERVE;
        double reserve = bottomReserve > height * MAX_LEGEND_SHARE ? 0 : bottomReserve;
        double usable = Math.max(height * 0.5, height - reserve - top);
        double across = rightReserve > 0 && rightReserve < width * 0.45 ? width - rightReserve : width;
        double labelPad = LABEL_PAD * Math.max(0, fontScale - 1);
        // across, names centred under the outermost actors need room; down, the bounds already hold the
        // names under the lowest actors and the control bar's reserve is above, so a small margin will do:
        // on a 1024x768 screen the graph is short of height, and 24 px above and below took a sixth of it
        Camera c = Camera.fit(new double[] {bounds[0], bounds[1], bounds[2], bounds[3] + labelHeight},
                0, 0, Math.max(across * 0.6, across - 2 * labelPad), usable, MARGIN_ACROSS, MARGIN_DOWN, 2.2);
        cx = c.cx() + (width - across) / 2 / c.zoom();
        zoom = c.zoom();
        cy = c.cy() + (height - usable - 2 * top) / 2 / zoom;
        fitted = true;
    }

    static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
