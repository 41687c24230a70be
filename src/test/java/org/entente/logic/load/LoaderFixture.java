package org.entente.logic.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

/**
 * A small valid dataset written one item per line, and helpers that edit it and find where a piece of
 * text sits, so that each rule's test can assert the exact line and column the loader reports.
 */
final class LoaderFixture {

    static final String VALID = """
            {
              "schema": "entente/1",
              "title": "Test world",
              "sources": [
                {"id": "src-a", "title": "Source A", "date": "2025-04"}
              ],
              "actors": [
                {"id": "japan", "name": "Japan", "kind": "state", "region": "indo-pacific", "sources": ["src-a"]},
                {"id": "nato", "name": "NATO", "kind": "alliance", "start": "1949-04-04", "sources": ["src-a"]}
              ],
              "relations": [
                {"id": "japan-partner-of-nato", "from": "japan", "to": "nato", "type": "partner-of", "start": "2014", "end": "2030", "sources": ["src-a"]}
              ],
              "events": [
                {"id": "ev-talks", "date": "2025-04-09", "title": "Talks", "actors": ["japan", "nato"], "sources": ["src-a"],
                 "figures": [{"label": "Aid", "value": 9, "unit": "billion USD", "when": "2024", "sources": ["src-a"]}]}
              ],
              "disputes": [
                {"id": "dispute-x", "summary": "Joined?", "subjects": ["japan-partner-of-nato"], "positions": [{"claim": "Yes", "sources": ["src-a"]}, {"claim": "No", "sources": ["src-a"]}]}
              ]
            }
            """;

    private LoaderFixture() {
    }

    static LoadResult load(String json) {
        return new DatasetLoader().load("test.json", new StringReader(json));
    }

    /** VALID with the first occurrence of {@code from} replaced; fails if it does not occur. */
    static String edit(String from, String to) {
        return edit(VALID, from, to);
    }

    static String edit(String json, String from, String to) {
        int i = json.indexOf(from);
        assertTrue(i >= 0, "fixture has no " + from);
        return json.substring(0, i) + to + json.substring(i + from.length());
    }

    /** The only problem of the file; fails listing them all when there are more or none. */
    static Problem only(String json) {
        List<Problem> problems = load(json).problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + format(problems));
        return problems.get(0);
    }

    /** Asserts the file has exactly one problem, with this message, located where {@code at} first occurs. */
    static Problem assertOnly(String json, String message, String at) {
        Problem p = only(json);
        assertEquals(message, p.message());
        assertAt(json, at, p);
        return p;
    }

    /** Asserts the problem sits where {@code text} first occurs in {@code json} (1-based line and column). */
    static void assertAt(String json, String text, Problem p) {
        int i = json.indexOf(text);
        assertTrue(i >= 0, "no " + text);
        int line = 1 + (int) json.substring(0, i).chars().filter(c -> c == '\n').count();
        int column = i - json.lastIndexOf('\n', i - 1);
        assertEquals(line + ":" + column, p.line() + ":" + p.column(), () -> "position of " + text + " in " + p.format());
    }

    static String format(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::format).toList());
    }
}
