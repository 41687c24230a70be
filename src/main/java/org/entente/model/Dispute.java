package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * A point on which sources disagree or stay vague, with each position and who holds it. Shown beside
 * the items it concerns so that students see the disagreement instead of a silent choice.
 */
public record Dispute(String id, String summary, List<String> subjects, List<Position> positions) {

    public Dispute {
        subjects = List.copyOf(subjects);
        positions = List.copyOf(positions);
    }

    /**
     * One side of a dispute; {@code extras} are its fields in the file that this version does not know (name
     * to JSON text, in file order), kept so a save writes them back in place.
     */
    public record Position(String claim, List<String> sources, Map<String, String> extras) {
        public Position {
            sources = List.copyOf(sources);
            extras = Dataset.orderedCopy(extras);
        }

        /** A position without unknown fields. */
        public Position(String claim, List<String> sources) {
            this(claim, sources, Map.of());
        }
    }
}
