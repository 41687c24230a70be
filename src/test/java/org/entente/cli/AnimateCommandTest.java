package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.entente.logic.load.DatasetLoader;
import org.entente.ui.export.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code animate} and {@code export --handout} from the command line: files written, mistakes named. */
class AnimateCommandTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int animate(String... args) {
        return new AnimateCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK)).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aYearlyGifOfTheBundledGraphHasAFramePerYear() throws Exception {
        Path gif = dir.resolve("years.gif");
        assertEquals(0, animate("--from", "2020-01-01", "--to", "2025-01-01", "--step", "1y", "--out", gif.toString(),
                "--width", "240", "--height", "160", "--focus", "japan", "--theme", "projector"), err());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
        } finally {
            reader.dispose();
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("6 frames, 240 x 160 px"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anMp4IsRefusedWithTheWayToMakeOne() {
        assertEquals(Command.USAGE, animate("--from", "2020-01-01", "--to", "2025-01-01", "--out", dir.resolve("a.mp4").toString()));
        assertTrue(err().contains("MP4") && err().contains(".png"), err());
        assertFalse(Files.exists(dir.resolve("a.mp4")));
    }

    @Test
    void aBadStepOrAReversedRangeIsNamed() {
        assertEquals(Command.USAGE, animate("--from", "2020-01-01", "--to", "2025-01-01", "--step", "2w", "--out", "x.gif"));
        assertTrue(err().contains("--step must be 1m, 1y or events, got '2w'"), err());
        assertEquals(Command.USAGE, animate("--from", "2025-01-01", "--to", "2020-01-01", "--out", "x.gif"));
        assertTrue(err().contains("before --from"), err());
    }

    @Test
    void exportHandoutWritesAnHtmlHandoutAndRefusesOtherFormats() throws Exception {
        ExportCommand export = new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK);
        Path html = dir.resolve("h.html");
        int code = export.run(List.of("--handout", html.toString(), "--as-of", "2025-04-09", "--quiz", "3"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err());
        String text = Files.readString(html);
        assertTrue(text.contains("id=\"answers\""), "quiz and answer key included");
        assertEquals(Command.USAGE, export.run(List.of("--handout", dir.resolve("h.docx").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err().contains(".pdf or .html"), err());
    }
}
