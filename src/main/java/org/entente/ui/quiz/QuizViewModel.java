package org.entente.ui.quiz;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.quiz.Question;
import org.entente.logic.quiz.Quiz;
import org.entente.model.Dataset;
import org.entente.model.Source;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

/**
 * Plays a quiz: the current question, the answer given, the score, and the reveal, which moves the shared
 * state to the fact asked about (its date, the tie or event selected, its actors lit) so the graph and
 * timeline show the answer, with its sources and any dispute in words. Tested without the toolkit.
 */
public final class QuizViewModel {

    private final AppState state;
    private final ReadOnlyObjectWrapper<Quiz> quiz = new ReadOnlyObjectWrapper<>(this, "quiz");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyIntegerWrapper chosen = new ReadOnlyIntegerWrapper(this, "chosen", -1);
    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(this, "score", 0);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");

    public QuizViewModel(AppState state) {
        this.state = state;
    }

    /** Starts {@code q} from its first question with a score of zero. */
    public void start(Quiz q) {
        if (q.questions().isEmpty()) throw new IllegalArgumentException("the quiz has no questions");
        quiz.set(q);
        score.set(0);
        finished.set(false);
        show(0);
    }

    private void show(int i) {
        index.set(i);
        chosen.set(-1);
        feedback.set("");
        position.set("Question " + (i + 1) + " of " + quiz.get().questions().size() + " · Score " + score.get());
    }

    /** The question on screen, or null before a quiz starts. */
    public Question question() {
        Quiz q = quiz.get();
        return q == null || index.get() < 0 ? null : q.questions().get(index.get());
    }

    /** Answers with choice {@code i} (0 = A); ignored once answered or when there is no such choice. */
    public void answer(int i) {
        Question q = question();
        if (q == null || chosen.get() >= 0 || i < 0 || i >= q.choices().size() || finished.get()) return;
        chosen.set(i);
        boolean right = i == q.correct();
        if (right) score.set(score.get() + 1);
        StringBuilder sb = new StringBuilder(right ? "Right! " : "Not quite: the answer is " + Question.letter(q.correct())
                + ", " + q.answer() + ". ");
        if (!q.explanation().isEmpty()) sb.append(q.explanation()).append(' ');
        if (q.isDisputed()) sb.append("\nDisputed: ").append(q.dispute());
        String sources = sources(q);
        if (!sources.isEmpty()) sb.append("\nSource: ").append(sources);
        feedback.set(sb.toString().trim());
        position.set("Question " + (index.get() + 1) + " of " + quiz.get().questions().size() + " · Score " + score.get());
        reveal(q);
    }

    /** Goes to the next question once this one is answered; after the last, shows the final score. */
    public boolean next() {
        if (question() == null || chosen.get() < 0 || finished.get()) return false;
        if (index.get() + 1 < quiz.get().questions().size()) {
            show(index.get() + 1);
            return true;
        }
        finished.set(true);
        int n = quiz.get().questions().size();
        feedback.set("Finished: " + score.get() + " of " + n + " right.");
        position.set("Score " + score.get() + " of " + n);
        return false;
    }

    private String sources(Question q) {
        Dataset d = state.getDataset();
        List<String> names = q.sources().stream().map(id -> d.source(id).map(Source::citation).orElse(id)).toList();
        return String.join("; ", names);
    }

    /** Moves the graph and timeline to the answer: its date, the item selected, its actors lit. */
    private void reveal(Question q) {
        state.batch(() -> revealNow(q));
    }

    private void revealNow(Question q) {
        Dataset d = state.getDataset();
        if (q.revealDate() != null) state.asOfProperty().set(q.revealDate());
        if (q.subject() != null) {
            if (q.kind() == Question.Kind.TIE && d.relation(q.subject()).isPresent()) state.select(Selection.relation(q.subject()));
            if (q.kind() == Question.Kind.EVENT_DATE && d.event(q.subject()).isPresent()) state.select(Selection.event(q.subject()));
        }
        state.update(v -> v.withoutHighlights().withHighlights(org.entente.logic.tour.Highlights.Owner.TOUR,
                q.highlighted().stream().filter(id -> d.actor(id).isPresent()).toList()));
    }

    public ReadOnlyObjectProperty<Quiz> quizProperty() { return quiz.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    /** The choice given for the current question, -1 before answering. */
    public ReadOnlyIntegerProperty chosenProperty() { return chosen.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty scoreProperty() { return score.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }
    /** Right or not, the explanation, the dispute and the sources, after answering. */
    public ReadOnlyStringProperty feedbackProperty() { return feedback.getReadOnlyProperty(); }
    /** "Question 3 of 10 · Score 2". */
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
}
