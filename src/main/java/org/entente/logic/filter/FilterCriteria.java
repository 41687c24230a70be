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

    /** The region an actor without one is filed under. */
    public static final String OTHER_REGION = "other";

    public FilterCriteria {
        kinds = Set.copyOf(kinds);
        relationTypes = Set.copyOf(relationTypes);
        regions = Set.copyOf(regions);
        minTies = Math.max(0, minTies);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public FilterCriteria withKinds(Set<String> value) {
        return new FilterCriteria(value, relationTypes, regions, onlyDisputed, minTies, hideIsolated);
    }

    public FilterCriteria withRelationTypes(Set<String> value) {
        return new FilterCriteria(kinds, value, regions, onlyDisputed, minTies, hideIsolated);
    }

    public FilterCriteria withRegions(Set<String> value) {
        return new FilterCriteria(kinds, relationTypes, value, onlyDisputed, minTies, hideIsolated);
    }

    public FilterCriteria withOnlyDisputed(boolean value) {
        return new FilterCriteria(kinds, relationTypes, regions, value, minTies, hideIsolated);
    }

    public FilterCriteria withMinTies(int value) {
        return new FilterCriteria(kinds, relationTypes, regions, onlyDisputed, value, hideIsolated);
    }

    public FilterCriteria withHideIsolated(boolean value) {
        return new FilterCriteria(kinds, relationTypes, regions, onlyDisputed, minTies, value);
    }

    /** Whether an actor of this kind passes the kind test. */
    public boolean keepsKind(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** Whether a relation of this type passes the type test. */
    public boolean keepsRelationType(String type) {
        return relationTypes.isEmpty() || relationTypes.contains(type);
    }

    /** Whether an actor in this region (null = {@value #OTHER_REGION}) passes the region test. */
    public boolean keepsRegion(String region) {
        return regions.isEmpty() || regions.contains(region == null ? OTHER_REGION : region);
    }
}
