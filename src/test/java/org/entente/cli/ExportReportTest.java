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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.ui.export.Sources;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled graph as a class sees it on 9 April 2025, checked through the scene report the export
 * writes beside the picture: at 1024×768 and 1920×1080, in the light and projector themes, every tie is
 * drawn, the 30 most important actors are named, no name sits on another name, on another actor's node
 * or on the legend, and the legend keeps off the graph's nodes.
 */
class ExportReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 9);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final int TOP = 30;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024, 768, projector, png", "1024, 768, light, svg", "1920, 1080, light, png", "1920, 1080, projector, svg"})
    void theBundledGraphIsCompleteAndReadable(int width, int height, String theme, String ext) throws Exception {
        Path picture = dir.resolve("graph." + ext);
        Path reportFile = dir.resolve("graph.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = new ExportCommand(new DatasetLoader(), new org.entente.ui.headless.HeadlessUi(Sources.headless(), new org.entente.ui.graph.GraphFrameProbe(), null, CLOCK), CLOCK).run(
                List.of("--out", picture.toString(), "--width", "" + width, "--height", "" + height, "--theme", theme,
                        "--as-of", AS_OF.toString(), "--report", reportFile.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(picture) > 0);
        JsonObject report = JsonParser.parseString(Files.readString(reportFile)).getAsJsonObject();
        assertEquals("entente-scene/1", report.get("format").getAsString());
        assertEquals(width, report.get("width").getAsInt());

        Dataset data = new DatasetLoader().loadBundled().dataset().orElseThrow();
        VisibleGraph visible = new GraphFilter().apply(data, AS_OF, DateRange.ALL, FilterCriteria.NONE);
        Set<String> drawn = new HashSet<>();
        for (JsonElement t : report.getAsJsonArray("ties")) assertTrue(drawn.add(t.getAsJsonObject().get("id").getAsString()), "each tie once");
        Set<String> expected = new HashSet<>();
        visible.graph().edgeSet().forEach(r -> expected.add(r.id()));
        assertEquals(expected, drawn, "every tie of the graph is drawn, and nothing else");

        Map<String, Box> nodes = boxes(report.getAsJsonArray("nodes"));
        assertEquals(visible.graph().vertexSet().size(), nodes.size(), "every actor is drawn");
        Box graph = box(report.getAsJsonObject("graph"));
        Box legend = box(report.getAsJsonObject("legend"));
        for (Map.Entry<String, Box> n : nodes.entrySet()) {
            assertTrue(graph.contains(n.getValue()), n.getKey() + " lies inside the graph's area");
            assertTrue(!legend.overlaps(n.getValue()), "the legend covers " + n.getKey());
        }

        List<JsonObject> labels = new ArrayList<>();
        report.getAsJsonArray("labels").forEach(l -> labels.add(l.getAsJsonObject()));
        Set<String> named = new HashSet<>();
        for (JsonObject l : labels) named.add(l.get("id").getAsString());
        List<String> missing = new ArrayList<>();
        for (String id : mostImportant(visible)) if (!named.contains(id)) missing.add(id);
        assertEquals(List.of(), missing, "the " + TOP + " most important actors all have a name on the picture");

        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            JsonObject a = labels.get(i);
            Box ba = box(a);
            if (ba.overlaps(legend)) clashes.add(a.get("text").getAsString() + " on the legend");
            if (!graph.contains(ba)) clashes.add(a.get("text").getAsString() + " cut at the graph's edge");
            for (int j = i + 1; j < labels.size(); j++) {
                if (ba.overlaps(box(labels.get(j)))) clashes.add(a.get("text").getAsString() + " on " + labels.get(j).get("text").getAsString());
            }
            for (Map.Entry<String, Box> n : nodes.entrySet()) {
                if (!n.getKey().equals(a.get("id").getAsString()) && ba.overlaps(n.getValue())) {
                    clashes.add(a.get("text").getAsString() + " on the node of " + n.getKey());
                }
            }
        }
        assertEquals(List.of(), clashes, "names overlap");
    }

    /** The actors the graph sizes largest: by number of ties on the day, then by id (the painter's order). */
    private static List<String> mostImportant(VisibleGraph visible) {
        Map<String, Integer> degree = new HashMap<>();
        visible.graph().vertexSet().forEach(a -> degree.put(a.id(), 0));
        for (Relation r : visible.graph().edgeSet()) {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        }
        return degree.keySet().stream()
                .sorted(Comparator.comparing((String id) -> -degree.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(TOP).toList();
    }

    private record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean contains(Box o) {
            return o.x >= x - 0.5 && o.y >= y - 0.5 && o.x + o.w <= x + w + 0.5 && o.y + o.h <= y + h + 0.5;
        }
    }

    private static Box box(JsonObject o) {
        return new Box(o.get("x").getAsDouble(), o.get("y").getAsDouble(), o.get("w").getAsDouble(), o.get("h").getAsDouble());
    }

    private static Map<String, Box> boxes(JsonArray a) {
        Map<String, Box> m = new HashMap<>();
        for (JsonElement e : a) m.put(e.getAsJsonObject().get("id").getAsString(), box(e.getAsJsonObject()));
        return m;
    }
}
