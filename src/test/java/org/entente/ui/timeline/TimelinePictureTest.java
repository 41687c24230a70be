package org.entente.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.entente.logic.filter.GraphFilter;
import org.entente.ui.render.Area;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Renderable;
import org.entente.ui.state.AppState;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/** The headless picture the command-line export uses. */
class TimelinePictureTest {


    @Test
    void theHeadlessPictureDrawsTheWholeSpanAndItsLegendAtAnyScale() throws Exception {
        AppState state = new AppState(new GraphFilter(), Clock.systemUTC());
        state.datasetProperty().set(TimelineFixtures.fixture());
        state.asOfProperty().set(LocalDate.of(2025, 4, 9));
        Renderable picture = HeadlessFx.call(() -> TimelinePicture.of(state));
        List<String> labels = HeadlessFx.call(() -> picture.legend().stream().map(LegendItem::label).toList());
        assertTrue(labels.contains("Event on a known day") && labels.contains("Approximate date (~)"), labels.toString());
        assertTrue(labels.contains("Membership"), "tie families on the picture are in the legend: " + labels);
        double[] size = HeadlessFx.call(picture::preferredSize);
        assertTrue(size[0] >= 1200 && size[1] > 100, "a usable preferred size: " + size[0] + " x " + size[1]);
        for (double scale : new double[] {1, 2}) {
            int w = (int) (size[0] * scale);
            int h = (int) (size[1] * scale);
            int inked = HeadlessFx.call(() -> {
                Canvas canvas = new Canvas(w, h);
                picture.render(new CanvasSurface(canvas.getGraphicsContext2D(), w, h), new Area(0, 0, w, h),
                        new RenderOptions(Theme.LIGHT.palette(), true, scale, false));
                WritableImage image = canvas.snapshot(null, null);
                return darkPixels(image);
            });
            assertTrue(inked > w * h / 200, "the picture at " + scale + "x has text and marks: " + inked + " dark pixels");
        }
    }

    private static int darkPixels(WritableImage image) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if (r.getColor(x, y).getBrightness() < 0.5) n++;
            }
        }
        return n * 4;
    }
}
