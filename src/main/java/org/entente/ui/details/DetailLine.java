package org.entente.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.ui.state.Selection;

/**
 * One line (a wrapping paragraph) of the details panel: fragments of text and links, with a role that
 * decides how it looks (emphasised, muted, a copyable address...).
 */
public record DetailLine(Role role, List<Fragment> fragments) {

    /** How a line is shown. */
    public enum Role {
        /** Ordinary text. */
        TEXT,
        /** The main line of an entry: a source's title, a dispute's question. */
        EMPHASIS,
        /** Secondary facts: publisher and date, dates of a tie, a note. */
        MUTED,
        /** A web address, shown as selectable text so it can be copied. */
        URL,
        /** A tie or item that does not hold on the as-of date: shown, but greyed. */
        INACTIVE,
        /** One position in a dispute, indented under the question. */
        CLAIM,
        /** The sources holding a position, indented under it and muted. */
        CLAIM_SOURCE
    }

    public DetailLine {
        fragments = List.copyOf(fragments);
    }

    public static DetailLine of(Role role, String text) {
        return new DetailLine(role, List.of(Fragment.text(text)));
    }

    /** The text as a user reads it, links included. */
    public String plainText() {
        return fragments.stream().map(Fragment::text).collect(Collectors.joining());
    }

    public List<Fragment> links() {
        return fragments.stream().filter(Fragment::isLink).toList();
    }

    /** Builds a line fragment by fragment, skipping empty text. */
    public static final class Builder {
        private final List<Fragment> fragments = new ArrayList<>();

        public Builder text(String text) {
            if (text != null && !text.isEmpty()) fragments.add(Fragment.text(text));
            return this;
        }

        public Builder link(String text, Selection target) {
            if (text != null && !text.isEmpty()) fragments.add(Fragment.link(text, target));
            return this;
        }

        public boolean isEmpty() {
            return fragments.isEmpty();
        }

        public DetailLine build(Role role) {
            return new DetailLine(role, fragments);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
