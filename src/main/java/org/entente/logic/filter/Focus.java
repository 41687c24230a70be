package org.entente.logic.filter;

/**
 * "Show me the neighbourhood of this actor": the actor and everything within {@code depth} steps of it
 * (ties followed in either direction). Kept apart from {@link FilterCriteria} because it is a question
 * the user asks for a moment, not part of the saved filter.
 *
 * @param actorId the actor in focus; null for no focus
 * @param depth   steps around it, 1 to 3 (clamped)
 */
public record Focus(String actorId, int depth) {

    /** No focus: everything that passes the filter is shown. */
    public static final Focus NONE = new Focus(null, 1);

    public Focus {
        depth = Math.max(1, Math.min(3, depth));
    }

    public boolean isNone() {
        return actorId == null;
    }
}
