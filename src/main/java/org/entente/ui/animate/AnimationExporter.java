package org.entente.ui.animate;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.entente.logic.animate.FramePlan;
import org.entente.logic.filter.Focus;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.io.AtomicWrite;
import org.entente.ui.export.ComposedPicture;
import org.entente.ui.export.ExportRequest;
import org.entente.ui.export.ExportView;
import org.entente.ui.export.Exporter;
import org.entente.ui.export.FxCaller;
import org.entente.ui.export.PictureSize;
import org.entente.ui.export.PictureText;
import org.entente.ui.export.TiledRenderer;
import org.entente.ui.graph.AnimatedGraph;
import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ProgressSink;

/**
 * Makes an animation of a time range: one stable layout for the range, then each frame composed exactly
 * like a still export (title, as-of line, graph and/or timeline, legend, credit), drawn with the export's
 * tiled renderer and written as an animated GIF ({@code .gif}) or a numbered PNG sequence
 * ({@code name-0001.png}, for any video tool). Every file goes through {@link AtomicWrite}.
 */
public final class AnimationExporter {

    /** What was written, for the status line, the command line and tests. */
    public record Result(List<Path> files, List<LocalDate> dates, int width, int height, long bytes, long millis) {
    }

    private final FxCaller fx;
    private final Function<AppState, Renderable> timeline;
    private final GraphFilter filter = new GraphFilter();

    /**
     * @param fx       runs drawing on the JavaFX thread
     * @param timeline the timeline painter of export (headless or the live view's)
     */
    public AnimationExporter(FxCaller fx, Function<AppState, Renderable> timeline) {
        this.fx = fx;
        this.timeline = timeline;
    }

    /** Whether {@code file} is written as a GIF (else as a PNG sequence). */
    public static boolean isGif(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif");
    }

    /** The file of frame {@code n} (from 1) of a PNG sequence named after {@code out}: {@code out-0001.png}. */
    public static Path sequenceFile(Path out, int n) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return out.resolveSibling(String.format(Locale.ROOT, "%s-%04d.png", stem, n));
    }

    /** Writes the animation; throws {@link CancellationException} when {@code progress} is cancelled. */
    public Result write(AnimationRequest request, Path out, ProgressSink progress) throws Exception {
        long started = System.nanoTime();
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".gif") && !name.endsWith(".png")) {
            throw new IllegalArgumentException("write to a .gif file, or a .png name for a numbered picture sequence"
                    + " (MP4 and WebM need a native video encoder that plain Java does not have), got '" + out.getFileName() + "'");
        }
        FramePlan plan = FramePlan.of(request.dataset(), request.from(), request.to(), request.step());
        progress.update(0.01, "Laying out " + plan.size() + " frames");
        Focus focus = new Focus(request.focus(), request.depth());
        List<VisibleGraph> graphs = new ArrayList<>();
        for (LocalDate d : plan.dates()) graphs.add(filter.apply(request.dataset(), d, request.window(), request.filter(), focus));
        AnimatedGraph graph = AnimatedGraph.of(plan, graphs);
        cancelled(progress);
        AppState state = fx.call(() -> state(request));
        ExportRequest still = new ExportRequest(request.view(), 1, request.width(), request.height(), true, request.theme(), false);
        Frames frames = new Frames(plan, graph, state, still, request);
        List<Path> files = new ArrayList<>();
        if (isGif(out)) {
            GifPalette palette = GifPalette.from(List.of(frames.pixels(0), frames.pixels(plan.size() - 1)));
            AtomicWrite.write(out, os -> {
                try (GifEncoder gif = new GifEncoder(os, palette, request.width(), request.height(), request.fps())) {
                    for (int i = 0; i < plan.size(); i++) {
                        cancelled(progress);
                        progress.update(0.05 + 0.95 * i / plan.size(), "Frame " + (i + 1) + " of " + plan.size() + " (" + plan.date(i) + ")");
                        gif.add(frames.pixels(i), comment(plan.date(i)));
                    }
                }
            });
            files.add(out);
        } else {
            for (int i = 0; i < plan.size(); i++) {
                cancelled(progress);
                progress.update(0.05 + 0.95 * i / plan.size(), "Frame " + (i + 1) + " of " + plan.size() + " (" + plan.date(i) + ")");
                BufferedImage image = frames.image(i);
                Path file = sequenceFile(out, i + 1);
                AtomicWrite.write(file, os -> {
                    if (!ImageIO.write(image, "png", os)) throw new IOException("no PNG writer available");
                });
                files.add(file);
            }
        }
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        progress.update(1, "Wrote " + out.getFileName());
        return new Result(files, plan.dates(), request.width(), request.height(), bytes, (System.nanoTime() - started) / 1_000_000);
    }

    /** The comment a GIF frame carries: {@code as-of 2025-04-09}. */
    public static String comment(LocalDate date) {
        return "as-of " + date;
    }

    private static void cancelled(ProgressSink progress) {
        if (progress.isCancelled()) throw new CancellationException("animation cancelled");
    }

    private static AppState state(AnimationRequest request) {
        AppState s = new AppState(new GraphFilter(), java.time.Clock.systemDefaultZone());
        s.datasetProperty().set(request.dataset());
        s.filterProperty().set(request.filter());
        s.timeWindowProperty().set(request.window());
        s.themeProperty().set(request.theme());
        s.focusDepthProperty().set(request.depth());
        s.focusActorProperty().set(request.focus());
        s.asOfProperty().set(request.from());
        return s;
    }

    /** Draws frame after frame with the still export's composer and tiled renderer. */
    private final class Frames {
        private final FramePlan plan;
        private final AnimatedGraph graph;
        private final AppState state;
        private final ExportRequest still;
        private final AnimationRequest request;
        private final TiledRenderer renderer;

        Frames(FramePlan plan, AnimatedGraph graph, AppState state, ExportRequest still, AnimationRequest request) {
            this.plan = plan;
            this.graph = graph;
            this.state = state;
            this.still = still;
            this.request = request;
            this.renderer = new TiledRenderer(fx);
        }

        BufferedImage image(int i) {
            try {
                ComposedPicture picture = fx.call(() -> compose(i));
                PictureSize size = PictureSize.of(picture, still);
                return renderer.render(picture, size, Exporter.options(still, size), ProgressSink.NONE);
            } catch (RuntimeException e) {
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        int[] pixels(int i) {
            BufferedImage image = image(i);
            return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }

        private ComposedPicture compose(int i) {
            LocalDate date = plan.date(i);
            state.asOfProperty().set(date);
            List<Renderable> parts = new ArrayList<>();
            if (request.view() != ExportView.TIMELINE) parts.add(graph.frame(i));
            if (request.view() != ExportView.GRAPH) parts.add(timeline.apply(state));
            String focusName = request.focus() == null ? null
                    : request.dataset().actor(request.focus()).map(a -> a.name()).orElse(request.focus());
            return new ComposedPicture(parts, PictureText.of(request.dataset(), request.view(), date, focusName));
        }
    }
}
