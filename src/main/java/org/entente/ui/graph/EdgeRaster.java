package org.entente.ui.graph;

import java.util.Arrays;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Level of detail for dense graphs: thousands of ties are drawn as one-pixel translucent lines straight
 * into an int buffer (Bresenham, alpha-blended), which is then put on the canvas as a single image. The
 * canvas would otherwise rasterise every anti-aliased, dashed stroke one by one, which takes hundreds of
 * milliseconds for 10,000 ties in the software pipeline.
 */
final class EdgeRaster {

    private int width;
    private int height;
    private int[] pixels = new int[0];
    private WritableImage image;

    /** Whether the raster can serve this canvas: plain (untransformed) drawing onto the whole canvas. */
    static boolean usable(GraphicsContext gc) {
        return gc.getTransform().isIdentity() && gc.getCanvas().getWidth() >= 1 && gc.getCanvas().getHeight() >= 1;
    }

    /**
     * Buffer pixels per canvas pixel along each axis. Full resolution: a half-resolution buffer draws
     * faster but the scaled image costs more to put on the canvas than it saves.
     */
    static final double RESOLUTION = 1;

    private int canvasWidth;
    private int canvasHeight;

    /** Starts a frame for a canvas of {@code cw} x {@code ch} pixels. */
    void begin(int cw, int ch) {
        canvasWidth = cw;
        canvasHeight = ch;
        int w = Math.max(1, (int) Math.ceil(cw * RESOLUTION)), h = Math.max(1, (int) Math.ceil(ch * RESOLUTION));
        if (w != width || h != height || image == null) {
            width = w;
            height = h;
            pixels = new int[w * h];
            image = new WritableImage(w, h);
        } else {
            Arrays.fill(pixels, 0);
        }
    }

    /** A one-pixel line in {@code colour} at opacity {@code alpha}. */
    void line(double x1, double y1, double x2, double y2, Color colour, double alpha) {
        double[] c = clip(x1 * RESOLUTION, y1 * RESOLUTION, x2 * RESOLUTION, y2 * RESOLUTION);
        if (c == null) return;
        int a = (int) Math.round(alpha * colour.getOpacity() * 255);
        int r = (int) Math.round(colour.getRed() * a), g = (int) Math.round(colour.getGreen() * a), b = (int) Math.round(colour.getBlue() * a);
        int x = (int) c[0], y = (int) c[1], xe = (int) c[2], ye = (int) c[3];
        int dx = Math.abs(xe - x), dy = -Math.abs(ye - y);
        int sx = x < xe ? 1 : -1, sy = y < ye ? 1 : -1;
        int err = dx + dy;
        while (true) {
            blend(x, y, a, r, g, b);
            if (x == xe && y == ye) break;
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /** A filled square centred at (cx, cy) of half-side {@code r}. */
    void square(double cx0, double cy0, double r0, Color colour) {
        double cx = cx0 * RESOLUTION, cy = cy0 * RESOLUTION, r = Math.max(0.5, r0 * RESOLUTION);
        int x0 = (int) Math.max(0, Math.floor(cx - r)), x1 = (int) Math.min(width - 1, Math.ceil(cx + r));
        int y0 = (int) Math.max(0, Math.floor(cy - r)), y1 = (int) Math.min(height - 1, Math.ceil(cy + r));
        int argb = 0xff000000 | ((int) (colour.getRed() * 255) << 16) | ((int) (colour.getGreen() * 255) << 8) | (int) (colour.getBlue() * 255);
        for (int y = y0; y <= y1; y++) {
            int row = y * width;
            for (int x = x0; x <= x1; x++) pixels[row + x] = argb;
        }
    }

    private void blend(int x, int y, int a, int r, int g, int b) {
        int i = y * width + x;
        int d = pixels[i];
        if (d == 0) {
            pixels[i] = (a << 24) | (r << 16) | (g << 8) | b;
            return;
        }
        int keep = 256 - a;
        // premultiplied "source over": every channel scaled by (1 - alpha), approximated with a shift
        int ag = ((d >>> 8) & 0x00ff00ff) * keep;
        int rb = (d & 0x00ff00ff) * keep;
        int scaled = (ag & 0xff00ff00) | ((rb >>> 8) & 0x00ff00ff);
        pixels[i] = scaled + ((a << 24) | (r << 16) | (g << 8) | b);
    }

    /** Liang–Barsky clipping to the buffer; null when the line misses it. */
    private double[] clip(double x1, double y1, double x2, double y2) {
        double t0 = 0, t1 = 1, dx = x2 - x1, dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1, width - 1 - x1, y1, height - 1 - y1};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) return null;
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    if (t > t1) return null;
                    t0 = Math.max(t0, t);
                } else {
                    if (t < t0) return null;
                    t1 = Math.min(t1, t);
                }
            }
        }
        return new double[] {x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy};
    }

    /** Puts the buffer on the canvas. */
    void drawTo(GraphicsContext gc) {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        if (width == canvasWidth && height == canvasHeight) {
            gc.drawImage(image, 0, 0);
        } else {
            gc.drawImage(image, 0, 0, canvasWidth, canvasHeight);
        }
    }
}
