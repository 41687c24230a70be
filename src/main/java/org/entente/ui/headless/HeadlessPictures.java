package org.entente.ui.headless;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.entente.logic.animate.FrameStep;
import org.entente.logic.handout.Handout;
import org.entente.logic.layout.LayoutResult;
import org.entente.model.Dataset;

/**
 * Everything the command line may ask of the user interface: pictures drawn without a window (still
 * exports with their scene report, handouts, animations) and the frame times of the views. The one door
 * from {@code cli} into {@code ui}, so the commands stay plain option parsing and printing, and the views'
 * packages can change without the commands knowing (an ArchUnit rule keeps it so).
 */
public interface HeadlessPictures {

    /** The views a picture can show, as the options spell them. */
    List<String> VIEWS = List.of("graph", "timeline", "both");
    /** The themes, as the options spell them. */
    List<String> THEMES = List.of("light", "dark", "projector");
    /** Largest side of a still picture, in pixels. */
    int MAX_PICTURE_SIDE = 20000;
    /** Largest side of an animation frame, in pixels. */
    int MAX_FRAME_SIDE = 3840;

    /**
     * A still picture of a dataset as of a day.
     *
     * @param view   one of {@link #VIEWS}
     * @param theme  one of {@link #THEMES}
     * @param scale  times the natural size, used when width and height are 0
     * @param report true to describe what the picture shows (the scene report)
     */
    record Picture(Dataset dataset, LocalDate asOf, String focus, int depth, String view, String theme, double scale,
                   int width, int height, boolean transparent, Path out, boolean report) {
    }

    /**
     * What was written: the size, what it shows in words ("graph and timeline"), and the scene report as JSON
     * with its counts (null when not asked).
     */
    record PictureWritten(int width, int height, String shows, String reportJson, int nodes, int labels, int ties) {
    }

    /** A printable handout; {@code quizSeed} null for none. */
    record HandoutJob(Dataset dataset, LocalDate asOf, LocalDate from, String focus, int depth, Long quizSeed,
                      int questions, Path out) {
    }

    /** An animation of a time range. */
    record Animation(Dataset dataset, String focus, int depth, LocalDate from, LocalDate to, FrameStep step, String view,
                     int width, int height, double fps, String theme, Path out) {
    }

    /** What an animation wrote. */
    record AnimationWritten(List<Path> files, List<LocalDate> dates, int width, int height, long bytes, long millis) {
    }

    /**
     * The frame times of one dataset; {@code graphMs} is the median of all graph frames, {@code overviewMs}
     * and {@code zoomedMs} of the whole-graph and the zoomed-in ones; {@code timelineMs} null when there is
     * no timeline probe.
     */
    record FrameTimes(double layoutMs, LayoutResult layout, double graphMs, double overviewMs, double zoomedMs, double paintMs,
                      double rasterBaselineMs, Double timelineMs, int visibleActors, int visibleRelations) {
    }

    /** Draws and writes {@code p} (PNG, or SVG by the file's extension). */
    PictureWritten picture(Picture p) throws Exception;

    /** Checks that {@code out} is a file a handout can be written as (.pdf, .html); else a message. */
    void checkHandoutFile(Path out);

    /** Writes a handout. */
    Handout handout(HandoutJob job) throws Exception;

    /** Writes an animation. */
    AnimationWritten animate(Animation a) throws Exception;

    /**
     * Lays out {@code dataset} and measures median frame times at {@code width} × {@code height}.
     *
     * @param asOfToday false to show every tie whatever its dates (synthetic data)
     */
    FrameTimes frameTimes(Dataset dataset, boolean asOfToday, int width, int height, int frames);
}
