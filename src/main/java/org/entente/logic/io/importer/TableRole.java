package org.entente.logic.io.importer;

/** What a table holds, found from its sheet or file name first and its headers second. */
public enum TableRole {
    ACTORS, TIES, EVENTS, SOURCES, UNKNOWN
}
