package org.entente.ui.export;

import java.awt.image.BufferedImage;
import java.util.concurrent.CancellationException;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.entente.ui.render.Area;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Renderable;
import org.entente.ui.task.ProgressSink;

/**
 * Renders a picture of any size into a {@link BufferedImage} tile by tile. A JavaFX canvas cannot be
 * larger than the GPU texture limit (4096 or 8192 px), so each tile is a small canvas whose graphics
 * context is translated to its place in the full picture; the painter draws the whole picture every time
 * and the tile keeps its part. Only the drawing runs on the JavaFX thread, one tile at a time.
 */
public final class TiledRenderer {

    /** Tile side in pixels: well under every texture limit. */
    public static final int TILE = 2048;

    private final FxCaller fx;
    private final int tile;

    public TiledRenderer(FxCaller fx) {
        this(fx, TILE);
    }

    TiledRenderer(FxCaller fx, int tile) {
        this.fx = fx;
        this.tile = tile;
    }

    /** Number of tiles a picture of this size takes. */
    public int tileCount(int width, int height) {
        return ceilDiv(width, tile) * ceilDiv(height, tile);
    }

    /** Draws {@code picture} at {@code size}; throws {@link CancellationException} when {@code progress} is cancelled. */
    public BufferedImage render(Renderable picture, PictureSize size, RenderOptions options, ProgressSink progress) throws Exception {
        int w = size.width();
        int h = size.height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int cols = ceilDiv(w, tile);
        int rows = ceilDiv(h, tile);
        int total = cols * rows;
        int done = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (progress.isCancelled()) throw new CancellationException("export cancelled");
                int x = c * tile;
                int y = r * tile;
                int tw = Math.min(tile, w - x);
                int th = Math.min(tile, h - y);
                int[] pixels = fx.call(() -> drawTile(picture, w, h, x, y, tw, th, options));
                image.setRGB(x, y, tw, th, pixels, 0, tw);
                done++;
                progress.update(0.9 * done / total, "Drawing tile " + done + " of " + total);
            }
        }
        return image;
    }

    private static int[] drawTile(Renderable picture, int w, int h, int x, int y, int tw, int th, RenderOptions options) {
        Canvas canvas = new Canvas(tw, th);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.translate(-x, -y);
        picture.render(new CanvasSurface(gc, w, h), new Area(0, 0, w, h), options);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage snap = canvas.snapshot(params, null);
        int[] pixels = new int[tw * th];
        snap.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), pixels, 0, tw);
        return pixels;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
