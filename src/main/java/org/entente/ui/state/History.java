package org.entente.ui.state;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo stacks behind Edit → Undo / Redo: named {@link UndoStep}s, at most {@link #LIMIT}
 * kept (the oldest are dropped). A new step clears the redo stack. The names of the next undo and redo
 * are properties so the Edit menu can say what it will do.
 */
public final class History {

    /** How many steps are kept. */
    public static final int LIMIT = 500;

    private final Deque<UndoStep> undo = new ArrayDeque<>();
    private final Deque<UndoStep> redo = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private boolean replaying;

    /** Records a step the user just did; a step of the same gesture as the last one joins it. */
    public void push(UndoStep step) {
        if (replaying) return;
        UndoStep last = undo.peek();
        UndoStep merged = last == null ? null : last.mergedWith(step);
        if (merged != null) {
            undo.pop();
            undo.push(merged);
        } else {
            undo.push(step);
            while (undo.size() > LIMIT) undo.removeLast();
        }
        redo.clear();
        names();
    }

    /** Takes the last step back; false when there is nothing to undo. */
    public boolean undo() {
        UndoStep step = undo.poll();
        if (step == null) return false;
        replay(step::undo);
        redo.push(step);
        names();
        return true;
    }

    /** Does the last undone step again; false when there is nothing to redo. */
    public boolean redo() {
        UndoStep step = redo.poll();
        if (step == null) return false;
        replay(step::redo);
        undo.push(step);
        names();
        return true;
    }

    /** Forgets every step (a new dataset: the old steps name things that are gone). */
    public void clear() {
        undo.clear();
        redo.clear();
        names();
    }

    /** True while a step is being undone or redone, so recorders do not record the replay itself. */
    public boolean isReplaying() { return replaying; }

    public int undoCount() { return undo.size(); }

    public int redoCount() { return redo.size(); }

    /** The name of the step Undo would take back; empty when none. */
    public ReadOnlyStringProperty undoNameProperty() { return undoName.getReadOnlyProperty(); }

    /** The name of the step Redo would do again; empty when none. */
    public ReadOnlyStringProperty redoNameProperty() { return redoName.getReadOnlyProperty(); }

    private void replay(Runnable r) {
        replaying = true;
        try {
            r.run();
        } finally {
            replaying = false;
        }
    }

    private void names() {
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }
}
