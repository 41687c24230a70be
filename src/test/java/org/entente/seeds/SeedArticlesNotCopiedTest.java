package org.entente.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset and its lesson tour must tell the five seed articles' facts in our own words: no run of
 * {@value #RUN} consecutive words may repeat an article (words compared in lower case, curly apostrophes
 * straightened, "defense" spelt "defence"). Source records ({@code sources}), {@code aliases} and URLs are
 * bibliographic and are skipped. The articles are not part of the project: they are read from
 * {@code ../shared/seeds}, and the check is skipped on a clone that does not have them beside it.
 */
class SeedArticlesNotCopiedTest {

    /** The longest run of an article's words that our texts may repeat, plus one. */
    static final int RUN = 8;

    private static final Path ARTICLES = Path.of("..", "shared", "seeds");
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final Set<String> SKIPPED = Set.of("sources", "aliases", "url");

    @Test
    void noTextOfTheDatasetOrTheTourRepeatsEightWordsOfAnArticle() throws IOException {
        Set<String> runs = articleRuns();
        List<String> copied = new ArrayList<>();
        for (Path file : List.of(Path.of("seeds", "entente.json"), Path.of("seeds", "tours", "japan-nato-ukraine.json"))) {
            walk(JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)), file.toString(), runs, copied);
        }
        assertEquals(List.of(), copied, "paraphrase these, or quote a short phrase in quotation marks and keep it under "
                + RUN + " words");
    }

    @Test
    void theCheckFindsAnEightWordRunButNotASevenWordOne() throws IOException {
        Set<String> runs = articleRuns();
        // taken from an article at run time, so that this test does not itself repeat an article
        List<String> article;
        try (Stream<Path> files = Files.list(ARTICLES)) {
            Path first = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            article = words(Files.readString(first, StandardCharsets.UTF_8));
        }
        String eight = String.join(" ", article.subList(10, 10 + RUN));
        String sevenAndOther = String.join(" ", article.subList(10, 10 + RUN - 1)) + " qqqq";
        assertFalse(firstRun("Our own words, then " + eight + ", then ours again.", runs) == null);
        assertEquals(null, firstRun(sevenAndOther, runs));
    }

    private static Set<String> articleRuns() throws IOException {
        assumeTrue(Files.isDirectory(ARTICLES), "the seed articles are not beside this clone (../shared/seeds)");
        Set<String> runs = new HashSet<>();
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                List<String> w = words(Files.readString(f, StandardCharsets.UTF_8));
                for (int i = 0; i + RUN <= w.size(); i++) runs.add(String.join(" ", w.subList(i, i + RUN)));
            }
        }
        assumeTrue(!runs.isEmpty(), "no seed articles found in " + ARTICLES);
        return runs;
    }

    static List<String> words(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace("defense", "defence");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String firstRun(String text, Set<String> runs) {
        List<String> w = words(text);
        for (int i = 0; i + RUN <= w.size(); i++) {
            String run = String.join(" ", w.subList(i, i + RUN));
            if (runs.contains(run)) return run;
        }
        return null;
    }

    private static void walk(JsonElement e, String path, Set<String> runs, List<String> copied) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
                if (SKIPPED.contains(f.getKey())) continue;
                JsonElement id = e.getAsJsonObject().get("id");
                String here = id != null && id.isJsonPrimitive() ? id.getAsString() : path;
                walk(f.getValue(), here + "." + f.getKey(), runs, copied);
            }
        } else if (e.isJsonArray()) {
            int i = 0;
            for (JsonElement x : e.getAsJsonArray()) walk(x, path + "[" + i++ + "]", runs, copied);
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String run = firstRun(e.getAsString(), runs);
            if (run != null) copied.add(path + ": \"" + run + " ...\"");
        }
    }
}
