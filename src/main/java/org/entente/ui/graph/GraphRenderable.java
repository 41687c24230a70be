package org.entente.ui.graph;

import java.util.List;

import org.entente.ui.render.Area;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Renderable;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.Surface;
import org.entente.ui.state.ViewCamera;

/**
 * A frozen picture of the graph (positions, selection, highlights, camera) that export can render at any
 * size: either what the screen shows, scaled to the area, or the whole graph framed.
 */
final class GraphRenderable implements Renderable {

    private static final double MARGIN = 40;

    private final GraphSnapshot g;
    private final ViewCamera camera;
    private final double viewportWidth;
    private final double viewportHeight;
    private final PaintState paintState;

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
        new GraphPainter().paint(surface, g, camera(area, options.wholeContent(), options.pixelScale()), paintState,
                options.palette(), options.pixelScale());
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
    public double[] preferredSize() {
        double[] b = g.bounds();
        if (b == null) return new double[] {800, 600};
        double w = b[2] - b[0] + 2 * MARGIN + 160;
        double h = b[3] - b[1] + 2 * MARGIN + 40;
        return new double[] {Math.max(800, Math.min(4000, w)), Math.max(600, Math.min(4000, h))};
    }
}
