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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.ui.export.Sources;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The timeline in an exported "both" slide, checked through the scene report: as of 9 April 2025 it shows
 * the years before that day with their events (not 1945 to 2035 with the recent events crowded out), and
 * no tie's bar runs through its own label.
 */
class ExportTimelineReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 9);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"3840, 2160, light, true", "1920, 1080, projector, true", "1920, 1080, light, true", "1024, 768, light, false"})
    void theTimelineShowsThePeriodOfTheDateAndBarsKeepOffTheirLabels(int width, int height, String theme, boolean roomForTies) throws Exception {
        Path picture = dir.resolve("both.png");
        Path reportFile = dir.resolve("both.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK).run(
                List.of("--out", picture.toString(), "--view", "both", "--width", "" + width, "--height", "" + height,
                        "--theme", theme, "--as-of", AS_OF.toString(), "--report", reportFile.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        JsonObject report = JsonParser.parseString(Files.readString(reportFile)).getAsJsonObject();

        Dataset data = new DatasetLoader().loadBundled().dataset().orElseThrow();
        Map<String, Event> events = new HashMap<>();
        data.events().forEach(e -> events.put(e.id(), e));
        List<Integer> years = new ArrayList<>();
        for (JsonElement e : report.getAsJsonArray("timeline_events")) {
            Event ev = events.get(e.getAsJsonObject().get("id").getAsString());
            // an event over years (twenty years in Afghanistan) counts by its last year
            years.add((ev.end() == null ? ev.date() : ev.end()).latest().getYear());
        }
        long recent = years.stream().filter(y -> y >= 2020 && y <= 2025).count();
        assertTrue(recent >= 5, "events of the 2020s are on the picture, got the years " + years);
        assertTrue(years.stream().allMatch(y -> y >= 2015), "only the period before the as-of date, got the years " + years);

        Map<String, List<Box>> bars = new HashMap<>();
        for (JsonElement b : report.getAsJsonArray("timeline_bars")) {
            JsonObject o = b.getAsJsonObject();
            bars.computeIfAbsent(o.get("id").getAsString(), k -> new ArrayList<>()).add(box(o));
        }
        assertTrue(!roomForTies || !bars.isEmpty(), "ties are drawn on the timeline");
        List<String> crossed = new ArrayList<>();
        int labelled = 0;
        for (JsonElement l : report.getAsJsonArray("timeline_bar_labels")) {
            JsonObject o = l.getAsJsonObject();
            labelled++;
            for (Box bar : bars.getOrDefault(o.get("id").getAsString(), List.of())) {
                if (bar.overlaps(box(o))) crossed.add(o.get("text").getAsString());
            }
        }
        assertTrue(!roomForTies || labelled > 0, "some tie bars carry a label");
        assertEquals(List.of(), crossed, "tie bars run through their own labels");
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"3840, 2160, light", "1920, 1080, projector"})
    void aWideSlideIsFramedToItsContentWithoutEmptyBorders(int width, int height, String theme) throws Exception {
        Path picture = dir.resolve("wide.png");
        Path reportFile = dir.resolve("wide.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK).run(
                List.of("--out", picture.toString(), "--view", "both", "--width", "" + width, "--height", "" + height,
                        "--theme", theme, "--as-of", AS_OF.toString(), "--report", reportFile.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        JsonObject report = JsonParser.parseString(Files.readString(reportFile)).getAsJsonObject();
        Box graph = box(report.getAsJsonObject("graph"));
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (String list : new String[] {"nodes", "labels"}) {
            for (JsonElement e : report.getAsJsonArray(list)) {
                Box b = box(e.getAsJsonObject());
                x0 = Math.min(x0, b.x);
                y0 = Math.min(y0, b.y);
                x1 = Math.max(x1, b.x + b.w);
                y1 = Math.max(y1, b.y + b.h);
            }
        }
        double side = Math.max(x0 - graph.x, graph.x + graph.w - x1);
        double above = Math.max(y0 - graph.y, graph.y + graph.h - y1);
        assertTrue(side <= 0.05 * width, "the graph has an empty border of " + Math.round(side) + " px beside it");
        assertTrue(above <= 0.1 * height, "the graph has an empty border of " + Math.round(above) + " px above or below it");
        Box timeline = box(report.getAsJsonObject("timeline"));
        assertTrue(timeline.w >= 0.4 * width, "the timeline keeps a readable width: " + timeline.w);
    }

    private record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    private static Box box(JsonObject o) {
        return new Box(o.get("x").getAsDouble(), o.get("y").getAsDouble(), o.get("w").getAsDouble(), o.get("h").getAsDouble());
    }
}
