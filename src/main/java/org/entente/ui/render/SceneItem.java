package org.entente.ui.render;

/**
 * One thing a picture shows, in picture pixels, as a painter announces it through {@link Surface#note}:
 * what a scene report lists so that a picture can be checked (labels readable, every tie drawn, legend
 * clear of the graph) without looking at it.
 *
 * @param kind what it is
 * @param id   the actor or relation id (labels: the actor's id; areas: empty)
 * @param text the label's text, else empty
 * @param from a tie's source actor id, else empty
 * @param to   a tie's target actor id, else empty
 */
public record SceneItem(Kind kind, String id, String text, String from, String to, double x, double y, double w, double h) {

    /**
     * The families of things a scene report lists: the graph's nodes, name labels and ties; the legend, graph
     * and timeline areas; and on the timeline each event's label ({@code EVENT}), each tie's bar
     * ({@code BAR}) and the bar's label ({@code BAR_LABEL}).
     */
    public enum Kind { NODE, LABEL, TIE, LEGEND, GRAPH, TIMELINE, EVENT, BAR, BAR_LABEL }

    public static SceneItem node(String id, double x, double y, double w, double h) {
        return new SceneItem(Kind.NODE, id, "", "", "", x, y, w, h);
    }

    public static SceneItem label(String id, String text, double x, double y, double w, double h) {
        return new SceneItem(Kind.LABEL, id, text, "", "", x, y, w, h);
    }

    /** A timeline item's box: an event's label, a tie's bar or the bar's label ({@code text} for labels). */
    public static SceneItem timeline(Kind kind, String id, String text, double x, double y, double w, double h) {
        return new SceneItem(kind, id, text, "", "", x, y, w, h);
    }

    public static SceneItem tie(String id, String from, String to) {
        return new SceneItem(Kind.TIE, id, "", from, to, 0, 0, 0, 0);
    }

    public static SceneItem area(Kind kind, double x, double y, double w, double h) {
        return new SceneItem(kind, "", "", "", "", x, y, w, h);
    }

    /** Whether the two boxes share some area (touching edges do not count). */
    public boolean overlaps(SceneItem o) {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
}
