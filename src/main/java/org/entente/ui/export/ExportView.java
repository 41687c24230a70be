package org.entente.ui.export;

/** Which view a picture shows: the graph, the timeline, or both stacked (graph over timeline, as on screen). */
public enum ExportView {
    GRAPH("Graph"), TIMELINE("Timeline"), BOTH("Graph and timeline");

    private final String label;

    ExportView(String label) {
        this.label = label;
    }

    public String label() { return label; }

    @Override public String toString() { return label; }

    /** Parses graph, timeline or both, ignoring case. */
    public static ExportView parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
