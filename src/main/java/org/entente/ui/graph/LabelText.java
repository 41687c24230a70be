package org.entente.ui.graph;

import org.entente.model.Actor;

/** The text shown under a node: the actor's name, shortened with an ellipsis when very long. */
final class LabelText {

    private LabelText() {
    }

    static String of(Actor a) {
        String name = a.name() == null || a.name().isBlank() ? a.id() : a.name();
        return name.length() <= SnapshotBuilder.MAX_LABEL_CHARS ? name
                : name.substring(0, SnapshotBuilder.MAX_LABEL_CHARS - 1).stripTrailing() + "…";
    }
}
