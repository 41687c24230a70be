package org.entente.ui.details;

import org.entente.logic.analysis.RelationPhrase;

/**
 * Reads a directed relation type from either end, so that the details of Japan say "member of G7" and
 * the details of the G7 say "has member Japan". The wording lives in {@link RelationPhrase}, shared with
 * the path sentences; types outside the default vocabulary fall back to their words ("trains" /
 * "trains (from)") rather than being hidden.
 */
public final class RelationWording {

    private RelationWording() {
    }

    /** What the tie says from its source end, before the target's name: "member of". */
    public static String outgoing(String type) {
        return RelationPhrase.of(type).label();
    }

    /** What the tie says from its target end, before the source's name: "has member". */
    public static String incoming(String type) {
        return RelationPhrase.of(type).reverseLabel();
    }
}
