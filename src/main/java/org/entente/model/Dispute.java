package org.entente.model;

import java.util.List;

/**
 * A point on which sources disagree or stay vague, with each position and who holds it. Shown beside
 * the items it concerns so that students see the disagreement instead of a silent choice.
 */
public record Dispute(String id, String summary, List<String> subjects, List<Position> positions) {

    public Dispute {
        subjects = List.copyOf(subjects);
        positions = List.copyOf(positions);
    }

    /** One side of a dispute. */
    public record Position(String claim, List<String> sources) {
        public Position {
            sources = List.copyOf(sources);
        }
    }
}
