package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.quiz.Question;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourStep;
import org.entente.ui.state.AppState;
import org.junit.jupiter.api.Test;

/** A tour step that carries a question asks it first and shows the step only once it is answered. */
class TourQuestionTest {

    private static final Question Q = new Question(Question.Kind.TIE, "Who leads NATO as of 2025?",
            List.of("Mark Rutte", "Jens Stoltenberg"), 0, null, null, List.of(), "", List.of(), null);

    @Test
    void aStepWithAQuestionWaitsForTheAnswer() {
        AppState state = Fixtures.state();
        TourPlayer player = new TourPlayer(state);
        List<Runnable> pending = new ArrayList<>();
        List<Question> asked = new ArrayList<>();
        player.setAsker((q, then) -> {
            asked.add(q);
            pending.add(then);
        });
        TourStep first = new TourStep("1992", "c", "", LocalDate.of(1992, 12, 31), null, FilterCriteria.NONE, null, 1, List.of(), null);
        TourStep second = new TourStep("2025", "c", "", LocalDate.of(2025, 4, 9), null, FilterCriteria.NONE, null, 1, List.of(), null)
                .withQuestion(Q);
        player.play(new Tour("t", "", List.of(first, second)));
        assertEquals(0, player.indexProperty().get());
        assertNull(first.question());

        player.next();
        assertEquals(List.of(Q), asked);
        assertEquals(0, player.indexProperty().get(), "the step is not shown before the answer");
        assertEquals(LocalDate.of(1992, 12, 31), state.getAsOf());

        pending.get(0).run();
        assertEquals(1, player.indexProperty().get());
        assertEquals(LocalDate.of(2025, 4, 9), state.getAsOf());
    }
}
