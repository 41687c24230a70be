package org.entente.logic.edit;

import java.util.Map;

/**
 * One item added, removed or replaced: {@code before} is null for an addition, {@code after} null for a
 * removal. {@code index} is where the item sits in its list (where it was, for a removal; where it goes, for
 * an addition), so that undo puts a deleted item back exactly where it was and a saved file's order, and
 * so its diff, does not change. {@code extras} are the removed or restored item's unknown file fields.
 */
public record ItemChange(ItemKind kind, String id, Object before, Object after, int index, Map<String, String> extras) {

    public ItemChange {
        extras = extras == null ? Map.of() : extras;
    }

    public boolean isAddition() { return before == null; }

    public boolean isRemoval() { return after == null; }

    /** The change that takes this one back. */
    public ItemChange inverse() {
        return new ItemChange(kind, id, after, before, index, extras);
    }
}
