package org.entente.logic.search;

/**
 * One search result: what it points at (an actor or an event), the words to show, and why it matched,
 * so the suggestion list can say "alias: 日本" next to Japan.
 *
 * @param target  actor or event
 * @param id      the item's id
 * @param label   the item's name or title
 * @param detail  what matched when it is not the label (the alias or a snippet), else the kind or date
 * @param match   how well it matched
 */
public record SearchHit(Target target, String id, String label, String detail, MatchKind match) {

    /** What a hit points at. */
    public enum Target { ACTOR, EVENT }

    public boolean isActor() {
        return target == Target.ACTOR;
    }
}
