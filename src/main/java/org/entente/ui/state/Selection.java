package org.entente.ui.state;

/**
 * What the user has selected: an actor, a relation, an event, or nothing. One value shared by every
 * view, so that selecting in the graph shows in the timeline and the details panel at once.
 */
public record Selection(Kind kind, String id) {

    /** What sort of item is selected. */
    public enum Kind { NONE, ACTOR, RELATION, EVENT }

    public static final Selection NONE = new Selection(Kind.NONE, null);

    public static Selection actor(String id) { return new Selection(Kind.ACTOR, id); }

    public static Selection relation(String id) { return new Selection(Kind.RELATION, id); }

    public static Selection event(String id) { return new Selection(Kind.EVENT, id); }

    public boolean isNone() { return kind == Kind.NONE; }

    public boolean is(Kind k, String itemId) { return kind == k && itemId != null && itemId.equals(id); }
}
