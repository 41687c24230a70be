package org.entente.model;

/**
 * The handful of families that relation types fall into. Views style edges by family, so that an open
 * vocabulary of types still reads as a few distinct line styles a student can learn from the legend.
 */
public enum RelationFamily {
    MEMBERSHIP("Membership"),
    PARTNERSHIP("Partnership"),
    PARTICIPATION("Participation"),
    SUPPORT("Support and aid"),
    OPPOSITION("Opposition and criticism"),
    LEADERSHIP("Leadership and office"),
    LOCATION("Location"),
    OTHER("Other");

    private final String label;

    RelationFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
