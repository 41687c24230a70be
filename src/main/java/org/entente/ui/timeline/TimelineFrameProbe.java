package org.entente.ui.timeline;

import java.time.LocalDate;
import java.util.Arrays;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

import org.entente.logic.timeline.TimeSpan;
import org.entente.ui.render.Area;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.FrameProbe;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.state.AppState;
import org.entente.ui.theme.Palette;

/**
 * The timeline's frame-time probe for the bench: paints frames of the real painter into a canvas on the
 * JavaFX thread, alternating the whole time span and a zoomed-in year panning across it (the two costs a
 * user meets: density strips and labelled rows), and reports the median after a few warm-up frames. Each frame includes the snapshot that makes the
 * canvas actually rasterise its commands, so the time is drawing, not just recording.
 */
public final class TimelineFrameProbe implements FrameProbe {

    /** Frames drawn before measuring, so the numbers are those of a running app, not of a cold JIT. */
    private static final int WARM_UP = 60;

    @Override
    public double medianFrameMs(AppState state, int width, int height, int frames) {
        try {
            return HeadlessFx.call(() -> measure(state, width, height, frames));
        } catch (Exception e) {
            throw new IllegalStateException("the timeline could not be drawn: " + e.getMessage(), e);
        }
    }

    private static double measure(AppState state, int width, int height, int frames) {
        Canvas canvas = new Canvas(width, height);
        CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D(), width, height);
        Palette palette = state.themeProperty().get().palette();
        TimelineStyle style = new TimelineStyle(palette, 1);
        TimelineFrame whole = TimelinePicture.frameOf(state, LocalDate.now());
        TimeSpan extent = whole.span();
        Area area = new Area(0, 0, width, height);
        WritableImage image = new WritableImage(width, height);
        int warmUp = Math.max(WARM_UP, frames / 5);
        double[] ms = new double[Math.max(1, frames)];
        for (int n = -warmUp; n < ms.length; n++) {
            int i = Math.abs(n);
            TimelineFrame frame;
            if (i % 2 == 0) {
                frame = whole.withSpan(extent.shift((i % 7) * extent.days() / 1000));
            } else {
                double start = extent.start() + (extent.days() - 365) * ((i * 37) % 100) / 100.0;
                frame = whole.withSpan(new TimeSpan(start, start + 365));
            }
            long t0 = System.nanoTime();
            surface.clear(null);
            TimelinePainter.paint(surface, area, frame, palette, style, false, new HitIndex(width));
            canvas.snapshot(null, image);
            if (n >= 0) ms[n] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
