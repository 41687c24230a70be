package org.entente.ui.graph;

import java.util.Arrays;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

import org.entente.logic.layout.LayoutResult;
import org.entente.logic.layout.LayoutSettings;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.FrameProbe;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.state.AppState;
import org.entente.ui.theme.Palette;

/**
 * The graph's numbers for the bench: the time to lay out the visible graph to convergence, and the median
 * time to draw a frame with the real painter into a canvas, alternating the whole graph and zoomed-in
 * views as a user would. As in the view, the legend is not redrawn in each frame: it is a small layer of
 * its own over the graph, drawn only when what it lists changes (compositing its few pixels is left out).
 * Each frame ends with a snapshot, which makes the canvas really rasterise, so the time is drawing and not
 * just recording commands.
 */
public final class GraphFrameProbe implements FrameProbe {

    /**
     * Frames drawn before measuring, so the JIT and the glyph cache are warm as in a running app (which
     * draws hundreds of frames while the layout settles, before anyone clicks); with a dozen, the median
     * still caught the interpreter and wandered between 15 and 22 ms from run to run.
     */
    private static final int WARM_UP = 60;

    private AppState laidOutState;
    private GraphSnapshot laidOut;
    private LayoutResult lastLayout;
    private double lastPaintMs = Double.NaN;
    private double lastRasterBaselineMs = Double.NaN;
    private double lastOverviewMs = Double.NaN;
    private double lastZoomedMs = Double.NaN;

    /** Builds and lays out the graph of {@code state}; returns the milliseconds taken. */
    public double layoutMs(AppState state) {
        long t0 = System.nanoTime();
        GraphSnapshot g = new SnapshotBuilder().build(state);
        lastLayout = GraphPicture.layOut(g, state, LayoutSettings.DEFAULT);
        double ms = (System.nanoTime() - t0) / 1e6;
        laidOutState = state;
        laidOut = g;
        return ms;
    }

    /** Median time of the last measurement spent issuing drawing commands only (no rasterising). */
    public double lastPaintMs() {
        return lastPaintMs;
    }

    /**
     * Median time of the last measurement to clear and rasterise an empty canvas of the same size: the
     * fixed cost of the headless software pipeline that every frame time includes.
     */
    public double lastRasterBaselineMs() {
        return lastRasterBaselineMs;
    }

    /**
     * Median of the last measurement's frames of the whole graph only (every other frame). The overall
     * median mixes them half and half with the cheaper zoomed-in frames, so it lands near the fastest
     * whole-graph frames; this says what a whole-graph frame typically costs.
     */
    public double lastOverviewMs() {
        return lastOverviewMs;
    }

    /** Median of the last measurement's zoomed-in frames only. */
    public double lastZoomedMs() {
        return lastZoomedMs;
    }

    /** Iterations the last layout ran, and whether it settled before its budget. */
    public LayoutResult lastLayout() {
        return lastLayout;
    }

    @Override
    public double medianFrameMs(AppState state, int width, int height, int frames) {
        if (laidOutState != state) layoutMs(state);
        GraphSnapshot g = laidOut;
        try {
            return HeadlessFx.call(() -> measure(state, g, width, height, frames));
        } catch (Exception e) {
            throw new IllegalStateException("the graph could not be drawn: " + e.getMessage(), e);
        }
    }

    private double measure(AppState state, GraphSnapshot g, int width, int height, int frames) {
        Canvas canvas = new Canvas(width, height);
        CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D(), width, height);
        Palette palette = state.themeProperty().get().palette();
        GraphPainter painter = new GraphPainter();
        WritableImage image = new WritableImage(width, height);
        Camera fit = Camera.fit(g.bounds(), 0, 0, width, height, 36, 2.2);
        double[] ms = new double[Math.max(1, frames)];
        double[] paintMs = new double[ms.length];
        double[] baseMs = new double[ms.length];
        int warmUp = Math.max(WARM_UP, frames / 3);
        for (int n = -warmUp; n < ms.length; n++) {
            int i = Math.abs(n);
            Camera cam = fit;
            if (i % 2 == 1) {
                double zoom = fit.zoom() * (2 + i % 3);
                double shift = (i % 5 - 2) * width / 6.0 / fit.zoom();
                cam = new Camera(fit.cx() + shift, fit.cy() - shift / 2, zoom, 0, 0, width, height);
            }
            long t0 = System.nanoTime();
            surface.clear(palette.background());
            painter.paint(surface, g, cam, PaintState.NONE, palette, 1);
            // as GraphViewSkin does each frame: work out what the legend lists, which redraws it only on a change
            GraphLegend.items(g, painter.visibleNodes(), painter.visibleEdges(), null);
            long t1 = System.nanoTime();
            canvas.snapshot(null, image);
            long t2 = System.nanoTime();
            surface.clear(palette.background());
            canvas.snapshot(null, image);
            long t3 = System.nanoTime();
            if (n >= 0) {
                ms[n] = (t2 - t0) / 1e6;
                paintMs[n] = (t1 - t0) / 1e6;
                baseMs[n] = (t3 - t2) / 1e6;
            }
        }
        double[] overview = new double[(ms.length + 1) / 2];
        double[] zoomed = new double[Math.max(1, ms.length / 2)];
        for (int n = 0; n < ms.length; n++) {
            if (n % 2 == 0) overview[n / 2] = ms[n];
            else zoomed[n / 2] = ms[n];
        }
        lastOverviewMs = median(overview);
        lastZoomedMs = ms.length > 1 ? median(zoomed) : Double.NaN;
        lastPaintMs = median(paintMs);
        lastRasterBaselineMs = median(baseMs);
        return median(ms);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
