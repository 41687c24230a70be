package org.entente.logic.filter;

import java.util.Set;

/**
 * What the user asked to see, as one immutable value: the filter panel edits it, both views read it,
 * saved views and lesson tours store it. Empty sets mean "no restriction".
 *
 * @param kinds          actor kinds to keep (empty = all)
 * @param relationTypes  relation types to keep (empty = all)
 * @param regions        regions to keep (empty = all); actors without a region count as "other"
 * @param onlyDisputed   keep only items named in a dispute (and the actors they touch)
 * @param minTies        hide actors with fewer visible relations than this
 * @param hideIsolated   hide actors with no visible relation
 */
public record FilterCriteria(Set<String> kinds, Set<String> relationTypes, Set<String> regions,
                             boolean onlyDisputed, int minTies, boolean hideIsolated) {

    /** No restriction at all. */
    public static final FilterCriteria NONE = new FilterCriteria(Set.of(), Set.of(), Set.of(), false, 0, false);

    public FilterCriteria {
        kinds = Set.copyOf(kinds);
        relationTypes = Set.copyOf(relationTypes);
        regions = Set.copyOf(regions);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
