package org.entente.ui.graph;

import org.entente.model.Actor;

/**
 * The text shown beside a node: the actor's short name when the dataset gives one ("NSATU", "IP4"), else
 * its name, shortened with an ellipsis when very long. Tooltips and details show the full name.
 */
final class LabelText {

    private LabelText() {
    }

    static String of(Actor a) {
        String name = a.displayName() == null || a.displayName().isBlank() ? a.id() : a.displayName();
        return name.length() <= SnapshotBuilder.MAX_LABEL_CHARS ? name
                : name.substring(0, SnapshotBuilder.MAX_LABEL_CHARS - 1).stripTrailing() + "…";
    }
}
