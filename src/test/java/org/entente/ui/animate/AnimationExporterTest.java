package org.entente.ui.animate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.entente.logic.animate.FramePlan;
import org.entente.logic.animate.FrameStep;
import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.Focus;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.ui.export.ExportView;
import org.entente.ui.export.Sources;
import org.entente.ui.graph.AnimatedGraph;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.task.ProgressSink;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** Animated export of the bundled graph: frame count, size, each frame's date, and a layout that holds still. */
class AnimationExporterTest {

    private static Dataset data;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        HeadlessFx.start();
        data = new DatasetLoader().loadBundled().dataset().orElseThrow();
    }

    private static AnimationRequest request(LocalDate from, LocalDate to, FrameStep step, ExportView view) {
        return new AnimationRequest(data, null, null, null, 1, from, to, step, view, 320, 180, 4, Theme.LIGHT);
    }

    private AnimationExporter exporter() {
        return new AnimationExporter(HeadlessFx::call, Sources.headless().timeline());
    }

    @Test
    void aGifHasTheAskedFramesAtTheAskedSizeAndEachFrameNamesItsDate() throws Exception {
        Path gif = dir.resolve("a.gif");
        LocalDate from = LocalDate.of(2024, 1, 1);
        AnimationExporter.Result r = exporter().write(request(from, LocalDate.of(2024, 8, 1), FrameStep.MONTH, ExportView.BOTH),
                gif, ProgressSink.NONE);
        assertEquals(8, r.dates().size());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(8, reader.getNumImages(true));
            IIOMetadataNode screen = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode desc = (IIOMetadataNode) screen.getElementsByTagName("LogicalScreenDescriptor").item(0);
            assertEquals("320", desc.getAttribute("logicalScreenWidth"));
            assertEquals("180", desc.getAttribute("logicalScreenHeight"));
            assertEquals(320, reader.getWidth(0));
            for (int i = 0; i < 8; i++) {
                IIOMetadataNode tree = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                Node c = tree.getElementsByTagName("CommentExtension").item(0);
                assertEquals("as-of " + from.plusMonths(i), ((IIOMetadataNode) c).getAttribute("value"), "frame " + i);
            }
        } finally {
            reader.dispose();
        }
        assertTrue(Files.size(gif) < 2_000_000, "small file: " + Files.size(gif));
    }

    @Test
    void survivingActorsStayPutFromFrameToFrame() {
        FramePlan plan = FramePlan.of(data, LocalDate.of(2014, 1, 1), LocalDate.of(2025, 12, 1), FrameStep.YEAR);
        GraphFilter filter = new GraphFilter();
        List<VisibleGraph> graphs = new ArrayList<>();
        for (LocalDate d : plan.dates()) graphs.add(filter.apply(data, d, DateRange.ALL, FilterCriteria.NONE, new Focus(null, 1)));
        AnimatedGraph g = AnimatedGraph.of(plan, graphs);
        int compared = 0;
        for (int f = 1; f < plan.size(); f++) {
            for (var a : graphs.get(f).graph().vertexSet()) {
                double[] before = g.position(a.id(), f - 1);
                double[] now = g.position(a.id(), f);
                if (before == null) continue;
                compared++;
                assertTrue(Math.hypot(now[0] - before[0], now[1] - before[1]) < 0.5, a.id() + " moved between frames " + (f - 1) + " and " + f);
            }
        }
        assertTrue(compared > 50, "compared " + compared + " positions");
        assertTrue(graphs.get(plan.size() - 1).actorCount() > graphs.get(0).actorCount(), "the graph grows over the range");
    }

    @Test
    void aPngNameWritesANumberedSequence() throws Exception {
        Path out = dir.resolve("play.png");
        exporter().write(request(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1), FrameStep.YEAR, ExportView.GRAPH), out, ProgressSink.NONE);
        for (int n = 1; n <= 3; n++) {
            File f = dir.resolve(String.format("play-%04d.png", n)).toFile();
            assertEquals(320, ImageIO.read(f).getWidth(), f.getName());
        }
        assertFalse(Files.exists(dir.resolve("play-0004.png")));
    }

    @Test
    void cancellingLeavesNoFileBehind() {
        Path gif = dir.resolve("c.gif");
        ProgressSink cancelled = new ProgressSink() {
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancellationException.class, () -> exporter().write(
                request(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), FrameStep.MONTH, ExportView.GRAPH), gif, cancelled));
        assertFalse(Files.exists(gif));
    }

    @Test
    void theOkabeItoColoursKeepTheirExactValues() {
        GifPalette p = GifPalette.from(List.of(new int[] {0xFFFAFAFA, 0xFF1F2328}));
        for (int c : GifPalette.OKABE_ITO) assertEquals(c, p.colour(p.index(0xFF000000 | c)), Integer.toHexString(c));
        assertEquals(0xFAFAFA, p.colour(p.index(0xFFFAFAFA)));
    }
}
