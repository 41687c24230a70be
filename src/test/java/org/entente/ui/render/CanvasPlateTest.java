package org.entente.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

/**
 * The plates behind names are filled as plain rectangles on a canvas (a speed-up for the software
 * renderer): a reader must still see one solid plate with softened corners, not three strips with seams
 * that let a tie show through the letters.
 */
class CanvasPlateTest {

    private static final double X = 10.3, Y = 20.6, W = 50.2, H = 16.4, ARC = 6;

    @Test
    void aPlateAtFractionalPixelsIsSolidInsideWithSteppedCorners() throws Exception {
        PixelReader px = HeadlessFx.call(() -> draw(1));
        for (int y = (int) Math.ceil(Y); y < (int) Math.floor(Y + H); y++) {
            for (int x = (int) Math.ceil(X) + 1; x < (int) Math.floor(X + W) - 1; x++) {
                assertPlate(px.getColor(x, y), "inside the plate at " + x + "," + y);
            }
        }
        for (int y = (int) Math.ceil(Y) + 1; y < (int) Math.floor(Y + H) - 1; y++) {
            for (int x = (int) Math.ceil(X); x < (int) Math.floor(X + W); x++) {
                assertPlate(px.getColor(x, y), "inside the plate at " + x + "," + y);
            }
        }
        assertTrue(px.getColor(10, 20).getRed() > 0.9 && px.getColor(10, 20).getGreen() > 0.7,
                "the outer corner pixel stays background: " + px.getColor(10, 20));
        assertEquals(Color.WHITE, px.getColor(8, 30), "left of the plate");
        assertEquals(Color.WHITE, px.getColor(30, 39), "below the plate");
    }

    @Test
    void scaledPicturesKeepTheRoundCorners() throws Exception {
        PixelReader px = HeadlessFx.call(() -> draw(2));
        // at 2x the corner arc has a radius of 6 pixels: the pixel one in from the corner is background
        assertTrue(px.getColor(21, 42).getGreen() > 0.5, "rounded corner at 2x: " + px.getColor(21, 42));
        assertPlate(px.getColor(40, 60), "inside the plate at 2x");
    }

    private static PixelReader draw(double scale) {
        Canvas canvas = new Canvas(200, 120);
        canvas.getGraphicsContext2D().scale(scale, scale);
        CanvasSurface s = new CanvasSurface(canvas.getGraphicsContext2D(), 200, 120);
        s.clear(Color.WHITE);
        s.setFill(Color.rgb(200, 0, 0));
        s.fillRoundRect(X, Y, W, H, ARC);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = canvas.snapshot(params, null);
        return image.getPixelReader();
    }

    /** The plate's colour, give or take the renderer's rounding (a seam would let a third of white through). */
    private static void assertPlate(Color c, String where) {
        double off = Math.max(Math.abs(c.getRed() - 200 / 255.0), Math.max(c.getGreen(), c.getBlue()));
        assertTrue(off <= 3 / 255.0, where + ": " + c);
    }
}
