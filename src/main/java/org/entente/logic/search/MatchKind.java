package org.entente.logic.search;

/**
 * How well a search hit matches, best first. The order is the ranking a student expects: typing "Japan"
 * must put Japan above everything that merely mentions Japan.
 */
public enum MatchKind {
    /** The whole name (or event title) equals the query. */
    EXACT_NAME,
    /** The name starts with the query. */
    NAME_PREFIX,
    /** An alias (any script: 日本 for Japan) equals, starts with or contains the query. */
    ALIAS,
    /** A word inside the name starts with the query ("Rutte" in "Mark Rutte"). */
    WORD_IN_NAME,
    /** The summary or an event's title contains the query. */
    TEXT
}
