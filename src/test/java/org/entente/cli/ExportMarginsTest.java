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
 * No wide empty band beside the graph in an exported slide, whatever the picture's shape: measured through
 * the scene report, the empty space between the graph's nodes and names and the next thing on each side
 * (the picture's edge, the header above the graph's box, a legend or timeline beside or below) is at most
 * 6% of the picture's width, for the graph alone and for graph with timeline, in the light and projector
 * themes, at the usual projector, screen, 4K and portrait sizes. A 4:3 "both" slide used to keep about
 * 17% empty on each side of the graph. The legend and the timeline never lie on a node or a name.
 */
class ExportMarginsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 9);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** Widest empty band allowed on any side of the graph's content, as a share of the picture's width. */
    private static final double MAX_EMPTY = 0.06;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{2} {0}x{1} {3}")
    @CsvSource({
            "1024, 768, both, light", "1024, 768, both, projector", "1280, 720, both, light", "1280, 720, both, projector",
            "1920, 1080, both, light", "1920, 1080, both, projector", "1920, 1200, both, light", "1920, 1200, both, projector",
            "3840, 2160, both, light", "3840, 2160, both, projector", "800, 1000, both, light", "800, 1000, both, projector",
            "1024, 768, graph, light", "1024, 768, graph, projector", "1280, 720, graph, light", "1280, 720, graph, projector",
            "1920, 1080, graph, light", "1920, 1080, graph, projector", "1920, 1200, graph, light", "1920, 1200, graph, projector",
            "3840, 2160, graph, light", "3840, 2160, graph, projector", "800, 1000, graph, light", "800, 1000, graph, projector"})
    void noWideEmptyBandBesideTheGraph(int width, int height, String view, String theme) throws Exception {
        JsonObject report = export(width, height, view, theme);
        List<Box> content = new ArrayList<>();
        report.getAsJsonArray("nodes").forEach(e -> content.add(box(e)));
        report.getAsJsonArray("labels").forEach(e -> content.add(box(e)));
        double minX = content.stream().mapToDouble(Box::x).min().orElseThrow();
        double minY = content.stream().mapToDouble(Box::y).min().orElseThrow();
        double maxX = content.stream().mapToDouble(Box::x1).max().orElseThrow();
        double maxY = content.stream().mapToDouble(Box::y1).max().orElseThrow();

        List<Box> others = new ArrayList<>();
        for (String name : List.of("legend", "timeline")) {
            if (report.get(name).isJsonObject()) others.add(box(report.get(name)));
        }
        List<String> covered = new ArrayList<>();
        for (Box other : others) {
            for (Box c : content) if (other.overlaps(c)) covered.add(c.id);
        }
        assertEquals(List.of(), covered, "nodes and names under the legend or the timeline");

        double left = minX, right = width - maxX;
        double top = minY - box(report.get("graph")).y, bottom = height - maxY;
        for (Box o : others) {
            boolean besideRows = o.y < maxY && minY < o.y1();
            boolean besideColumns = o.x < maxX && minX < o.x1();
            if (besideRows && o.x >= maxX) right = Math.min(right, o.x - maxX);
            if (besideRows && o.x1() <= minX) left = Math.min(left, minX - o.x1());
            if (besideColumns && o.y >= maxY) bottom = Math.min(bottom, o.y - maxY);
        }
        String gaps = String.format("empty beside the graph, as a share of the width: left %.1f%%, right %.1f%%, top %.1f%%, bottom %.1f%%",
                100 * left / width, 100 * right / width, 100 * top / width, 100 * bottom / width);
        assertTrue(Math.max(Math.max(left, right), Math.max(top, bottom)) <= MAX_EMPTY * width, gaps);
    }

    private JsonObject export(int width, int height, String view, String theme) throws Exception {
        Path picture = dir.resolve("slide.svg");
        Path reportFile = dir.resolve("slide.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(),
                new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK).run(
                List.of("--out", picture.toString(), "--view", view, "--width", "" + width, "--height", "" + height,
                        "--theme", theme, "--as-of", AS_OF.toString(), "--report", reportFile.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return JsonParser.parseString(Files.readString(reportFile)).getAsJsonObject();
    }

    private record Box(String id, double x, double y, double w, double h) {
        double x1() { return x + w; }
        double y1() { return y + h; }

        boolean overlaps(Box o) {
            return x < o.x1() && o.x < x1() && y < o.y1() && o.y < y1();
        }
    }

    private static Box box(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        return new Box(o.has("id") ? o.get("id").getAsString() : "", o.get("x").getAsDouble(), o.get("y").getAsDouble(),
                o.get("w").getAsDouble(), o.get("h").getAsDouble());
    }
}
