package org.entente.ui.headless;

import java.nio.file.Path;
import java.time.Clock;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.handout.Handout;
import org.entente.logic.layout.LayoutResult;
import org.entente.logic.quiz.Quiz;
import org.entente.logic.quiz.QuizGenerator;
import org.entente.model.Dataset;
import org.entente.ui.animate.AnimationExporter;
import org.entente.ui.animate.AnimationRequest;
import org.entente.ui.export.ComposedPicture;
import org.entente.ui.export.ExportRequest;
import org.entente.ui.export.ExportView;
import org.entente.ui.export.Exporter;
import org.entente.ui.export.FxCaller;
import org.entente.ui.export.PictureSize;
import org.entente.ui.export.PictureSources;
import org.entente.ui.export.SceneReport;
import org.entente.ui.export.Sources;
import org.entente.ui.graph.GraphFrameProbe;
import org.entente.ui.handout.HandoutExporter;
import org.entente.ui.render.FrameProbe;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.SceneItem;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ProgressSink;
import org.entente.ui.theme.Theme;
import org.entente.ui.timeline.TimelineFrameProbe;

/**
 * The headless pictures of {@link HeadlessPictures}, drawn with the same painters, composer and writers
 * as the app's File menu, in a state of their own (starting JavaFX without a window when asked).
 */
public final class HeadlessUi implements HeadlessPictures {

    private final PictureSources sources;
    private final GraphFrameProbe graphProbe;
    private final FrameProbe timelineProbe;
    private final Clock clock;

    /** The command line's: the views built headless, the system clock. */
    public HeadlessUi() {
        this(Sources.headless(), new GraphFrameProbe(), new TimelineFrameProbe(), Clock.systemDefaultZone());
    }

    /** @param timelineProbe the timeline's probe, or null to report no timeline frame time */
    public HeadlessUi(PictureSources sources, GraphFrameProbe graphProbe, FrameProbe timelineProbe, Clock clock) {
        this.sources = sources;
        this.graphProbe = graphProbe;
        this.timelineProbe = timelineProbe;
        this.clock = clock;
    }

    private AppState state(Dataset dataset, java.time.LocalDate asOf, String theme, String focus, int depth) {
        AppState state = new AppState(new GraphFilter(), clock);
        state.datasetProperty().set(dataset);
        state.asOfProperty().set(asOf);
        state.themeProperty().set(Theme.parse(theme));
        state.focusDepthProperty().set(depth);
        state.focusActorProperty().set(focus);
        return state;
    }

    @Override
    public PictureWritten picture(Picture p) throws Exception {
        ExportRequest request = new ExportRequest(ExportView.parse(p.view()), p.scale(), p.width(), p.height(), true,
                Theme.parse(p.theme()), p.transparent());
        HeadlessFx.start();
        AppState state = state(p.dataset(), p.asOf(), p.theme(), p.focus(), p.depth());
        FxCaller fx = HeadlessFx::call;
        ComposedPicture picture = fx.call(() -> sources.compose(state, request.view()));
        PictureSize size = PictureSize.of(picture, request);
        new Exporter(fx).write(picture, request, p.out(), fx, ProgressSink.NONE);
        String shows = request.view().label().toLowerCase(java.util.Locale.ROOT);
        if (!p.report()) return new PictureWritten(size.width(), size.height(), shows, null, 0, 0, 0);
        SceneReport report = fx.call(() -> SceneReport.of(picture, size, request));
        return new PictureWritten(size.width(), size.height(), shows, report.toJson(), report.of(SceneItem.Kind.NODE).size(),
                report.of(SceneItem.Kind.LABEL).size(), report.of(SceneItem.Kind.TIE).size());
    }

    @Override
    public void checkHandoutFile(Path out) {
        HandoutExporter.writerFor(out);
    }

    @Override
    public Handout handout(HandoutJob job) throws Exception {
        HeadlessFx.start();
        AppState state = state(job.dataset(), job.asOf(), "light", job.focus(), job.depth());
        Quiz quiz = job.quizSeed() == null ? null : new QuizGenerator().generate(job.dataset(), state.getVisibleGraph(),
                job.asOf(), job.quizSeed(), job.questions(), "Quiz " + job.quizSeed());
        return new HandoutExporter(HeadlessFx::call, sources).write(state, job.from(), quiz, job.out(), ProgressSink.NONE);
    }

    @Override
    public AnimationWritten animate(Animation a) throws Exception {
        AnimationRequest request = new AnimationRequest(a.dataset(), null, null, a.focus(), a.depth(), a.from(), a.to(),
                a.step(), ExportView.parse(a.view()), a.width(), a.height(), a.fps(), Theme.parse(a.theme()));
        HeadlessFx.start();
        AnimationExporter.Result r = new AnimationExporter(HeadlessFx::call, sources.timeline()).write(request, a.out(), ProgressSink.NONE);
        return new AnimationWritten(r.files(), r.dates(), r.width(), r.height(), r.bytes(), r.millis());
    }

    @Override
    public FrameTimes frameTimes(Dataset dataset, boolean asOfToday, int width, int height, int frames) {
        AppState state = new AppState(new GraphFilter(), Clock.systemUTC());
        if (!asOfToday) state.asOfProperty().set(null);
        state.datasetProperty().set(dataset);
        double layoutMs = graphProbe.layoutMs(state);
        LayoutResult layout = graphProbe.lastLayout();
        double graphMs = graphProbe.medianFrameMs(state, width, height, frames);
        Double timelineMs = timelineProbe == null ? null : timelineProbe.medianFrameMs(state, width, height, frames);
        return new FrameTimes(layoutMs, layout, graphMs, graphProbe.lastOverviewMs(), graphProbe.lastZoomedMs(), graphProbe.lastPaintMs(), graphProbe.lastRasterBaselineMs(), timelineMs,
                state.getVisibleGraph().actorCount(), state.getVisibleGraph().relationCount());
    }
}
