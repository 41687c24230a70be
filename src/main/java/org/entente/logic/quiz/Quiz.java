package org.entente.logic.quiz;

import java.time.LocalDate;
import java.util.List;

/**
 * A set of questions a teacher can hand a class: the questions themselves (so the file plays the same on
 * any machine, whatever dataset is open), and the seed and date they were drawn with.
 */
public record Quiz(String title, long seed, LocalDate asOf, List<Question> questions) {

    public Quiz {
        title = title == null ? "" : title;
        questions = List.copyOf(questions);
    }
}
