package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.entente.ui.render.SceneItem;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The legend is a canvas of its own over the graph, drawn again only when it changes: it must still be
 * where the frame says the legend is, in the theme of the moment, and go away when switched off.
 */
class LiveLegendLayerTest extends LiveBundledGraphTest {

    @Test
    void theLegendLayerSitsOnTheLegendBoxFollowsTheThemeAndHides() {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            List<SceneItem> frame = frameAt(1280, 800, theme);
            SceneItem box = frame.stream().filter(i -> i.kind() == SceneItem.Kind.LEGEND).findFirst().orElse(null);
            assertNotNull(box, theme + ": the frame has a legend");
            Canvas layer = lookup("#graph-legend").queryAs(Canvas.class);
            assertTrue(layer.isVisible(), theme + ": the legend layer shows");
            Bounds b = layer.getBoundsInParent();
            assertTrue(b.getMinX() <= box.x() && b.getMinY() <= box.y() && b.getMaxX() >= box.x() + box.w()
                    && b.getMaxY() >= box.y() + box.h() && b.getWidth() <= box.w() + 3 && b.getHeight() <= box.h() + 3,
                    theme + ": the layer " + b + " covers just the legend " + box);
            // inside the legend, beside its first row: the panel colour of this theme, not the one before
            Color panel = theme.palette().panel();
            Color seen = interactAndGet(layer, box.x() - b.getMinX() + 3, box.y() - b.getMinY() + box.h() / 2);
            assertTrue(close(seen, panel), theme + ": the legend's panel is " + panel + ", the layer shows " + seen);
        }
        interact(() -> view().viewModel().legendVisibleProperty().set(false));
        for (int i = 0; i < 3; i++) {
            interact(() -> view().viewModel().settle());
            WaitForAsyncUtils.sleep(120, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(lookup("#graph-legend").queryAs(Canvas.class).isVisible(), "switched off, the legend layer is hidden");
        assertEquals(0, view().lastFrame().stream().filter(i -> i.kind() == SceneItem.Kind.LEGEND).count(), "and the frame has no legend");
    }

    private Color interactAndGet(Canvas layer, double x, double y) {
        Color[] c = new Color[1];
        interact(() -> {
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            WritableImage image = layer.snapshot(params, null);
            c[0] = image.getPixelReader().getColor((int) x, (int) y);
        });
        return c[0];
    }

    /** The legend's panel is drawn at 93% opacity over a transparent layer: compare the colour, not alpha. */
    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.04 && Math.abs(a.getGreen() - b.getGreen()) < 0.04
                && Math.abs(a.getBlue() - b.getBlue()) < 0.04;
    }
}
