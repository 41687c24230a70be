package org.entente.ui.state;

import java.util.HashSet;
import java.util.Set;

import javafx.collections.ObservableSet;

/**
 * One feature's share of the shared highlight set. The path finder, date comparison and search each
 * highlight their own items; replacing the path's highlights must not wipe the timeline's or the
 * comparison's, so each feature writes through its own slot, which remembers what it added.
 */
public final class HighlightSlot {

    private final ObservableSet<String> shared;
    private final Set<String> mine = new HashSet<>();

    public HighlightSlot(ObservableSet<String> shared) {
        this.shared = shared;
    }

    /** Replaces this feature's highlights with {@code ids}. */
    public void replace(Set<String> ids) {
        Set<String> gone = new HashSet<>(mine);
        gone.removeAll(ids);
        shared.removeAll(gone);
        mine.clear();
        mine.addAll(ids);
        shared.addAll(ids);
    }

    /** Removes this feature's highlights. */
    public void clear() {
        replace(Set.of());
    }

    /** What this feature highlights now. */
    public Set<String> ids() {
        return Set.copyOf(mine);
    }
}
