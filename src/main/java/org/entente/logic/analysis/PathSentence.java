package org.entente.logic.analysis;

import org.entente.model.Actor;
import org.entente.model.Relation;

/**
 * Explains a {@link ConnectionPath} in one plain English sentence that follows each tie's direction:
 * "Japan takes part in NSATU, which is part of NATO, which Mark Rutte leads." The first step reads
 * actively or passively so the sentence can start with the first actor ("Japan is led by Shigeru
 * Ishiba"); later steps become relative clauses ("which is part of NATO" / "which Mark Rutte leads"),
 * with "who" for people.
 */
public final class PathSentence {

    private PathSentence() {
    }

    public static String of(ConnectionPath path) {
        StringBuilder sb = new StringBuilder();
        Actor first = path.actors().get(0);
        sb.append(name(first));
        for (int i = 0; i < path.length(); i++) {
            Actor here = path.actors().get(i);
            Actor next = path.actors().get(i + 1);
            Relation r = path.relations().get(i);
            RelationPhrase phrase = RelationPhrase.of(r.type());
            boolean forward = r.from().equals(here.id());
            if (i == 0) {
                sb.append(' ').append(forward ? phrase.active() : phrase.passive()).append(' ').append(name(next));
            } else if (forward) {
                sb.append(", ").append(pronoun(here, true)).append(' ').append(phrase.active()).append(' ').append(name(next));
            } else {
                sb.append(", ").append(pronoun(here, false)).append(' ').append(name(next)).append(' ').append(phrase.active());
            }
        }
        return sb.append('.').toString();
    }

    private static String pronoun(Actor antecedent, boolean subject) {
        if ("person".equals(antecedent.kind())) {
            return subject ? "who" : "whom";
        }
        return "which";
    }

    private static String name(Actor a) {
        return a.name() == null || a.name().isBlank() ? a.id() : a.name();
    }
}
