package org.entente.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A dataset's lookup of items by id, which the next version after an edit makes from this one by a few
 * changes without copying it: a shared base that is never changed, plus the ids changed since (null for
 * an id that went). Copying the 50,000-tie lookup at every edit left as many objects for the collector to
 * copy. A lookup stays at most two; when the changes grow to an eighth of the base they are folded into a
 * new base.
 */
final class IdMap<T> {

    private static final Object GONE = new Object();

    private final Map<String, T> base;
    /** Ids changed since the base: to their item, or to {@link #GONE}. */
    private final Map<String, Object> changed;
    private final int size;

    IdMap(Map<String, T> base) {
        this(base, Map.of(), base.size());
    }

    private IdMap(Map<String, T> base, Map<String, Object> changed, int size) {
        this.base = base;
        this.changed = changed;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    T get(String id) {
        if (id == null) return null;
        Object c = changed.isEmpty() ? null : changed.get(id);
        if (c == null) return base.get(id);
        return c == GONE ? null : (T) c;
    }

    boolean containsKey(String id) {
        return get(id) != null;
    }

    T getOrDefault(String id, T otherwise) {
        T t = get(id);
        return t == null ? otherwise : t;
    }

    int size() {
        return size;
    }

    /** This lookup with {@code updates} made: an id to its item, or to null when it has none any more. */
    IdMap<T> with(Map<String, T> updates) {
        if (updates.isEmpty()) return this;
        int n = size;
        for (Map.Entry<String, T> u : updates.entrySet()) {
            boolean had = containsKey(u.getKey());
            if (had && u.getValue() == null) n--;
            if (!had && u.getValue() != null) n++;
        }
        Map<String, Object> next = new HashMap<>(changed);
        for (Map.Entry<String, T> u : updates.entrySet()) next.put(u.getKey(), u.getValue() == null ? GONE : u.getValue());
        if (next.size() > 64 + base.size() / 8) {
            Map<String, T> all = new HashMap<>(base);
            for (Map.Entry<String, Object> c : next.entrySet()) {
                if (c.getValue() == GONE) all.remove(c.getKey()); else all.put(c.getKey(), cast(c.getValue()));
            }
            return new IdMap<>(all);
        }
        return new IdMap<>(base, next, n);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
