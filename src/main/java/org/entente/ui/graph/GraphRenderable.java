package org.entente.ui.graph;

import java.util.List;

import org.entente.ui.render.Area;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Renderable;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.SceneRecorder;
import org.entente.ui.render.Surface;
import org.entente.ui.state.ViewCamera;

/**
 * A frozen picture of the graph (positions, selection, highlights, camera) that export can render at any
 * size: either what the screen shows, scaled to the area, or the whole graph framed.
 */
final class GraphRenderable implements Renderable {

    private static final double MARGIN = 40;
    /** Empty border around the framed content (nodes and their names), as a share of the area's smaller side. */
    static final double MARGIN_SHARE = 0.035;
    /**
     * Most a framed picture spreads the positions upwards beyond the graph's own shape, when the area is
     * taller than the graph (a portrait page, a narrow column): the nodes then use the height instead of
     * sitting in a band between wide empty borders above and below. Node sizes and names are not stretched.
     */
    static final double MAX_STRETCH = 2;
    /** Refits after measuring where the names went: names are placed for the zoom, so the box moves a little. */
    private static final int FIT_PASSES = 3;

    private final GraphSnapshot g;
    private final ViewCamera camera;
    private final double viewportWidth;
    private final double viewportHeight;
    private final PaintState paintState;
    /** The last framed camera and what it was framed for (tiles of one picture ask for the same area). */
    private Camera lastFit;
    private Object lastFitKey;

    /**
     * @param camera         the on-screen camera, or null to always frame everything
     * @param viewportWidth  width of the on-screen view, or 0 when unknown (headless)
     */
    GraphRenderable(GraphSnapshot g, ViewCamera camera, double viewportWidth, double viewportHeight, PaintState paintState) {
        this.g = g;
        this.camera = camera;
        this.viewportWidth = viewportWidth;
        this.viewportHeight = viewportHeight;
        this.paintState = paintState;
    }

    @Override
    public void render(Surface surface, Area area, RenderOptions options) {
        if (!options.transparent()) {
            surface.setGlobalAlpha(1);
            surface.setFill(options.palette().background());
            surface.fillRect(area.x(), area.y(), area.width(), area.height());
        }
        surface.note(SceneItem.area(SceneItem.Kind.GRAPH, area.x(), area.y(), area.width(), area.height()));
        Camera cam = options.wholeContent() || camera == null ? framed(area, options) : camera(area, false, options.pixelScale());
        new GraphPainter().paint(surface, g, cam, paintState, options.palette(), options.pixelScale());
    }

    /**
     * The whole graph framed to its content: the nodes and their names together fill the area up to a
     * margin proportional to the area's size, centred on what is drawn (names that stick out on one side
     * no longer leave the other side empty); in an area taller than the graph's shape the positions are spread
     * upwards (at most {@link #MAX_STRETCH} times) to use its height. Names are placed for the zoom, so the box is measured by
     * painting through a recorder and the fit is repeated a few times.
     */
    Camera framed(Area area, RenderOptions options) {
        double scale = options.pixelScale();
        Object key = java.util.List.of(area, scale, options.palette().fontScale());
        if (key.equals(lastFitKey)) return lastFit;
        Camera cam = camera(area, true, scale);
        double[] b = g.bounds();
        if (b != null) {
            double m = MARGIN_SHARE * Math.min(area.width(), area.height());
            double ww = Math.max(1, b[2] - b[0]), wh = Math.max(1, b[3] - b[1]);
            for (int pass = 0; pass < FIT_PASSES; pass++) {
                double[] box = contentBox(cam, area, options);
                if (box == null) break;
                double overL = Math.max(0, cam.sx(b[0]) - box[0]), overR = Math.max(0, box[2] - cam.sx(b[2]));
                double overT = Math.max(0, cam.sy(b[1]) - box[1]), overB = Math.max(0, box[3] - cam.sy(b[3]));
                double freeH = area.height() - 2 * m - overT - overB;
                double zoom = Math.min((area.width() - 2 * m - overL - overR) / ww, freeH / wh);
                if (pass == FIT_PASSES - 1) zoom = Math.min(zoom, cam.zoom());
                zoom = Math.max(0.02, Math.min(3 * scale, zoom));
                double stretch = Math.max(1, Math.min(MAX_STRETCH, freeH / (wh * zoom)));
                if (pass == FIT_PASSES - 1) stretch = Math.min(stretch, cam.stretch());
                double cx = (b[0] + b[2]) / 2 + (overR - overL) / 2 / zoom;
                double cy = (b[1] + b[3]) / 2 + (overB - overT) / 2 / (zoom * stretch);
                cam = new Camera(cx, cy, zoom, area.x(), area.y(), area.width(), area.height(), stretch);
            }
            double[] box = contentBox(cam, area, options);
            if (box != null) {
                double dx = (box[0] + box[2]) / 2 - (area.x() + area.width() / 2);
                double dy = (box[1] + box[3]) / 2 - (area.y() + area.height() / 2);
                Camera centred = new Camera(cam.cx() + dx / cam.zoom(), cam.cy() + dy / (cam.zoom() * cam.stretch()), cam.zoom(),
                        area.x(), area.y(), area.width(), area.height(), cam.stretch());
                double[] after = contentBox(centred, area, options);
                if (after != null && after[0] >= area.x() && after[1] >= area.y()
                        && after[2] <= area.x() + area.width() && after[3] <= area.y() + area.height()) cam = centred;
            }
        }
        lastFitKey = key;
        lastFit = cam;
        return cam;
    }

    /** The pixel box {minX, minY, maxX, maxY} of every node and name drawn with {@code cam}; null when none. */
    private double[] contentBox(Camera cam, Area area, RenderOptions options) {
        SceneRecorder recorder = new SceneRecorder(area.x() + area.width(), area.y() + area.height());
        new GraphPainter().paint(recorder, g, cam, paintState, options.palette(), options.pixelScale());
        double[] box = null;
        for (SceneItem i : recorder.items()) {
            if (i.kind() != SceneItem.Kind.NODE && i.kind() != SceneItem.Kind.LABEL) continue;
            if (box == null) box = new double[] {i.x(), i.y(), i.x() + i.w(), i.y() + i.h()};
            box[0] = Math.min(box[0], i.x());
            box[1] = Math.min(box[1], i.y());
            box[2] = Math.max(box[2], i.x() + i.w());
            box[3] = Math.max(box[3], i.y() + i.h());
        }
        return box;
    }

    Camera camera(Area area, boolean whole, double scale) {
        if (whole || camera == null) {
            return Camera.fit(g.bounds(), area.x(), area.y(), area.width(), area.height(), MARGIN * scale, 3 * scale);
        }
        double zoom = viewportWidth > 0 && viewportHeight > 0
                ? camera.zoom() * Math.min(area.width() / viewportWidth, area.height() / viewportHeight)
                : camera.zoom() * scale;
        return new Camera(camera.centreX(), camera.centreY(), zoom, area.x(), area.y(), area.width(), area.height());
    }

    @Override
    public List<LegendItem> legend() {
        double[] size = camera != null && viewportWidth > 0 ? new double[] {viewportWidth, viewportHeight} : preferredSize();
        Camera cam = camera(new Area(0, 0, size[0], size[1]), false, 1);
        return Culling.legend(g, cam, paintState.compareDate());
    }

    @Override
    public boolean keepsItsShape() {
        return true;
    }

    @Override
    public double[] preferredSize() {
        double[] b = g.bounds();
        if (b == null) return new double[] {800, 600};
        double w = b[2] - b[0] + 2 * MARGIN + 160;
        double h = b[3] - b[1] + 2 * MARGIN + 40;
        return new double[] {Math.max(800, Math.min(4000, w)), Math.max(600, Math.min(4000, h))};
    }
}
