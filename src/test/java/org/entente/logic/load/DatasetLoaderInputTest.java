package org.entente.logic.load;

import static org.entente.logic.load.LoaderFixture.VALID;
import static org.entente.logic.load.LoaderFixture.assertAt;
import static org.entente.logic.load.LoaderFixture.edit;
import static org.entente.logic.load.LoaderFixture.load;
import static org.entente.logic.load.LoaderFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.entente.model.Actor;
import org.entente.model.Dataset;

/** What the loader does with files that are not what they should be: never a stack trace, always a place. */
class DatasetLoaderInputTest {

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aMissingFileIsItsOwnClearMessage() {
        Path file = dir.resolve("nowhere.json");
        LoadResult r = loader.load(file);
        assertFalse(r.readable());
        assertEquals(List.of("file not found: " + file), r.problems().stream().map(Problem::message).toList());
    }

    @Test
    void aFolderIsNotADatasetFile() {
        LoadResult r = loader.load(dir);
        assertFalse(r.readable());
        assertEquals(dir + " is a folder, not a dataset file: name a .json file inside it", r.problems().get(0).message());
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        Path file = write("locked.json", VALID.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: every file is readable");
        LoadResult r = loader.load(file);
        assertFalse(r.readable());
        assertEquals("cannot read " + file + ": permission denied", r.problems().get(0).message());
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        LoadResult r = loader.load(write("empty.json", new byte[0]));
        assertTrue(r.readable());
        assertEquals("the file is empty: expected a JSON object { \"schema\": \"entente/1\", ... }", r.problems().get(0).message());
        assertEquals("the file is empty: expected a JSON object { \"schema\": \"entente/1\", ... }", only("  \n ").message());
    }

    @Test
    void aTruncatedFileSaysItEndsTooEarlyAtTheEnd() {
        String json = VALID.substring(0, VALID.indexOf("\"relations\""));
        Problem p = only(json);
        assertEquals("the file ends too early (is it truncated?): a closing '}', ']' or '\"' is missing", p.message());
        assertEquals(11, p.line());
    }

    @Test
    void nulBytesAreReportedAsBinaryDataWithTheirPlace() throws IOException {
        byte[] bytes = "{\n  \"schema\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8);
        Problem p = loader.load(write("garbage.json", bytes)).problems().get(0);
        assertEquals("a NUL byte: this is binary data, not a JSON text file", p.message());
        assertEquals("2:10", p.line() + ":" + p.column());
    }

    @Test
    void invalidUtf8IsReportedWithTheOffendingByte() throws IOException {
        byte[] bytes = "{\"title\": \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, withBad, 0, bytes.length);
        withBad[bytes.length] = (byte) 0xE9; // Latin-1 é
        withBad[bytes.length + 1] = '"';
        withBad[bytes.length + 2] = '}';
        Problem p = onlyOf(loader.load(write("latin1.json", withBad)));
        assertEquals("byte 0xE9 is not UTF-8 text: is this a binary file? (a dataset is a UTF-8 JSON text file; re-save it as UTF-8)", p.message());
        assertEquals("1:15", p.line() + ":" + p.column());
    }

    @Test
    void utf16IsRefusedWithAHint() throws IOException {
        LoadResult r = loader.load(write("utf16.json", VALID.getBytes(StandardCharsets.UTF_16)));
        assertEquals("the file is UTF-16 text; save it as UTF-8", r.problems().get(0).message());
    }

    @Test
    void randomBinaryGarbageNeverThrowsAndIsAnError() throws IOException {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[1 + random.nextInt(300)];
            random.nextBytes(bytes);
            LoadResult r = loader.load(write("noise" + i + ".bin", bytes));
            assertTrue(r.hasErrors(), "noise " + i);
            assertTrue(r.problems().get(0).line() >= 1, r.problems().get(0).format());
        }
    }

    @Test
    void absurdNestingIsCappedAndSaysSo() {
        String prefix = "{\"schema\": \"entente/1\", \"title\": \"t\", \"x\": ";
        String json = prefix + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        Problem p = only(json);
        assertEquals("the data is nested more than 64 levels deep; an entente file needs at most 6 (lists of items holding figures), "
                + "so the file is not read further", p.message());
        assertEquals(prefix.length() + 64, p.column(), "the 64th bracket inside the root object is one too deep");
    }

    @Test
    void syntaxErrorsNameThePlaceAndTheTextThere() {
        Problem comma = only(edit("\"title\": \"Test world\",", "\"title\": \"Test world\""));
        assertEquals("expected ',' or '}' after a field near '\"sources\": [' (at $.title)", comma.message() + " (at " + comma.jsonPath() + ")");
        assertEquals(4, comma.line());

        Problem trailing = only(edit("\"title\": \"Source A\", \"date\": \"2025-04\"}", "\"title\": \"Source A\", \"date\": \"2025-04\"},"));
        assertTrue(trailing.message().startsWith("not valid JSON here near '],'"), trailing.message());
        assertEquals(6, trailing.line());

        Problem after = only(VALID + "}");
        assertEquals("unexpected text after the end of the dataset near '}': the file must hold exactly one JSON object", after.message());
    }

    @Test
    void aDuplicateFieldInOneObjectIsAnError() {
        String json = edit("\"name\": \"Japan\",", "\"name\": \"Japan\", \"name\": \"Nippon\",");
        Problem p = only(json);
        assertEquals("the field 'name' appears twice in this object (first at line 8); only the first is read", p.message());
        assertAt(json, "\"name\": \"Nippon\"", p);
    }

    @Test
    void theRootMustBeAnObject() {
        assertEquals("the file must hold one JSON object { \"schema\": \"entente/1\", ... } but holds a list", only("[1, 2]").message());
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsLoadWithCorrectPositions() throws IOException {
        String crlf = edit("\"kind\": \"state\"", "\"kind\": \"stat\"").replace("\n", "\r\n");
        byte[] body = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        LoadResult r = loader.load(write("windows.json", bytes));
        assertTrue(r.dataset().isPresent(), () -> LoaderFixture.format(r.problems()));
        Problem p = r.warnings().get(0);
        assertAt(edit("\"kind\": \"state\"", "\"kind\": \"stat\""), "\"stat\"", p);
        assertEquals("Test world", r.dataset().get().title());
    }

    @Test
    void aByteOrderMarkOnTheFirstLineDoesNotShiftColumns() {
        Problem p = only("\uFEFF{\"schema\": 1, \"title\": \"t\"}");
        assertEquals("1:12", p.line() + ":" + p.column());
    }

    @Test
    void namesInAnyScriptLoadIntactFromFilesAndReaders() throws IOException {
        String json = edit(edit("\"name\": \"Japan\"", "\"name\": \"日本\", \"aliases\": [\"にっぽん\", \"Япония\", \"اليابان\"]"),
                "\"title\": \"Talks\"", "\"title\": \"石破茂と会談 🇯🇵\"");
        Dataset fromFile = loader.load(write("cjk.json", json.getBytes(StandardCharsets.UTF_8))).dataset().orElseThrow();
        Dataset fromReader = load(json).dataset().orElseThrow();
        for (Dataset d : List.of(fromFile, fromReader)) {
            Actor japan = d.actor("japan").orElseThrow();
            assertEquals("日本", japan.name());
            assertEquals(List.of("にっぽん", "Япония", "اليابان"), japan.aliases());
            assertEquals("石破茂と会談 🇯🇵", d.events().get(0).title());
        }
    }

    @Test
    void positionsAfterNonAsciiTextCountCharacters() {
        String json = edit("\"name\": \"Japan\", \"kind\": \"state\"", "\"name\": \"日本国\", \"kind\": \"stat\"");
        Problem p = only(json);
        assertAt(json, "\"stat\"", p);
    }

    @Test
    void everyTruncatedPrefixOfAValidFileIsReportedNeverThrown() {
        String json = VALID.strip();
        List<String> silent = new ArrayList<>();
        for (int end = 0; end < json.length(); end++) {
            LoadResult r = loader.load("prefix.json", new StringReader(json.substring(0, end)));
            if (!r.hasErrors() || r.dataset().isPresent()) silent.add(end + ": " + json.substring(Math.max(0, end - 20), end));
            r.problems().forEach(p -> assertTrue(p.line() >= 1 && p.column() >= 1, p.format()));
        }
        assertEquals(List.of(), silent, "prefixes that loaded without an error");
    }

    @Test
    void thePositionReadFromGsonsCountersMatchesWhatGsonPublishes() throws IOException {
        assertTrue(ReaderPosition.usesPrivateCounters(), "the fast path is in use");
        JsonReader reader = new JsonReader(new StringReader(VALID.replace("\n", "\r\n")));
        reader.setStrictness(Strictness.STRICT);
        int checked = 0;
        while (reader.peek() != JsonToken.END_DOCUMENT) {
            assertEquals(List.of(ReaderPosition.published(reader)[0], ReaderPosition.published(reader)[1]),
                    List.of(ReaderPosition.fast(reader)[0], ReaderPosition.fast(reader)[1]));
            checked++;
            switch (reader.peek()) {
                case BEGIN_OBJECT -> reader.beginObject();
                case END_OBJECT -> reader.endObject();
                case BEGIN_ARRAY -> reader.beginArray();
                case END_ARRAY -> reader.endArray();
                case NAME -> reader.nextName();
                default -> reader.skipValue();
            }
        }
        assertTrue(checked > 50);
    }

    private static Problem onlyOf(LoadResult r) {
        assertEquals(1, r.problems().size(), () -> LoaderFixture.format(r.problems()));
        return r.problems().get(0);
    }
}
