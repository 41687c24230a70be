package org.entente.ui.handout;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.entente.logic.handout.Handout;
import org.entente.logic.handout.HandoutBuilder;
import org.entente.logic.io.AtomicWrite;
import org.entente.logic.quiz.Quiz;
import org.entente.ui.export.ComposedPicture;
import org.entente.ui.export.ExportRequest;
import org.entente.ui.export.ExportView;
import org.entente.ui.export.Exporter;
import org.entente.ui.export.FxCaller;
import org.entente.ui.export.PictureSources;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ProgressSink;
import org.entente.ui.theme.Theme;

/**
 * Makes a printable handout of what the state shows: the graph and timeline pictures from the export's
 * painters (always in the light theme, which prints), the lists from {@link HandoutBuilder}, written as PDF
 * or HTML by the file's extension through {@link AtomicWrite}.
 */
public final class HandoutExporter {

    private final FxCaller fx;
    private final PictureSources sources;

    public HandoutExporter(FxCaller fx, PictureSources sources) {
        this.fx = fx;
        this.sources = sources;
    }

    /** The writer for {@code file}: PDF for {@code .pdf}, HTML for {@code .html}/{@code .htm}; else a message. */
    public static HandoutWriter writerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) return new PdfHandoutWriter();
        if (name.endsWith(".html") || name.endsWith(".htm")) return new HtmlHandoutWriter();
        throw new IllegalArgumentException("a handout is written as .pdf or .html, got '" + file.getFileName() + "'");
    }

    /**
     * Writes the handout of {@code state} (as-of date, filter, focus) with events from {@code from}, and
     * {@code quiz} with its answer key when not null. Call off the JavaFX thread.
     */
    public Handout write(AppState state, LocalDate from, Quiz quiz, Path out, ProgressSink progress) throws Exception {
        HandoutWriter writer = writerFor(out);
        progress.update(0.05, "Drawing the graph");
        BufferedImage graph = picture(state, ExportView.GRAPH, from, progress);
        progress.update(0.4, "Drawing the timeline");
        BufferedImage timeline = picture(state, ExportView.TIMELINE, from, progress);
        Handout handout = new HandoutBuilder().build(state.getDataset(), state.getVisibleGraph(), from, state.getAsOf(), quiz);
        progress.update(0.8, "Writing " + out.getFileName());
        AtomicWrite.write(out, os -> writer.write(handout, graph, timeline, os));
        progress.update(1, "Wrote " + out.getFileName());
        return handout;
    }

    /** The slide of {@code view} the handout prints: its timeline covers {@code from} to the as-of date. Call on the JavaFX thread. */
    ComposedPicture composed(AppState state, ExportView view, LocalDate from) {
        return sources.compose(state, view, from);
    }

    /** Handouts print in the light theme at the natural size. */
    static ExportRequest request(ExportView view) {
        return new ExportRequest(view, 1, 0, 0, true, Theme.LIGHT, false);
    }

    /** The picture of {@code view}; the timeline shows the handout's period, {@code from} to the as-of date. */
    private BufferedImage picture(AppState state, ExportView view, LocalDate from, ProgressSink progress) throws Exception {
        ComposedPicture picture = fx.call(() -> composed(state, view, from));
        ExportRequest request = request(view);
        return new Exporter(fx).image(picture, request, new ProgressSink() {
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() { return progress.isCancelled(); }
        });
    }
}
