package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.imageio.ImageIO;

import org.entente.logic.load.DatasetLoader;
import org.entente.ui.export.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} on the bundled dataset: writes the picture asked for, or says exactly what is wrong. */
class ExportCommandTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bothViewsAtAnExactSizeWithAFocusAreWritten() throws Exception {
        Path png = dir.resolve("both.png");
        assertEquals(0, run("--view", "both", "--out", png.toString(), "--width", "1920", "--height", "1080",
                "--as-of", "2025-04-09", "--theme", "projector", "--focus", "japan", "--depth", "1"), err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1920, img.getWidth());
        assertEquals(1080, img.getHeight());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1920 x 1080"));
    }

    @Test
    void anSvgOfTheTimelineIsXmlThatNamesTheDataset() throws Exception {
        Path svg = dir.resolve("t.svg");
        assertEquals(0, run("--view", "timeline", "--out", svg.toString(), "--as-of", "2025-04-09"), err());
        String xml = Files.readString(svg);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(xml.contains(">Japan, NATO, the G7 and the war in Ukraine</text>"), xml.substring(0, 600));
    }

    @Test
    void mistakesGetAClearMessageAndANonZeroExit() {
        assertEquals(1, run("--out", dir.resolve("x.png").toString(), "--focus", "jappan"));
        assertTrue(err().contains("unknown actor 'jappan'"), err());
        assertEquals(2, run("--out", dir.resolve("x.png").toString(), "--scale", "huge"));
        assertTrue(err().contains("--scale must be a number from 0.25 to 16, got 'huge'"), err());
        assertEquals(2, run("--view", "map", "--out", "x.png"));
        assertTrue(err().contains("--view must be graph, timeline or both, got 'map'"), err());
        assertEquals(2, run("--view", "graph"));
        assertTrue(err().contains("--out PATH.png or PATH.svg is required"), err());
        assertEquals(1, run("--out", dir.resolve("missing/x.png").toString(), "--width", "400", "--height", "300"));
        assertTrue(err().contains("missing"), err());
        assertTrue(!Files.exists(dir.resolve("x.png")));
    }
}
