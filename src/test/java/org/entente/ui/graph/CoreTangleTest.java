package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
    void reportsTheTangleAndTheFanTakesLessInkWithoutMoreTiesOverActors() throws Exception {
        GraphSnapshot g = laidOut();
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.PROJECTOR}) {
            for (int[] size : new int[][] {{1600, 900}, {900, 560}}) {
                TangleMeasure.Counts c = measure(g, size[0], size[1], theme);
                System.out.println("TANGLE " + theme + " " + size[0] + "x" + size[1] + ": " + c);
                assertEquals(210, c.ties(), "every tie of 9 April 2025 is measured");
            }
        }
        // 1600x900, light: before the ribbons and fans, 151,325 px of ink per unit zoom (68,170 px at zoom 0.45),
        // 429 crossings, 56 ties over actors they do not join; after: 132,525, 438 and 55
        TangleMeasure.Counts c = measure(g, 1600, 900, Theme.LIGHT);
        assertTrue(c.inkPerZoom() < 140_000, "the ties take less ink: " + c);
        assertTrue(c.crossings() <= 450, "and cross about as often as before: " + c);
        assertTrue(c.throughNodes() <= 58, "and run over no more actors they do not join: " + c);
    }

    @Test
    void japansSevenTiesToUkraineAreTwoNarrowRibbonsNotAFanOfSevenCurves() throws Exception {
        GraphSnapshot g = laidOut();
        double spread = HeadlessFx.call(() -> {
            GraphRenderable r = new GraphRenderable(g, null, 0, 0, PaintState.NONE);
            Camera cam = r.framed(new Area(0, 0, 1600, 900), new RenderOptions(Theme.LIGHT.palette(), true, 1, false));
            int japan = g.indexOf("japan"), ukraine = g.indexOf("ukraine");
            List<double[]> mids = new ArrayList<>();
            for (int e = 0; e < g.edgeCount(); e++) {
                if ((g.src[e] == japan && g.dst[e] == ukraine) || (g.src[e] == ukraine && g.dst[e] == japan)) {
                    double[] seg = EdgeGeometry.segment(g, cam, e, 1);
                    mids.add(new double[] {seg[6], seg[7]});
                }
            }
            assertEquals(7, mids.size(), "Japan and Ukraine have seven ties as of 9 April 2025");
            double widest = 0;
            for (double[] a : mids) for (double[] b : mids) widest = Math.max(widest, Math.hypot(a[0] - b[0], a[1] - b[1]));
            return widest;
        });
        // before: one curve per tie, 16 px of bend apart, the outer two 96 px apart at their middles
        assertTrue(spread < 50, "the seven curves span " + spread + " px at their middles");
    }
}
