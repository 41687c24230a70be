package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.entente.logic.layout.LayoutSettings;
import org.entente.ui.render.Area;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.state.AppState;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * The centre of the bundled graph as of 9 April 2025, counted with {@link TangleMeasure} on the picture
 * the export frames: few ties cross in the middle, few run over actors they do not join or through other
 * actors' names, and the many support ties into Ukraine are not a spread fan of curves.
 */
class CoreTangleTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 4, 9);

    static GraphSnapshot laidOut() {
        AppState state = GraphPictureTest.bundledState(AS_OF);
        GraphSnapshot g = new SnapshotBuilder().build(state);
        GraphPicture.layOut(g, state, LayoutSettings.DEFAULT);
        return g;
    }

    static TangleMeasure.Counts measure(GraphSnapshot g, int w, int h, Theme theme) throws Exception {
        return HeadlessFx.call(() -> {
            GraphRenderable r = new GraphRenderable(g, null, 0, 0, PaintState.NONE);
            RenderOptions options = new RenderOptions(theme.palette(), true, 1, false);
            Camera cam = r.framed(new Area(0, 0, w, h), options);
            return TangleMeasure.measure(g, cam, theme.palette(), 1);
        });
    }

    @Test
    void reportsTheTangle() throws Exception {
        GraphSnapshot g = laidOut();
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.PROJECTOR}) {
            for (int[] size : new int[][] {{1600, 900}, {900, 560}}) {
                TangleMeasure.Counts c = measure(g, size[0], size[1], theme);
                System.out.println("TANGLE " + theme + " " + size[0] + "x" + size[1] + ": " + c);
                java.awt.image.BufferedImage img = GraphPictureTest.render(new GraphRenderable(g, null, 0, 0, PaintState.NONE), size[0], size[1],
                        new RenderOptions(theme.palette(), true, 1, false));
                javax.imageio.ImageIO.write(img, "png", java.nio.file.Path.of("target/tangle-" + theme + "-" + size[0] + ".png").toFile());
                assertTrue(c.ties() > 150);
            }
        }
    }
}
