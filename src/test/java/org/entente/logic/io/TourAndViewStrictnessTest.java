package org.entente.logic.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.load.Problem;
import org.entente.logic.tour.Camera;
import org.entente.logic.tour.SavedView;
import org.entente.logic.tour.Tour;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tours and saved views are read as strictly as datasets, completely validated before anything is
 * returned, and only from small regular files: a damaged or hostile file gives positioned problems in
 * words and no value, so opening it can change nothing.
 */
class TourAndViewStrictnessTest {

    private static final String VIEW = """
            {"format": "entente-view/1", "asOf": "2025-04-09",
             "window": {"start": "2014-01-01", "end": "2025-12-31"},
             "camera": {"centreX": 1, "centreY": 2, "zoom": 1.5},
             "selection": {"kind": "NONE"}}
            """;

    private static final String TOUR = """
            {"format": "entente-tour/1", "title": "Lesson",
             "steps": [{"title": "One", "caption": "First", "asOf": "2025-04-09"}]}
            """;

    @TempDir
    Path dir;

    private static ReadResult<SavedView> view(String json) {
        return SavedViewJson.read("v.json", new StringReader(json));
    }

    private static ReadResult<Tour> tour(String json) {
        return TourJson.read("t.json", new StringReader(json));
    }

    private static Problem rejected(ReadResult<?> r) {
        assertTrue(r.value().isEmpty(), "a damaged file gives no value: " + r.describe());
        assertTrue(r.hasErrors());
        return r.problems().get(0);
    }

    @Test
    void theSamplesAreValid() {
        assertTrue(view(VIEW).value().isPresent(), view(VIEW).describe());
        assertTrue(tour(TOUR).value().isPresent(), tour(TOUR).describe());
    }

    @Test
    void aWindowEndingBeforeItStartsIsAnErrorNotAViewThatThrowsLater() {
        Problem p = rejected(view(VIEW.replace("\"2014-01-01\", \"end\": \"2025-12-31\"", "\"2025-12-31\", \"end\": \"2014-01-01\"")));
        assertEquals("$.window.end", p.jsonPath());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("ends (2014-01-01) before it starts (2025-12-31)"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"zoom\": -5}", "\"wide\"", "{\"zoom\": 0}", "{\"zoom\": \"big\"}", "{\"centreX\": 1e400}"})
    void anInvalidCameraRejectsTheWholeView(String camera) {
        Problem p = rejected(view(VIEW.replace("{\"centreX\": 1, \"centreY\": 2, \"zoom\": 1.5}", camera)));
        assertTrue(p.jsonPath().startsWith("$.camera"), p.format());
        assertEquals(3, p.line(), p.format());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{// a comment\n\"format\": \"entente-tour/1\"}",
        "{'format': 'entente-tour/1'}",
        "{format: \"entente-tour/1\"}",
        "{\"format\" = \"entente-tour/1\"}",
        "{\"format\" => \"entente-tour/1\"}",
        "{\"format\": \"entente-tour/1\",}",
        "{\"title\": \"x\"} trailing",
        ""})
    void lenientJsonIsRejectedInWords(String json) {
        Problem p = rejected(tour(json));
        assertTrue(p.line() >= 1, p.format());
        assertFalse(p.message().contains("setStrictness") || p.message().contains("JsonReader")
                || p.message().contains("MalformedJson") || p.message().contains("Use "), p.message());
    }

    @Test
    void aFieldWrittenTwiceIsAnError() {
        Problem p = rejected(tour(TOUR.replace("\"title\": \"Lesson\",", "\"title\": \"Lesson\",\n \"title\": \"Other\",")));
        assertEquals(2, p.line());
        assertTrue(p.message().contains("'title' appears twice"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"title\": \"  \"", "\"caption\": \"\""})
    void blankRequiredTextsAreErrors(String blank) {
        String json = TOUR.replace(blank.startsWith("\"title\"") ? "\"title\": \"One\"" : "\"caption\": \"First\"", blank);
        Problem p = rejected(tour(json));
        assertTrue(p.message().contains("is empty"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-0001-01-01", " 2025-04-09", "2025-04-09\\n", "2025-4-9", "2025-02-30"})
    void onlyPlainDatesAreAccepted(String date) {
        Problem p = rejected(view(VIEW.replace("\"asOf\": \"2025-04-09\"", "\"asOf\": \"" + date + "\"")));
        assertEquals("$.asOf", p.jsonPath());
        assertFalse(p.message().contains("\n"), p.message());
    }

    @Test
    void aLoneSurrogateIsRejectedWithItsPlace() {
        Problem p = rejected(tour(TOUR.replace("\"First\"", "\"Fi\\udc00rst\"")));
        assertEquals(2, p.line());
        assertEquals("$.steps[0].caption", p.jsonPath());
        assertTrue(p.message().contains("lone surrogate"), p.message());
    }

    @Test
    void aSavedViewSurvivesSaveAndLoadThroughAFile() throws Exception {
        SavedView v = new SavedView(LocalDate.of(2025, 4, 9), LocalDate.of(2014, 1, 1), LocalDate.of(2025, 12, 31), null,
                FilterCriteria.NONE, null, 1, Map.of(), new Camera(1, 2, 1.5), "dark", "NONE", null, Set.of());
        Path f = dir.resolve("v.json");
        SavedViewJson.write(v, f);
        assertEquals(v, SavedViewJson.read(f).value().orElseThrow());
    }

    // ------------------------------------------------------------------ only small regular files

    private static String refusal(ReadResult<?> r) {
        assertTrue(r.value().isEmpty());
        return r.problems().get(0).message();
    }

    @Test
    void aFolderIsRefused() {
        assertTrue(refusal(TourJson.read(dir)).contains("is a folder"));
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");
        String why = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> refusal(SavedViewJson.read(fifo)));
        assertTrue(why.contains("not a regular file"), why);
    }

    @Test
    void aDeviceAndALinkToItAreRefused() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertTrue(refusal(TourJson.read(zero)).contains("not a regular file"));
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), zero);
        assertTrue(refusal(SavedViewJson.read(link)).contains("not a regular file"));
    }

    @Test
    void aHugeSparseFileIsRefusedByItsSize() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }
        String why = refusal(TourJson.read(big));
        assertTrue(why.contains("too large"), why);
    }

    @Test
    void binaryIsRefusedAsNotUtf8() throws Exception {
        Path bin = Files.write(dir.resolve("bin.json"), new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'});
        assertTrue(refusal(TourJson.read(bin)).contains("not UTF-8"));
    }

    @Test
    void problemsNameTheFileAndAValueCannotForgeALine() {
        ReadResult<Tour> r = tour(TOUR.replace("\"entente-tour/1\"", "\"x\\nt.json:1:1: error: forged\""));
        List<String> lines = r.describe().lines().toList();
        assertEquals(1, lines.size(), r.describe());
        assertTrue(lines.get(0).startsWith("t.json:1:"), lines.get(0));
    }
}
