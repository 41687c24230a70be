package org.entente.logic.load;

import java.util.List;

import org.entente.model.Dataset;

/**
 * A dataset built from a file that has errors, so that the app can open it to be fixed: work saved with
 * errors (which Save allows, so that work in progress is never lost) must open again. {@code notes} says
 * everything that could not be opened exactly as written (an item given an id, an event whose date cannot
 * be placed, a value that is not kept), each at its line and column, so nothing is lost without being said.
 */
public record ToFix(Dataset dataset, List<Problem> notes) {

    public ToFix {
        notes = List.copyOf(notes);
    }
}
