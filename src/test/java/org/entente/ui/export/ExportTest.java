package org.entente.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.scene.paint.Color;

import org.entente.model.Dataset;
import org.entente.ui.render.Area;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.task.ProgressSink;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Exported pictures have the size asked for, are not blank, carry the title and the legend with its
 * swatches, tile beyond the texture limit, and SVG output is real XML with text elements.
 */
class ExportTest {

    private static final FxCaller FX = HeadlessFx::call;
    private static final PictureText TEXT = PictureText.of(Dataset.empty(), ExportView.GRAPH, LocalDate.of(2025, 4, 9), null);

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() {
        HeadlessFx.start();
    }

    private static ComposedPicture picture() {
        return new ComposedPicture(List.of(new TestPicture()), TEXT);
    }

    private static ExportRequest request(double scale, int w, int h, Theme theme, boolean transparent) {
        return new ExportRequest(ExportView.GRAPH, scale, w, h, true, theme, transparent);
    }

    @Test
    void scalesAndExactSizesGiveTheRequestedPixelsInEveryTheme() throws Exception {
        ComposedPicture p = picture();
        double[] base = p.preferredSize();
        for (Theme theme : Theme.values()) {
            for (double scale : new double[] {1, 2, 4}) {
                BufferedImage img = new Exporter(FX).image(p, request(scale, 0, 0, theme, false), ProgressSink.NONE);
                assertEquals(Math.round(base[0] * scale), img.getWidth(), theme + " " + scale + "x");
                assertEquals(Math.round(base[1] * scale), img.getHeight(), theme + " " + scale + "x");
                assertPictureHasBodyAndLegend(img, theme.palette().background());
            }
        }
        BufferedImage fourK = new Exporter(FX).image(p, request(1, 3840, 2160, Theme.PROJECTOR, false), ProgressSink.NONE);
        assertEquals(3840, fourK.getWidth());
        assertEquals(2160, fourK.getHeight());
        assertPictureHasBodyAndLegend(fourK, Theme.PROJECTOR.palette().background());
    }

    /** The view's colour fills the middle, the swatch colour appears in the bottom strip, the corners are background. */
    private static void assertPictureHasBodyAndLegend(BufferedImage img, Color background) {
        int w = img.getWidth();
        int h = img.getHeight();
        assertEquals(argb(background), img.getRGB(2, 2), "corner is the theme background");
        assertEquals(argb(TestPicture.BODY), img.getRGB(w / 2, h / 2 - h / 20), "the view is drawn in the middle");
        assertTrue(count(img, argb(TestPicture.SWATCH), 0, (int) (h * 0.75), w, h) > 20, "legend swatches at the bottom");
        assertEquals(0, count(img, argb(TestPicture.SWATCH), 0, 0, w, h / 2), "no swatch in the top half");
    }

    @Test
    void aTransparentExportLeavesTheBackgroundClear() throws Exception {
        BufferedImage img = new Exporter(FX).image(picture(), request(1, 0, 0, Theme.DARK, true), ProgressSink.NONE);
        assertEquals(0, img.getRGB(2, 2) >>> 24, "alpha of the corner");
        assertEquals(argb(TestPicture.BODY), img.getRGB(img.getWidth() / 2, img.getHeight() / 2 - img.getHeight() / 20));
    }

    @Test
    void theLegendLabelsTitleDateAndCreditAreDrawn() {
        ComposedPicture p = picture();
        RecordingSurface rec = new RecordingSurface(1600, 1000);
        p.render(rec, new Area(0, 0, 1600, 1000), new RenderOptions(Theme.LIGHT.palette(), true, 1, false));
        List<String> texts = rec.strings();
        assertTrue(texts.containsAll(List.of("No dataset", "Who is tied to whom as of 9 April 2025", "Kinds:", "State", "Ties:", "Membership")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Data: No dataset (0 sources)")), texts.toString());
        double legendY = rec.texts.stream().filter(t -> t.text().equals("State")).findFirst().orElseThrow().y();
        assertTrue(legendY > 800 && legendY < 1000, "legend near the bottom, inside the picture: " + legendY);
    }

    @Test
    void aPictureWiderThanTheTextureLimitIsTiledAndComplete() throws Exception {
        ComposedPicture p = picture();
        ExportRequest wide = request(1, 9000, 3000, Theme.LIGHT, false);
        PictureSize size = PictureSize.of(p, wide);
        List<String> messages = new ArrayList<>();
        ProgressSink sink = new ProgressSink() {
            @Override public void update(double fraction, String message) { messages.add(message); }
            @Override public boolean isCancelled() { return false; }
        };
        TiledRenderer tiles = new TiledRenderer(FX);
        assertEquals(10, tiles.tileCount(9000, 3000), "5 columns x 2 rows of 2048 px");
        BufferedImage img = tiles.render(p, size, Exporter.options(wide, size), sink);
        assertEquals(9000, img.getWidth());
        assertEquals(3000, img.getHeight());
        assertEquals("Drawing tile 10 of 10", messages.get(messages.size() - 1));
        // the view's frame line runs unbroken across tile seams (x = 2048, 4096, 6144, 8192)
        TestPicture view = new TestPicture();
        new ComposedPicture(List.of(view), TEXT).render(new RecordingSurface(9000, 3000), new Area(0, 0, 9000, 3000), Exporter.options(wide, size));
        int frameY = (int) Math.round(view.lastArea.y());
        int left = (int) view.lastArea.x() + 5;
        int right = (int) (view.lastArea.x() + view.lastArea.width()) - 5;
        for (int x : new int[] {left, 2047, 2048, 4096, 6143, 6144, 8192, right}) {
            assertEquals(argb(TestPicture.BODY), img.getRGB(x, frameY), "frame at x=" + x);
        }
        int middleY = (int) (view.lastArea.y() + view.lastArea.height() / 2);
        assertEquals(argb(TestPicture.BODY), img.getRGB(4500, middleY));
        assertEquals(argb(Theme.LIGHT.palette().background()), img.getRGB(8995, 5));
    }

    @Test
    void cancellingStopsTheExport() {
        ProgressSink cancelled = new ProgressSink() {
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancellationException.class,
                () -> new Exporter(FX).image(picture(), request(4, 0, 0, Theme.LIGHT, false), cancelled));
    }

    @Test
    void pngAndSvgFilesAreWrittenAndTheSvgIsXmlWithTextElements() throws Exception {
        ComposedPicture p = picture();
        Path png = dir.resolve("g.png");
        new Exporter(FX).write(p, request(2, 0, 0, Theme.LIGHT, false), png, FX, ProgressSink.NONE);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(Math.round(p.preferredSize()[0] * 2), read.getWidth());

        Path svg = dir.resolve("g.svg");
        new Exporter(FX).write(p, request(1, 0, 0, Theme.DARK, false), svg, FX, ProgressSink.NONE);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(java.nio.file.Files.readString(svg))));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        NodeList texts = doc.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) words.add(texts.item(i).getTextContent());
        assertTrue(words.containsAll(List.of("No dataset", "State", "Membership")), words.toString());
        assertTrue(doc.getElementsByTagName("rect").getLength() > 2);
    }

    @Test
    void anUnwritablePlaceIsNamed() {
        Path missing = dir.resolve("no-such-folder").resolve("x.png");
        Exception e = assertThrows(java.io.IOException.class,
                () -> new Exporter(FX).write(picture(), request(1, 0, 0, Theme.LIGHT, false), missing, FX, ProgressSink.NONE));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
        assertFalse(java.nio.file.Files.exists(missing));
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    private static int count(BufferedImage img, int colour, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y += 1) {
            for (int x = x0; x < x1; x += 2) {
                if (img.getRGB(x, y) == colour) n++;
            }
        }
        return n;
    }
}
