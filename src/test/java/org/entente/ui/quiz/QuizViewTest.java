package org.entente.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.quiz.Question;
import org.entente.logic.quiz.Quiz;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** A student answers with the number keys (a clicker's keys): the score counts, the graph reveals, Space goes on. */
class QuizViewTest extends ApplicationTest {

    private AppState state;
    private QuizViewModel model;
    private Quiz quiz;

    @Override
    public void start(Stage stage) {
        state = new AppState(new GraphFilter(), Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        state.datasetProperty().set(new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow());
        quiz = new QuizController(state, s -> { }).generate(11);
        model = new QuizViewModel(state);
        model.start(quiz);
        QuizView view = new QuizView(model);
        Scene scene = new Scene(view, 1024, 768);
        scene.getStylesheets().setAll(Theme.PROJECTOR.stylesheetUrls());
        stage.setScene(scene);
        stage.show();
        view.requestFocus();
    }

    @Test
    void answeringWithKeysScoresRevealsAndMovesOn() {
        Question first = quiz.questions().get(0);
        assertEquals(first.prompt(), lookup("#quiz-prompt").queryAs(Label.class).getText());
        assertEquals("A   " + first.choices().get(0), lookup("#quiz-answer-a").queryAs(Button.class).getText());
        type(digit(first.correct()));
        assertEquals(1, model.scoreProperty().get());
        String feedback = lookup("#quiz-feedback").queryAs(Label.class).getText();
        assertTrue(feedback.startsWith("Right!"), feedback);
        assertTrue(feedback.contains("Source:"), feedback);
        assertTrue(lookup("#quiz-answer-" + Question.letter(first.correct()).toLowerCase()).queryAs(Button.class)
                .getStyleClass().contains("quiz-right"));
        Selection.Kind kind = first.kind() == Question.Kind.TIE ? Selection.Kind.RELATION : Selection.Kind.EVENT;
        assertEquals(new Selection(kind, first.subject()), state.getSelection(), "the answer is selected on the graph and timeline");
        assertEquals(first.revealDate(), state.getAsOf());

        type(KeyCode.DIGIT1); // already answered: ignored
        assertEquals(1, model.scoreProperty().get());
        type(KeyCode.SPACE);
        Question second = quiz.questions().get(1);
        assertEquals(second.prompt(), lookup("#quiz-prompt").queryAs(Label.class).getText());
        type(digit((second.correct() + 1) % second.choices().size())); // a wrong answer
        assertEquals(1, model.scoreProperty().get());
        assertTrue(lookup("#quiz-feedback").queryAs(Label.class).getText().startsWith("Not quite: the answer is "
                + Question.letter(second.correct())));
        assertEquals("Question 2 of 10 · Score 1", lookup("#quiz-position").queryAs(Label.class).getText());
    }

    private static KeyCode digit(int choice) {
        return KeyCode.values()[KeyCode.DIGIT1.ordinal() + choice];
    }
}
