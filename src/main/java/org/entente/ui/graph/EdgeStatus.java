package org.entente.ui.graph;

/** How a drawn tie relates to the "changes since" reference date. */
public enum EdgeStatus {
    /** Holds now, and held at the reference date (or no comparison is on). */
    SAME,
    /** Holds now but not at the reference date. */
    NEW,
    /** Held at the reference date but no longer: drawn dashed so a class sees what ended. */
    GONE
}
