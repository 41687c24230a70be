package org.entente.logic.animate;

import java.util.Locale;

/**
 * How far apart the frames of an animation are: a month, a year, or one frame per dated change (an event,
 * a tie starting or ending). Teachers pick months for a year of news and years for a long history.
 */
public enum FrameStep {
    MONTH("1m"), YEAR("1y"), EVENTS("events");

    private final String word;

    FrameStep(String word) {
        this.word = word;
    }

    /** The command-line word: {@code 1m}, {@code 1y} or {@code events}. */
    public String word() { return word; }

    /** Parses {@code 1m}, {@code 1y} or {@code events} (also {@code month}, {@code year}). */
    public static FrameStep parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "1m", "m", "month", "months" -> MONTH;
            case "1y", "y", "year", "years" -> YEAR;
            case "events", "event", "e" -> EVENTS;
            default -> throw new IllegalArgumentException("unknown step '" + text + "'");
        };
    }
}
