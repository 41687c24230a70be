package org.entente.logic.tour;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is highlighted, held by who highlighted it: the search, the path finder, the comparison, a tour step
 * (or a saved view), the timeline's chosen event. Kept apart so clearing the search's highlight leaves the
 * path's alone and undo puts each back where it was; the views draw {@link #all()}.
 */
public record Highlights(Map<Owner, Set<String>> byOwner) {

    /** Who highlighted something. */
    public enum Owner {
        /** An actor chosen from the search box. */
        SEARCH,
        /** The path the path finder found. */
        PATH,
        /** What changed between two dates. */
        COMPARE,
        /** A tour step, a saved view or a quiz question (everything a file brings). */
        TOUR,
        /** The actors of the event or tie chosen on the timeline. */
        TIMELINE
    }

    public static final Highlights NONE = new Highlights(Map.of());

    public Highlights {
        EnumMap<Owner, Set<String>> copy = new EnumMap<>(Owner.class);
        if (byOwner != null) {
            byOwner.forEach((owner, ids) -> {
                if (owner != null && ids != null && !ids.isEmpty()) {
                    copy.put(owner, Collections.unmodifiableSet(new LinkedHashSet<>(ids)));
                }
            });
        }
        byOwner = Collections.unmodifiableMap(copy);
    }

    /** Highlights held by one owner. */
    public static Highlights of(Owner owner, Collection<String> ids) {
        return NONE.with(owner, ids);
    }

    /** What {@code owner} highlights; empty when nothing. */
    public Set<String> of(Owner owner) {
        return byOwner.getOrDefault(owner, Set.of());
    }

    /** A copy in which {@code owner} highlights exactly {@code ids} (nothing, for an empty list). */
    public Highlights with(Owner owner, Collection<String> ids) {
        EnumMap<Owner, Set<String>> copy = new EnumMap<>(Owner.class);
        copy.putAll(byOwner);
        copy.put(owner, ids == null ? Set.of() : new LinkedHashSet<>(ids));
        return new Highlights(copy);
    }

    /** Everything highlighted, whoever holds it, in owner order. */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        byOwner.values().forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }

    public boolean isEmpty() {
        return byOwner.isEmpty();
    }
}
