package org.entente.ui.quiz;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.entente.logic.io.QuizJson;
import org.entente.logic.io.ReadResult;
import org.entente.logic.quiz.Question;
import org.entente.logic.quiz.Quiz;
import org.entente.logic.quiz.QuizGenerator;
import org.entente.ui.state.AppState;

/**
 * Present → Quiz: draws a quiz from what the window shows (a seed a teacher can write on the board gives
 * the class the same quiz), opens and saves quiz files, and shows the quiz in its own window beside the
 * graph, so the reveal happens on the graph and timeline the class is looking at.
 */
public final class QuizController {

    /** Questions in a quiz drawn from the view. */
    public static final int QUESTIONS = 10;

    private final AppState state;
    private final Consumer<String> status;
    private final QuizGenerator generator = new QuizGenerator();
    private Window owner;
    private Stage stage;
    private QuizViewModel model;

    public QuizController(AppState state, Consumer<String> status) {
        this.state = state;
        this.status = status;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Adds the Quiz items to the Present menu. */
    public void install(Menu present) {
        Menu quiz = new Menu("_Quiz");
        quiz.setId("menu-quiz");
        MenuItem fromView = new MenuItem("_Quiz from this view…");
        fromView.setId("menu-quiz-new");
        fromView.setOnAction(e -> askSeed().ifPresent(seed -> start(generate(seed))));
        MenuItem open = new MenuItem("_Open quiz…");
        open.setId("menu-quiz-open");
        open.setOnAction(e -> open());
        MenuItem save = new MenuItem("_Save quiz…");
        save.setId("menu-quiz-save");
        save.setOnAction(e -> save());
        quiz.getItems().addAll(fromView, open, save);
        present.getItems().add(quiz);
    }

    /** A quiz of {@link #QUESTIONS} questions drawn with {@code seed} from what the window shows. */
    public Quiz generate(long seed) {
        return generator.generate(state.getDataset(), state.getVisibleGraph(), state.getAsOf(), seed, QUESTIONS,
                "Quiz " + seed + " as of " + state.getAsOf());
    }

    private Optional<Long> askSeed() {
        TextInputDialog d = new TextInputDialog(Long.toString(state.getAsOf().toEpochDay() % 10000));
        d.initOwner(owner);
        d.setTitle("Quiz from this view");
        d.setHeaderText("Questions come from what the graph and timeline show now.\nThe same number gives the same quiz.");
        d.setContentText("Quiz number:");
        d.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        return d.showAndWait().flatMap(text -> {
            try {
                return Optional.of(Long.parseLong(text.trim()));
            } catch (NumberFormatException e) {
                problem("The quiz number must be a whole number", "got '" + text + "'");
                return Optional.empty();
            }
        });
    }

    /** Shows {@code quiz} in the quiz window from its first question. */
    public QuizViewModel start(Quiz quiz) {
        if (quiz.questions().isEmpty()) {
            problem("No questions could be drawn from this view",
                    "Show more of the data (a later date, a wider filter or no focus) and try again.");
            return null;
        }
        model = new QuizViewModel(state);
        model.start(quiz);
        show(new QuizView(model), quiz.title(), null);
        return model;
    }

    /** Asks one question (a tour step's) and runs {@code then} when the window is closed or Next is pressed. */
    public void ask(Question question, Runnable then) {
        QuizViewModel one = new QuizViewModel(state);
        one.start(new Quiz("Question", 0, state.getAsOf(), List.of(question)));
        boolean[] done = {false};
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                then.run();
            }
        };
        one.finishedProperty().addListener((o, a, finished) -> {
            if (finished) {
                stage.close();
                once.run();
            }
        });
        show(new QuizView(one), "A question before the next step", once);
    }

    private void show(QuizView view, String title, Runnable onClose) {
        if (stage != null) stage.close();
        stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(view, 720, 520);
        scene.getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        stage.setScene(scene);
        if (onClose != null) stage.setOnHidden(e -> onClose.run());
        stage.show();
        if (owner != null && owner.getWidth() > 1000) { // beside the graph's centre, so the reveal stays in sight
            stage.setX(owner.getX() + owner.getWidth() - stage.getWidth() - 16);
            stage.setY(owner.getY() + owner.getHeight() - stage.getHeight() - 40);
        }
        view.requestFocus();
    }

    private void open() {
        FileChooser c = chooser("Open a quiz");
        File f = c.showOpenDialog(owner);
        if (f == null) return;
        ReadResult<Quiz> r = QuizJson.read(f.toPath());
        r.value().ifPresentOrElse(this::start, () -> problem("The quiz " + f.getName() + " has problems", r.describe()));
    }

    private void save() {
        Quiz quiz = model == null ? null : model.quizProperty().get();
        if (quiz == null) {
            problem("There is no quiz to save", "Start one with Present → Quiz → Quiz from this view… first.");
            return;
        }
        FileChooser c = chooser("Save the quiz");
        c.setInitialFileName("quiz-" + quiz.seed() + ".json");
        File f = c.showSaveDialog(owner);
        if (f == null) return;
        try {
            QuizJson.write(quiz, f.toPath());
            status.accept("Saved the quiz to " + f);
        } catch (IOException e) {
            problem("The quiz could not be saved", e.getMessage());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Quiz files (*.json)", "*.json"));
        return c;
    }

    private void problem(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        if (owner != null) alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        alert.show();
    }
}
