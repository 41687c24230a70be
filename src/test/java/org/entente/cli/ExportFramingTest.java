package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.entente.logic.load.DatasetLoader;
import org.entente.ui.export.Sources;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exported slides are framed to what they show: measured through the scene report, the graph's nodes and
 * names fill the graph's box on at least one axis (no side more than 8% of the picture empty there), sit
 * in its middle on both axes (no wide border on one side only), and no name is cut at the box's edge.
 */
class ExportFramingTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 9);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** Largest empty border, on the axis the content fills, as a share of the picture's size on that axis. */
    private static final double MAX_GAP = 0.08;
    /** Largest difference between the borders on opposite sides, as a share of the picture's size. */
    private static final double MAX_OFF_CENTRE = 0.03;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{2} {0}x{1}")
    @CsvSource({"1024, 768, both", "1920, 1080, both", "3840, 2160, both",
            "1024, 768, graph", "1920, 1080, graph", "3840, 2160, graph"})
    void theGraphFillsItsBoxWithoutWideBorders(int width, int height, String view) throws Exception {
        Path picture = dir.resolve("slide.svg");
        Path reportFile = dir.resolve("slide.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(),
                new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK).run(
                List.of("--out", picture.toString(), "--view", view, "--width", "" + width, "--height", "" + height,
                        "--as-of", AS_OF.toString(), "--report", reportFile.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        JsonObject report = JsonParser.parseString(Files.readString(reportFile)).getAsJsonObject();
        JsonObject graph = report.getAsJsonObject("graph");
        double gx = graph.get("x").getAsDouble(), gy = graph.get("y").getAsDouble();
        double gx1 = gx + graph.get("w").getAsDouble(), gy1 = gy + graph.get("h").getAsDouble();

        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        List<String> cut = new ArrayList<>();
        List<JsonElement> boxes = new ArrayList<>();
        report.getAsJsonArray("nodes").forEach(boxes::add);
        report.getAsJsonArray("labels").forEach(boxes::add);
        for (JsonElement e : boxes) {
            JsonObject b = e.getAsJsonObject();
            double x = b.get("x").getAsDouble(), y = b.get("y").getAsDouble();
            double x1 = x + b.get("w").getAsDouble(), y1 = y + b.get("h").getAsDouble();
            if (x < gx - 0.5 || y < gy - 0.5 || x1 > gx1 + 0.5 || y1 > gy1 + 0.5) cut.add(b.get("id").getAsString());
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x1);
            maxY = Math.max(maxY, y1);
        }
        assertEquals(List.of(), cut, "names and nodes cut at the edge of the graph's box");
        double left = (minX - gx) / width, right = (gx1 - maxX) / width;
        double top = (minY - gy) / height, bottom = (gy1 - maxY) / height;
        String gaps = String.format("empty borders: left %.1f%%, right %.1f%%, top %.1f%%, bottom %.1f%%",
                100 * left, 100 * right, 100 * top, 100 * bottom);
        assertTrue(Math.max(left, right) <= MAX_GAP || Math.max(top, bottom) <= MAX_GAP, "the graph fills no axis; " + gaps);
        assertTrue(Math.abs(left - right) <= MAX_OFF_CENTRE && Math.abs(top - bottom) <= MAX_OFF_CENTRE,
                "the graph is off centre; " + gaps);
    }
}
