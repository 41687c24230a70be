package org.entente.logic.filter;

import java.util.HashSet;
import java.util.Set;

/**
 * The actors or ties a view keeps, as a set that an edit's view makes from the one before by a few
 * additions and removals without copying it: a shared base that is never changed, plus the changes since.
 * Copying the 50,000 ties kept at every edit left as many objects for the collector to copy; a membership
 * test stays at most three lookups. When the changes grow to an eighth of the base, they are folded into a
 * new base.
 */
final class PatchedSet<T> {

    private final Set<T> base;
    private final Set<T> added;
    private final Set<T> removed;

    PatchedSet(Set<T> base) {
        this(base, new HashSet<>(), new HashSet<>());
    }

    private PatchedSet(Set<T> base, Set<T> added, Set<T> removed) {
        this.base = base;
        this.added = added;
        this.removed = removed;
    }

    /** A copy to change; this one is left as it is (a view made earlier still tests against it). */
    PatchedSet<T> copy() {
        if (added.size() + removed.size() > 64 + base.size() / 8) {
            Set<T> all = new HashSet<>(base);
            all.removeAll(removed);
            all.addAll(added);
            return new PatchedSet<>(all);
        }
        return new PatchedSet<>(base, new HashSet<>(added), new HashSet<>(removed));
    }

    boolean contains(Object o) {
        return added.contains(o) || (!removed.contains(o) && base.contains(o));
    }

    void add(T t) {
        removed.remove(t);
        if (!base.contains(t)) added.add(t);
    }

    void remove(Object o) {
        added.remove(o);
        if (base.contains(o)) {
            @SuppressWarnings("unchecked") T t = (T) o;
            removed.add(t);
        }
    }
}
