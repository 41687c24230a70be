package org.entente.logic.timeline;

/** How the timeline groups its content into horizontal lanes. */
public enum LaneMode {
    /** One lane per kind of the event's first actor or the relation's source (states, alliances, people...). */
    KIND("By kind"),
    /** One lane per event tag; relation spans in one lane per relation family. */
    TAG("By tag"),
    /** One swimlane per actor the user picks, with its events and the spans of its relations. */
    ACTOR("Per actor");

    private final String label;

    LaneMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
