package org.entente.logic.timeline;

import org.entente.logic.filter.FilterCriteria;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Relation;

/**
 * Whether a relation's span passes the user's filter regardless of the as-of date. The visible graph only
 * holds the ties in force on one day, but the timeline shows every tie across time, so it asks the filter
 * criteria directly to dim the spans the user filtered out.
 */
public final class SpanFilter {

    private SpanFilter() {
    }

    public static boolean keeps(Dataset dataset, Relation relation, FilterCriteria criteria) {
        if (criteria == null || criteria.isNone()) {
            return true;
        }
        if (!criteria.relationTypes().isEmpty() && !criteria.relationTypes().contains(relation.type())) {
            return false;
        }
        return keepsActor(dataset.actor(relation.from()).orElse(null), criteria)
                && keepsActor(dataset.actor(relation.to()).orElse(null), criteria);
    }

    private static boolean keepsActor(Actor actor, FilterCriteria criteria) {
        if (actor == null) {
            return false;
        }
        if (!criteria.kinds().isEmpty() && !criteria.kinds().contains(actor.kind())) {
            return false;
        }
        String region = actor.region() == null ? "other" : actor.region();
        return criteria.regions().isEmpty() || criteria.regions().contains(region);
    }
}
