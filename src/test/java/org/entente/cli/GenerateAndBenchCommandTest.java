package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.ui.graph.GraphFrameProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate and bench commands as a script would run them (bench only as a quick smoke test). */
class GenerateAndBenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Command c, String... args) {
        return c.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void generateWritesADatasetThatValidates(@TempDir Path dir) {
        Path file = dir.resolve("big.json");
        assertEquals(Command.OK, run(new GenerateCommand(), "--actors", "120", "--relations", "400", "--events", "50", "--seed", "3", "--out", file.toString()));
        LoadResult r = new DatasetLoader().load(file);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(120, r.dataset().orElseThrow().actors().size());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("120 actors, 400 relations, 50 events"));
    }

    @Test
    void wrongArgumentsGetAClearMessageAndExitCode2(@TempDir Path dir) {
        assertEquals(Command.USAGE, run(new GenerateCommand(), "--actors", "many", "--out", dir.resolve("x.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--actors must be a whole number, got 'many'"));
        assertEquals(Command.USAGE, run(new GenerateCommand(), "--actors", "10"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out FILE is required"));
        assertEquals(Command.USAGE, run(new GenerateCommand(), "--out", dir.resolve("no/such/dir/x.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write") && err.toString(StandardCharsets.UTF_8).contains("does not exist"));
        assertTrue(Files.notExists(dir.resolve("x.json")));
    }

    @Test
    void quickBenchEndsWithOneJsonObjectWithTheAgreedFields() {
        assertEquals(Command.OK, run(new BenchCommand(new org.entente.ui.headless.HeadlessUi(org.entente.ui.export.Sources.headless(), new GraphFrameProbe(), null, java.time.Clock.systemUTC())), "--quick", "--json", "--frames", "2"));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonObject json = JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
        JsonObject c = json.getAsJsonArray("cases").get(0).getAsJsonObject();
        for (String field : List.of("name", "actors", "relations", "events", "load_ms", "layout_ms", "graph_frame_ms", "graph_overview_ms", "graph_zoomed_ms", "timeline_frame_ms")) {
            assertTrue(c.has(field), field);
        }
        assertEquals(60, c.get("actors").getAsInt());
        assertTrue(c.get("graph_frame_ms").getAsDouble() > 0);
        // two frames: one of the whole graph, one zoomed in, each its own median
        assertTrue(c.get("graph_overview_ms").getAsDouble() > 0);
        assertTrue(c.get("graph_zoomed_ms").getAsDouble() > 0);
        assertTrue(c.get("timeline_frame_ms").isJsonNull(), "no timeline probe given: null");
    }
}
