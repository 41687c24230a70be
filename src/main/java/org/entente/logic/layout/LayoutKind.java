package org.entente.logic.layout;

/** The arrangements a user can choose between. */
public enum LayoutKind {
    /** Force-directed: tied actors close, untied apart. */
    FORCE("Force-directed"),
    /** Each alliance or grouping as an anchor with its members around it. */
    GROUPINGS("Groupings");

    private final String label;

    LayoutKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
