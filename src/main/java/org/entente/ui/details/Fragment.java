package org.entente.ui.details;

import org.entente.ui.state.Selection;

/**
 * One run of text in the details panel, either plain or a link that selects another actor, tie or event.
 * Kept as data (not nodes) so that the view-model can be tested without the toolkit.
 *
 * @param link what clicking the text selects; null for plain text
 */
public record Fragment(String text, Selection link) {

    public static Fragment text(String text) {
        return new Fragment(text, null);
    }

    public static Fragment link(String text, Selection target) {
        return new Fragment(text, target);
    }

    public boolean isLink() {
        return link != null;
    }
}
