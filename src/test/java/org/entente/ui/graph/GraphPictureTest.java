package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.render.Area;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/** The headless picture the command-line export uses: drawn, not blank, with a legend of what it shows. */
class GraphPictureTest {

    static AppState bundledState(LocalDate asOf) {
        AppState state = new AppState(new GraphFilter(), Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(new DatasetLoader().loadBundled().dataset().orElseThrow());
        return state;
    }

    static BufferedImage render(Renderable r, int w, int h, RenderOptions options) throws Exception {
        return HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(w, h);
            r.render(new CanvasSurface(canvas.getGraphicsContext2D(), w, h), new Area(0, 0, w, h), options);
            WritableImage img = canvas.snapshot(null, null);
            return SwingFXUtils.fromFXImage(img, null);
        });
    }

    @Test
    void bundledDatasetRendersWithNodesAndLegend() throws Exception {
        AppState state = bundledState(LocalDate.of(2025, 6, 1));
        Renderable r = GraphPicture.of(state);
        BufferedImage img = render(r, 1600, 1000, new RenderOptions(Theme.LIGHT.palette(), true, 1, false));
        javax.imageio.ImageIO.write(img, "png", Path.of("target/graph-picture.png").toFile());
        int background = img.getRGB(2, 2);
        int different = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                if (img.getRGB(x, y) != background) different++;
            }
        }
        assertTrue(different > 2000, "the picture shows a graph, not a blank area: " + different);
        List<LegendItem> legend = r.legend();
        assertTrue(legend.stream().anyMatch(i -> i.group().equals("Kinds") && i.label().equals("State")));
        assertTrue(legend.stream().anyMatch(i -> i.group().equals("Ties")));
    }

    @Test
    void noTwoLabelsOverlapOnTheBundledDatasetAndHiddenOnesComeBackOnZoom() throws Exception {
        AppState state = bundledState(LocalDate.of(2025, 6, 1));
        GraphSnapshot g = new SnapshotBuilder().build(state);
        GraphPicture.layOut(g, state, org.entente.logic.layout.LayoutSettings.DEFAULT);
        for (org.entente.ui.theme.Theme theme : org.entente.ui.theme.Theme.values()) {
            int[] counts = HeadlessFx.call(() -> {
                Canvas canvas = new Canvas(1150, 600);
                CanvasSurface s = new CanvasSurface(canvas.getGraphicsContext2D(), 1150, 600);
                GraphPainter painter = new GraphPainter();
                Camera fit = Camera.fit(g.bounds(), 0, 0, 1150, 600, 36, 2.2);
                painter.paint(s, g, fit, PaintState.NONE, theme.palette(), 1);
                List<LabelPlacer.Box> atFit = painter.labelBoxes();
                LabelPlacerTest.assertNoOverlaps(atFit);
                int japan = g.indexOf("japan");
                Camera close = new Camera(g.x(japan), g.y(japan), fit.zoom() * 3, 0, 0, 1150, 600);
                painter.paint(s, g, close, PaintState.NONE, theme.palette(), 1);
                List<LabelPlacer.Box> zoomed = painter.labelBoxes();
                LabelPlacerTest.assertNoOverlaps(zoomed);
                java.util.Set<Integer> before = new java.util.HashSet<>();
                atFit.forEach(b -> before.add(b.owner()));
                int reappeared = 0;
                for (LabelPlacer.Box b : zoomed) if (b.owner() >= 0 && !before.contains(b.owner())) reappeared++;
                return new int[] {atFit.size(), reappeared};
            });
            assertTrue(counts[0] >= 20, theme + ": many labels are readable at the default zoom: " + counts[0]);
            assertTrue(counts[1] > 0, theme + ": labels hidden in the overview come back when zooming in");
        }
    }
}
