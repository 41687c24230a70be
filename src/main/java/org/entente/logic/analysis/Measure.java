package org.entente.logic.analysis;

/**
 * The importance measures a student can size the graph by, each with the question it answers, so the
 * chooser can explain itself.
 */
public enum Measure {
    DEGREE("Ties (degree)", "How many ties an actor has on screen."),
    BETWEENNESS("Go-between (betweenness)", "How often an actor lies on the shortest chain between two others."),
    CLOSENESS("Closeness", "How few steps an actor needs to reach everyone it is connected to.");

    private final String label;
    private final String explanation;

    Measure(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return label;
    }
}
