package org.entente.ui.state;

import java.util.Set;

import org.entente.logic.tour.Highlights;

/**
 * One feature's share of the highlights. The path finder, the date comparison and the search each highlight
 * their own items, held in the view value under their {@link Highlights.Owner}: replacing the path's
 * highlights never wipes the timeline's or the comparison's, and undo puts each owner's back.
 */
public final class HighlightSlot {

    private final AppState state;
    private final Highlights.Owner owner;

    public HighlightSlot(AppState state, Highlights.Owner owner) {
        this.state = state;
        this.owner = owner;
    }

    /** Replaces this feature's highlights with {@code ids}. */
    public void replace(Set<String> ids) {
        state.highlight(owner, ids);
    }

    /** Removes this feature's highlights. */
    public void clear() {
        replace(Set.of());
    }

    /** What this feature highlights now. */
    public Set<String> ids() {
        return Set.copyOf(state.highlightedBy(owner));
    }
}
