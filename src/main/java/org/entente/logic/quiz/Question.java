package org.entente.logic.quiz;

import java.time.LocalDate;
import java.util.List;

/**
 * One multiple-choice question with exactly one right answer that the dataset supports. It carries what
 * the reveal needs (the item to select, the date to show, the actors to light up), the sources that state
 * the fact, and, when sources disagree, the dispute, so the app never presents a contested point as settled.
 *
 * @param kind        what was hidden: a tie's other end or an event's date
 * @param subject     id of the relation or event the question is about
 * @param choices     two to four answers as shown (A, B, C, D)
 * @param correct     index of the right answer in {@code choices}
 * @param revealDate  the as-of date the reveal moves to
 * @param highlighted actor ids lit up on the reveal
 * @param explanation a one-line summary of the fact, shown with the answer
 * @param dispute     what sources disagree about, or null when they agree
 */
public record Question(Kind kind, String prompt, List<String> choices, int correct, String subject, LocalDate revealDate,
                       List<String> highlighted, String explanation, List<String> sources, String dispute) {

    /** What a question hides. */
    public enum Kind { TIE, EVENT_DATE }

    public Question {
        choices = List.copyOf(choices);
        highlighted = highlighted == null ? List.of() : List.copyOf(highlighted);
        sources = sources == null ? List.of() : List.copyOf(sources);
        explanation = explanation == null ? "" : explanation;
        if (choices.size() < 2 || choices.size() > 4) throw new IllegalArgumentException("a question has 2 to 4 choices, not " + choices.size());
        if (correct < 0 || correct >= choices.size()) throw new IllegalArgumentException("the right answer " + correct + " is not one of the choices");
        if (choices.stream().distinct().count() != choices.size()) throw new IllegalArgumentException("two choices read the same: " + choices);
    }

    /** The letter of choice {@code i}: A, B, C or D. */
    public static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    public String answer() {
        return choices.get(correct);
    }

    public boolean isDisputed() {
        return dispute != null;
    }
}
