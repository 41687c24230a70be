package org.entente.logic.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an edit did, by id: what views apply incrementally (a new node eases in, a removed one leaves,
 * a changed one repaints) instead of starting over, and what caches drop.
 */
public record DatasetChange(Set<String> added, Set<String> removed, Set<String> changed, boolean headerChanged) {

    public DatasetChange {
        added = Set.copyOf(added);
        removed = Set.copyOf(removed);
        changed = Set.copyOf(changed);
    }

    /** The ids the given item changes touch. */
    public static DatasetChange of(List<ItemChange> changes, boolean headerChanged) {
        Set<String> added = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        for (ItemChange c : changes) {
            if (c.isAddition()) {
                if (!removed.remove(c.id())) added.add(c.id()); else changed.add(c.id());
            } else if (c.isRemoval()) {
                if (!added.remove(c.id())) removed.add(c.id());
            } else if (!added.contains(c.id())) {
                changed.add(c.id());
            }
        }
        return new DatasetChange(added, removed, changed, headerChanged);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !headerChanged;
    }
}
