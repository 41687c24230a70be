package org.entente.ui.analysis;

import org.entente.ui.state.Selection;

/**
 * One line of a date comparison: a tie that started or ended, or an event in between, with the words to
 * show and what to select when it is clicked.
 */
public record ChangeItem(Type type, Selection target, String text) {

    /** What sort of change. */
    public enum Type {
        STARTED("+ "), ENDED("− "), EVENT("• ");

        private final String mark;

        Type(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    @Override
    public String toString() {
        return type.mark() + text;
    }
}
