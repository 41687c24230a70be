package org.entente.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.logic.filter.MiniWorld;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private final SearchIndex index = new SearchIndex(MiniWorld.build());

    private List<String> ids(String query) {
        return index.search(query, 20).stream().map(SearchHit::id).toList();
    }

    @Test
    void japaneseAliasFindsJapan() {
        List<SearchHit> hits = index.search("日本", 5);
        assertEquals("japan", hits.get(0).id());
        assertEquals(MatchKind.ALIAS, hits.get(0).match());
        assertEquals("alias: 日本", hits.get(0).detail());
        assertEquals("mark-rutte", index.search("ルッテ", 5).get(0).id(), "a partial katakana alias matches too");
    }

    @Test
    void exactNameBeatsPrefixBeatsAliasBeatsWordBeatsSummary() {
        // "nato": exact name NATO; NSATU's alias "NATO Security..." starts with it; summaries mention it
        List<SearchHit> hits = index.search("nato", 20);
        assertEquals("nato", hits.get(0).id());
        assertEquals(MatchKind.EXACT_NAME, hits.get(0).match());
        assertEquals("nsatu", hits.get(1).id());
        assertEquals(MatchKind.ALIAS, hits.get(1).match());
        assertTrue(hits.stream().skip(2).allMatch(h -> h.match() == MatchKind.TEXT), hits.toString());
        assertTrue(ids("nato").containsAll(List.of("jens-stoltenberg", "mark-rutte")), "their summaries mention NATO");
    }

    @Test
    void prefixOfNameRanksAboveWordInsideAnotherName() {
        // "ja": Japan starts with it; no other name does; Jens Stoltenberg starts with "je" so is not found
        assertEquals("japan", ids("ja").get(0));
        // "rutte": Mark Rutte by alias (exact) before the event titled "Rutte visits Tokyo"
        List<SearchHit> rutte = index.search("rutte", 10);
        assertEquals("mark-rutte", rutte.get(0).id());
        assertEquals("ev-rutte-tokyo", rutte.get(1).id());
        assertEquals(MatchKind.TEXT, rutte.get(1).match());
        // "rock" is a word inside "Lonely Rock"; "lonely r" starts the name
        assertEquals(MatchKind.WORD_IN_NAME, index.search("rock", 5).get(0).match());
        assertEquals(MatchKind.NAME_PREFIX, index.search("lonely r", 5).get(0).match());
        assertEquals(MatchKind.ALIAS, index.search("stol", 5).get(0).match(), "alias prefix of Stoltenberg");
    }

    @Test
    void foldsCaseAccentsAndFullWidthLetters() {
        assertEquals("japan", ids("ＪＡＰＡＮ").get(0));
        assertEquals("germany", ids("  GERMANY ").get(0));
    }

    @Test
    void eventTitlesAndSummariesAreSearchedAndBlankFindsNothing() {
        assertEquals(List.of("ev-g7-founded"), ids("summit"));
        assertEquals("germany", ids("headquarters").get(0));
        assertEquals("Hosts NSATU's headquarters.", index.search("headquarters", 1).get(0).detail(), "the snippet keeps the original case");
        assertEquals(List.of(), ids("   "));
        assertEquals(List.of(), ids("zzzz"));
    }

    @Test
    void actorSearchSkipsEventsAndBestActorAcceptsIdsNamesAndAliases() {
        assertTrue(index.searchActors("tokyo", 10).stream().allMatch(SearchHit::isActor));
        assertEquals("mark-rutte", index.bestActor("mark-rutte").orElseThrow().id());
        assertEquals("mark-rutte", index.bestActor("Mark Rutte").orElseThrow().id());
        assertEquals("japan", index.bestActor("日本").orElseThrow().id());
        assertTrue(index.bestActor("Atlantis").isEmpty());
        assertTrue(index.bestActor("east").isEmpty(), "a summary word is too loose to name an actor on the command line");
    }
}
