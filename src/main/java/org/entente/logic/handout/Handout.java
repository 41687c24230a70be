package org.entente.logic.handout;

import java.time.LocalDate;
import java.util.List;

import org.entente.logic.quiz.Quiz;

/**
 * What a printed handout says, independent of PDF or HTML: the title and date, the period's events, the
 * key actors with a one-line summary each, the sources, and optionally a quiz whose answer key goes last.
 *
 * @param quiz null for a handout without questions
 */
public record Handout(String title, LocalDate asOf, LocalDate from, List<Line> events, List<Line> actors,
                      List<String> sources, Quiz quiz) {

    /** Section titles, in order; both formats use them, and tests look for them. */
    public static final String GRAPH = "Who is tied to whom";
    public static final String TIMELINE = "Timeline";
    public static final String ACTORS = "Key actors";
    public static final String SOURCES = "Sources";
    public static final String QUIZ = "Quiz";
    public static final String ANSWERS = "Answer key";

    /** A line of a list: a bold lead ("24 February 2022", "Japan (日本)") and its text. */
    public record Line(String lead, String text) {
    }

    public Handout {
        events = List.copyOf(events);
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
    }
}
