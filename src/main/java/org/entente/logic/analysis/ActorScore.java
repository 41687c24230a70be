package org.entente.logic.analysis;

import org.entente.model.Actor;

/**
 * One actor's importance in the visible graph: its ties, betweenness (number of shortest chains between
 * other actors it lies on), closeness (0 to 1, within its connected group, scaled by the group's size)
 * and community number (0 = largest community).
 */
public record ActorScore(Actor actor, int degree, double betweenness, double closeness, int community) {

    /** The value of one measure. */
    public double value(Measure m) {
        return switch (m) {
            case DEGREE -> degree;
            case BETWEENNESS -> betweenness;
            case CLOSENESS -> closeness;
        };
    }
}
