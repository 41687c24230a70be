package org.entente.logic.io.importer;

/** What a table holds, found from its sheet or file name first and its headers second. */
public enum TableRole {
    ACTORS, TIES, EVENTS, SOURCES, UNKNOWN,
    /** Numbers on actors, ties or events (Item, Label, Value, Qualifier, Unit, When): read last. */
    FIGURES
}
