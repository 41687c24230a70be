package org.entente.logic.tour;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson tour: an ordered list of steps a teacher walks a class through, stored as a small JSON file
 * next to the dataset it tells a story about (see seeds/tours/README.md for the format).
 */
public record Tour(String title, String description, List<TourStep> steps) {

    public Tour {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A copy with {@code step} appended. */
    public Tour adding(TourStep step) {
        List<TourStep> copy = new ArrayList<>(steps);
        copy.add(step);
        return new Tour(title, description, copy);
    }
}
