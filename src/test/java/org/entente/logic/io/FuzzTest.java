package org.entente.logic.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.logic.synth.SyntheticDataset;
import org.entente.logic.tour.Camera;
import org.entente.logic.tour.Point;
import org.entente.logic.tour.SavedView;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The loaders' contract under a seeded mutation fuzzer: for any text (valid files truncated, bytes
 * flipped, ranges cut or doubled, JSON tokens, odd dates and unicode inserted) a loader returns a result or
 * positioned problems, never throws, never takes long, and whatever it accepts survives save then load
 * unchanged. {@value #DEFAULT_CASES} cases per format run in {@code mvn verify}; for a long run:
 * {@code mvn -o test -Dtest=FuzzTest -Dentente.fuzz.cases=200000 -Dentente.fuzz.seed=7}.
 */
class FuzzTest {

    static final int DEFAULT_CASES = 1000;

    /** A hang guard per case, far above the milliseconds a case takes; not a speed measurement. */
    private static final long MAX_NANOS_PER_CASE = 10_000_000_000L;

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "-1", "0", "1e400",
        "-0.0", "\"\"", "\" \"", "\"\\ud800\"", "\"\\udc00x\"", "\"2025-00\"", "\"0000-00-00\"", "\" 2025 \\n\"",
        "\"+999999999-12-31\"", "\"-0001-01-01\"", "\"2025-02-30\"", "\"\\u0000\"", "\"\\u001b[2J\"", "NaN", "//", "/*", "'",
        "=", "=>", "\"日本\"", "\"😀\"", "\"\\n\"", "{}", "[]", "\"x\":1,", "\"id\": \"a\",", "\"sources\": [],",
        "\"zoom\": -5", "\"camera\": \"wide\"", "\u2028", "\ufeff", "\\", "\"\\uZZZZ\""};

    private final long seed = Long.getLong("entente.fuzz.seed", 20261202L);
    private final int cases = Integer.getInteger("entente.fuzz.cases", DEFAULT_CASES);

    @Test
    void datasets() {
        Dataset base = SyntheticDataset.generate(6, 8, 4, 3);
        String text = datasetText(base);
        DatasetLoader loader = new DatasetLoader();
        run("dataset", text, mutated -> {
            LoadResult r = loader.load("fuzz.json", new StringReader(mutated));
            for (Problem p : r.errors()) {
                assertTrue(p.line() >= 1 || !r.readable(), () -> "an error without a place: " + p.format());
            }
            r.dataset().ifPresent(d -> {
                String saved = datasetText(d);
                LoadResult again = loader.load("saved.json", new StringReader(saved));
                assertTrue(again.dataset().isPresent(), () -> "a dataset it accepted does not load once saved: " + again.problems());
                assertEquals(saved, datasetText(again.dataset().get()), "save then load changed the dataset");
            });
            return r.dataset().isPresent();
        });
    }

    @Test
    void tours() {
        Tour tour = new Tour("Lesson ✓", "About Japan and NATO", List.of(
                new TourStep("One", "First caption", "notes", LocalDate.of(2025, 4, 9), null, FilterCriteria.NONE, null, 1,
                        List.of(), null),
                new TourStep("Two", "Second", "", LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1),
                        FilterCriteria.NONE.withKinds(Set.of("state")).withMinTies(2), "japan", 2, List.of("nato"),
                        new Camera(1.5, -2, 0.75))));
        run("tour", TourJson.toJson(tour), mutated -> {
            var r = TourJson.read("fuzz.json", new StringReader(mutated));
            placed(r.problems());
            r.value().ifPresent(t -> assertEquals(t, TourJson.read("saved.json", new StringReader(TourJson.toJson(t))).value()
                    .orElseThrow(), "save then load changed the tour"));
            return r.value().isPresent();
        });
    }

    @Test
    void savedViews() {
        SavedView view = new SavedView(LocalDate.of(2025, 4, 9), LocalDate.of(2014, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2024, 1, 1), FilterCriteria.NONE.withRegions(Set.of("europe")), "japan", 2,
                Map.of("japan", new Point(12.5, -8)), new Camera(1, 2, 0.8), "projector", "ACTOR", "japan", Set.of("nato"));
        run("view", SavedViewJson.toJson(view), mutated -> {
            var r = SavedViewJson.read("fuzz.json", new StringReader(mutated));
            placed(r.problems());
            r.value().ifPresent(v -> assertEquals(v, SavedViewJson.read("saved.json", new StringReader(SavedViewJson.toJson(v)))
                    .value().orElseThrow(), "save then load changed the view"));
            return r.value().isPresent();
        });
    }

    @Test
    void savedFilesGoThroughTheAtomicWriterAndReadBack() throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Dataset d = SyntheticDataset.generate(6, 8, 4, 3);
            Path f = dir.resolve("d.json");
            new DatasetWriter().write(d, f);
            assertEquals(datasetText(d), datasetText(new DatasetLoader().load(f).dataset().orElseThrow()));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    private static void placed(List<Problem> problems) {
        for (Problem p : problems) {
            assertTrue(p.line() >= 1, () -> "a problem without a place: " + p.format());
            assertTrue(!p.format().contains("\n"), () -> "a problem on two lines: " + p.format());
        }
    }

    /** Mutates {@code valid} {@link #cases} times; {@code check} returns whether the text was accepted. */
    private void run(String kind, String valid, Function<String, Boolean> check) {
        Random random = new Random(seed ^ kind.hashCode());
        int accepted = 0;
        for (int i = 0; i < cases; i++) {
            String mutated = mutate(valid, random);
            long start = System.nanoTime();
            try {
                if (check.apply(mutated)) accepted++;
            } catch (AssertionError e) {
                throw new AssertionError(kind + " case " + i + " (seed " + seed + "): " + e.getMessage() + "\ninput: " + cut(mutated), e);
            } catch (RuntimeException | StackOverflowError e) {
                fail(kind + " case " + i + " (seed " + seed + ") threw " + e + "\ninput: " + cut(mutated), e);
            }
            long took = System.nanoTime() - start;
            if (took > MAX_NANOS_PER_CASE) fail(kind + " case " + i + " took " + took / 1_000_000 + " ms\ninput: " + cut(mutated));
        }
        assertTrue(accepted > 0 && accepted < cases, kind + ": the mutations should both keep and break files; accepted " + accepted);
    }

    private static String cut(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    /** One to three edits of the valid text. */
    static String mutate(String text, Random random) {
        String s = text;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(9)) {
                case 0 -> s = s.substring(0, at);
                case 1 -> {
                    if (at < s.length()) s = s.substring(0, at) + (char) random.nextInt(0x80) + s.substring(at + 1);
                }
                case 2 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(40));
                    s = s.substring(0, at) + s.substring(end);
                }
                case 3 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(80));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                }
                case 4, 5 -> s = s.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + s.substring(at);
                case 6 -> s = swapValue(s, random);
                case 7 -> s = s.replaceFirst("\"(\\d{4})(-\\d{2})?(-\\d{2})?\"", "\"" + oddDate(random) + "\"");
                default -> {
                    if (at < s.length()) s = s.substring(0, at) + (char) (0x80 + random.nextInt(0xFF00)) + s.substring(at);
                }
            }
        }
        return s;
    }

    /** Replaces one value after a field name with a value of another type. */
    private static String swapValue(String s, Random random) {
        int colon = s.indexOf("\": ", random.nextInt(Math.max(1, s.length())));
        if (colon < 0) return s;
        int from = colon + 3;
        int end = from;
        while (end < s.length() && ",}]\n".indexOf(s.charAt(end)) < 0) end++;
        String[] values = {"1", "\"1\"", "[]", "{}", "null", "true", "\"\"", "[\"x\"]", "-3.5"};
        return s.substring(0, from) + values[random.nextInt(values.length)] + s.substring(end);
    }

    private static String oddDate(Random random) {
        String[] dates = {"2025-00", "2025-13", "2025-01-00", "2025-02-29", "2024-02-29", "~2025", " 2025", "2025 ", "99999",
            "-2025", "2025-1-1", "20250101", "2025/01/01", "0000", "~~2025", "2025-12-31"};
        return dates[random.nextInt(dates.length)];
    }

    private static String datasetText(Dataset d) {
        StringWriter w = new StringWriter();
        try {
            new DatasetWriter().write(d, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
