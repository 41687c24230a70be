package org.entente.ui.quiz;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.entente.logic.quiz.Question;

/**
 * The quiz as a student sees it: the question in large type, four answer buttons A–D, then whether it was
 * right, the source and any dispute, and Next. Keys 1–4 (or A–D) answer and Right, Page Down, Space or
 * Enter go on, so a presenter's clicker and a keyboard both work in presentation mode.
 */
public final class QuizView extends VBox {

    static final String STYLESHEET = QuizView.class.getResource("/org/entente/ui/quiz/quiz.css").toExternalForm();

    private final QuizViewModel model;
    private final Label position = new Label();
    private final Label prompt = new Label();
    private final List<Button> answers = new ArrayList<>();
    private final Label feedback = new Label();
    private final Button next = new Button("Next →");

    public QuizView(QuizViewModel model) {
        this.model = model;
        createView();
        initListeners();
        refresh();
    }

    private void createView() {
        getStyleClass().add("quiz");
        getStylesheets().add(STYLESHEET);
        position.getStyleClass().add("quiz-position");
        position.setId("quiz-position");
        prompt.getStyleClass().add("quiz-prompt");
        prompt.setId("quiz-prompt");
        prompt.setWrapText(true);
        VBox choices = new VBox(8);
        for (int i = 0; i < 4; i++) {
            Button b = new Button();
            b.getStyleClass().add("quiz-answer");
            b.setId("quiz-answer-" + Question.letter(i).toLowerCase(java.util.Locale.ROOT));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            int k = i;
            b.setOnAction(e -> model.answer(k));
            answers.add(b);
            choices.getChildren().add(b);
        }
        feedback.getStyleClass().add("quiz-feedback");
        feedback.setId("quiz-feedback");
        feedback.setWrapText(true);
        next.setId("quiz-next");
        next.setFocusTraversable(false);
        next.setOnAction(e -> model.next());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label("Keys: 1–4 answer · → or Space next");
        keys.getStyleClass().add("quiz-keys");
        setSpacing(14);
        getChildren().addAll(position, prompt, choices, feedback, new HBox(10, keys, grow, next));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private void initListeners() {
        model.indexProperty().addListener((o, a, b) -> refresh());
        model.chosenProperty().addListener((o, a, b) -> refresh());
        model.finishedProperty().addListener((o, a, b) -> refresh());
        position.textProperty().bind(model.positionProperty());
        feedback.textProperty().bind(model.feedbackProperty());
    }

    private void key(KeyEvent e) {
        int choice = switch (e.getCode()) {
            case DIGIT1, NUMPAD1, A -> 0;
            case DIGIT2, NUMPAD2, B -> 1;
            case DIGIT3, NUMPAD3, C -> 2;
            case DIGIT4, NUMPAD4, D -> 3;
            default -> -1;
        };
        if (choice >= 0) {
            model.answer(choice);
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.SPACE
                || e.getCode() == KeyCode.ENTER) {
            model.next();
            e.consume();
        }
    }

    private void refresh() {
        Question q = model.question();
        int chosen = model.chosenProperty().get();
        prompt.setText(q == null ? "" : model.finishedProperty().get() ? "Well done!" : q.prompt());
        for (int i = 0; i < answers.size(); i++) {
            Button b = answers.get(i);
            b.getStyleClass().removeAll("quiz-right", "quiz-wrong");
            boolean shown = q != null && i < q.choices().size() && !model.finishedProperty().get();
            b.setVisible(shown);
            b.setManaged(shown);
            if (!shown) continue;
            b.setText(Question.letter(i) + "   " + q.choices().get(i));
            b.setDisable(chosen >= 0);
            if (chosen >= 0 && i == q.correct()) b.getStyleClass().add("quiz-right");
            else if (chosen == i) b.getStyleClass().add("quiz-wrong");
        }
        next.setDisable(chosen < 0 || model.finishedProperty().get());
    }
}
