package org.entente.ui.state;

/**
 * One thing the user did that can be taken back: a change of the view today, an edit of the dataset
 * later. The {@link History} only knows this interface, so a new kind of change is one more class.
 */
public interface UndoStep {

    /** What the step did, for the menu: "filter: hide Person" shows as "Undo filter: hide Person". */
    String name();

    /** Puts back what was there before the step. */
    void undo();

    /** Does the step again after an undo. */
    void redo();

    /**
     * This step followed by {@code next} as one step, when both belong to the same gesture (a drag, a
     * brush, a pan); null when they are separate steps.
     */
    default UndoStep mergedWith(UndoStep next) {
        return null;
    }
}
