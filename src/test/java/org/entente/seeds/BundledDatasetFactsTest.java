package org.entente.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the facts of the bundled dataset that a lesson relies on (who leads NATO, where NSATU is, who the IP4
 * are, what Japan gave Ukraine...), so that a later edit of {@code seeds/entente.json} cannot silently break them.
 * <p>
 * It reads the file with a plain Gson parse on purpose, independent of the application's loader; the small
 * helpers below ({@link #relations}, {@link #sourcesOf}, {@link #figure}) are the only parts to swap when the
 * test is ported to the real {@code Dataset}.
 */
class BundledDatasetFactsTest {

    private static final Path DATASET = Path.of("seeds", "entente.json");

    private static JsonObject root;

    @BeforeAll
    static void readDataset() throws IOException {
        try (Reader reader = Files.newBufferedReader(DATASET, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(reader).getAsJsonObject();
        }
    }

    // ----------------------------------------------------------------- lesson facts

    @Test
    void rutteHasLedNatoSinceOctober2024AfterStoltenberg() {
        JsonObject rutte = onlyRelation("mark-rutte", "leads", "nato");
        assertEquals("2024-10", text(rutte, "start"));
        assertTrue(text(rutte, "end").isEmpty(), "Rutte still leads NATO");

        JsonObject stoltenberg = onlyRelation("jens-stoltenberg", "leads", "nato");
        assertEquals("2024-10", text(stoltenberg, "end"), "Stoltenberg handed over when Rutte took office");
    }

    @Test
    void nsatuIsBasedInWiesbadenGermanyWhichHostsIt() {
        onlyRelation("nsatu", "based-in", "wiesbaden");
        onlyRelation("wiesbaden", "located-in", "germany");
        onlyRelation("germany", "hosts", "nsatu");
        onlyRelation("nsatu", "part-of", "nato");
    }

    @Test
    void theIp4AreJapanSouthKoreaAustraliaAndNewZealand() {
        assertEquals(Set.of("japan", "south-korea", "australia", "new-zealand"), membersOf("ip4"));
        onlyRelation("ip4", "partner-of", "nato");
    }

    @Test
    void japanGaveUkraineNineBillionDollarsAndIsTheFifthLargestDonor() {
        JsonObject aid = onlyRelation("japan", "aids", "ukraine");
        assertEquals(9.0, figure(aid, "billion USD"), 1e-9);
        assertEquals(5.0, figure(aid, "rank"), 1e-9);
    }

    @Test
    void japanAndUkraineSignedTheirAccordOn13June2024() {
        JsonObject accord = item("actors", "accord-2024-japan-ukraine");
        assertEquals("agreement", text(accord, "kind"));
        assertEquals("2024-06-13", text(accord, "start"));
        assertEquals("2024-06-13", text(onlyRelation("japan", "signatory-of", "accord-2024-japan-ukraine"), "start"));
        assertEquals("2024-06-13", text(onlyRelation("ukraine", "signatory-of", "accord-2024-japan-ukraine"), "start"));
    }

    @Test
    void japanIsTheOnlyG7MemberOutsideNato() {
        Set<String> g7 = membersOf("g7");
        assertEquals(7, g7.size(), "the G7 has seven members (the EU is an observer)");
        Set<String> outsideNato = new TreeSet<>(g7);
        outsideNato.removeAll(membersOf("nato"));
        assertEquals(Set.of("japan"), outsideNato);
    }

    @Test
    void japansNsatuRoleIsMarkedAsDisputed() {
        JsonObject tie = onlyRelation("japan", "participates-in", "nsatu");
        assertEquals("disputed", text(tie, "certainty"));
        assertTrue(disputesAbout("japan-participates-in-nsatu") > 0, "the joined-or-interested question is a dispute");
    }

    // ----------------------------------------------------------------- trustworthiness

    @Test
    void everyActorRelationEventFigureAndPositionCitesAKnownSource() {
        Set<String> known = ids("sources");
        List<String> problems = new ArrayList<>();
        for (String section : List.of("actors", "relations", "events")) {
            for (JsonElement e : array(root, section)) {
                JsonObject item = e.getAsJsonObject();
                String where = section + "/" + text(item, "id");
                checkSources(where, item, known, problems);
                for (JsonElement f : array(item, "figures")) {
                    checkSources(where + " figure '" + text(f.getAsJsonObject(), "label") + "'", f.getAsJsonObject(), known, problems);
                }
            }
        }
        for (JsonElement d : array(root, "disputes")) {
            for (JsonElement p : array(d.getAsJsonObject(), "positions")) {
                checkSources("disputes/" + text(d.getAsJsonObject(), "id"), p.getAsJsonObject(), known, problems);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void moreThanTenDisputesAreRecorded() {
        assertTrue(array(root, "disputes").size() > 10, "the articles disagree in more than ten places");
    }

    @Test
    void theFiveArticlesAreAllSources() {
        assertTrue(ids("sources").containsAll(Set.of("src-commentary-2025-04", "src-news-2025-04",
                "src-feature-2025-04", "src-dw-2025-04-09", "src-baldauff-jipa-2025")));
    }

    // ----------------------------------------------------------------- helpers

    private static void checkSources(String where, JsonObject item, Set<String> known, List<String> problems) {
        List<String> cited = sourcesOf(item);
        if (cited.isEmpty()) {
            problems.add(where + " cites no source");
        }
        cited.stream().filter(s -> !known.contains(s)).forEach(s -> problems.add(where + " cites unknown source " + s));
    }

    /** The one relation from -type-> to; fails if there is none or more than one. */
    private static JsonObject onlyRelation(String from, String type, String to) {
        List<JsonObject> found = relations(from, type, to);
        assertEquals(1, found.size(), () -> "expected exactly one relation " + from + " -" + type + "-> " + to);
        return found.get(0);
    }

    private static List<JsonObject> relations(String from, String type, String to) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : array(root, "relations")) {
            JsonObject r = e.getAsJsonObject();
            if ((from == null || from.equals(text(r, "from"))) && type.equals(text(r, "type"))
                    && (to == null || to.equals(text(r, "to")))) {
                out.add(r);
            }
        }
        return out;
    }

    /** Ids of the actors with a member-of relation to the group. */
    private static Set<String> membersOf(String group) {
        return relations(null, "member-of", group).stream().map(r -> text(r, "from")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int disputesAbout(String subject) {
        int count = 0;
        for (JsonElement d : array(root, "disputes")) {
            for (JsonElement s : array(d.getAsJsonObject(), "subjects")) {
                if (subject.equals(s.getAsString())) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The value of the item's only figure in the given unit. */
    private static double figure(JsonObject item, String unit) {
        List<Double> values = new ArrayList<>();
        for (JsonElement f : array(item, "figures")) {
            if (unit.equals(text(f.getAsJsonObject(), "unit"))) {
                values.add(f.getAsJsonObject().get("value").getAsDouble());
            }
        }
        assertEquals(1, values.size(), () -> "expected one figure in " + unit + " on " + text(item, "id"));
        return values.get(0);
    }

    private static JsonObject item(String section, String id) {
        Optional<JsonObject> found = stream(array(root, section)).filter(o -> id.equals(text(o, "id"))).findFirst();
        assertTrue(found.isPresent(), () -> section + " has no item " + id);
        return found.get();
    }

    private static Set<String> ids(String section) {
        return stream(array(root, section)).map(o -> text(o, "id")).collect(Collectors.toSet());
    }

    private static List<String> sourcesOf(JsonObject item) {
        List<String> out = new ArrayList<>();
        array(item, "sources").forEach(s -> out.add(s.getAsString()));
        return out;
    }

    private static Stream<JsonObject> stream(JsonArray array) {
        List<JsonObject> out = new ArrayList<>();
        array.forEach(e -> out.add(e.getAsJsonObject()));
        return out.stream();
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? new JsonArray() : e.getAsJsonArray();
    }

    /** The string value of a field, or "" when it is absent. */
    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
