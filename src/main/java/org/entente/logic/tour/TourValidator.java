package org.entente.logic.tour;

import java.util.ArrayList;
import java.util.List;

import org.entente.logic.load.Problem;
import org.entente.logic.load.Severity;
import org.entente.model.Dataset;

/**
 * Checks a tour against the dataset it will be played on: every focus and highlighted id must exist,
 * so a typo shows up as a message naming the file, the step and the id instead of a silent blank slide.
 */
public final class TourValidator {

    private TourValidator() {
    }

    /** Problems of {@code tour} (read from {@code file}) against {@code dataset}; empty when it fits. */
    public static List<Problem> check(String file, Tour tour, Dataset dataset) {
        List<Problem> problems = new ArrayList<>();
        if (tour.steps().isEmpty()) {
            problems.add(new Problem(file, 0, 0, "$.steps", Severity.ERROR, "a tour needs at least one step"));
        }
        for (int i = 0; i < tour.steps().size(); i++) {
            TourStep step = tour.steps().get(i);
            String at = "$.steps[" + i + "]";
            if (step.focus() != null && dataset.actor(step.focus()).isEmpty()) {
                problems.add(new Problem(file, 0, 0, at + ".focus.actor", Severity.ERROR,
                        "unknown actor '" + step.focus() + "'"));
            }
            for (int k = 0; k < step.highlighted().size(); k++) {
                String id = step.highlighted().get(k);
                if (dataset.actor(id).isEmpty() && dataset.relation(id).isEmpty() && dataset.event(id).isEmpty()) {
                    problems.add(new Problem(file, 0, 0, at + ".highlighted[" + k + "]", Severity.ERROR,
                            "unknown actor, relation or event '" + id + "'"));
                }
            }
        }
        return problems;
    }
}
