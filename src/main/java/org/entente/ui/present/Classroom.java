package org.entente.ui.present;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

import org.entente.logic.io.ReadResult;
import org.entente.logic.io.SavedViewJson;
import org.entente.logic.io.TourJson;
import org.entente.logic.load.Problem;
import org.entente.logic.tour.Tour;
import org.entente.logic.tour.TourValidator;
import org.entente.ui.export.ExportController;
import org.entente.ui.export.PictureSources;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;

/**
 * Installs the classroom features in the window: File → Export…, Copy diagram, Save view…, Open view…,
 * and the Present menu (presentation mode, lesson tours, tour editor, presenter notes).
 */
public final class Classroom {

    private final AppState state;
    private final ClassroomWindow window;
    private final TourPlayer player;
    private final PresentationMode presentation;
    private final ExportController export;
    private final Consumer<String> status;
    private final BackgroundExecutor executor;
    private TourEditorModel editorModel;
    private final org.entente.ui.animate.AnimationController animation;
    private final org.entente.ui.quiz.QuizController quiz;
    private final org.entente.ui.handout.HandoutController handout;

    /**
     * @param frameGraph    fits the graph to its content (tour steps without a camera)
     * @param frameTimeline shows a tour step's period on the timeline
     * @param status        shows a short confirmation to the user
     */
    public Classroom(AppState state, ClassroomWindow window, BackgroundExecutor executor, PictureSources sources,
                     Runnable frameGraph, Runnable frameTimeline, Consumer<String> status) {
        this.state = state;
        this.window = window;
        this.status = status;
        this.player = new TourPlayer(state, frameGraph, frameTimeline);
        this.presentation = new PresentationMode(window, player, state, BundledTours::defaultTour);
        this.export = new ExportController(state, sources, executor, status);
        this.animation = new org.entente.ui.animate.AnimationController(state, executor, status);
        this.quiz = new org.entente.ui.quiz.QuizController(state, status);
        this.executor = executor;
        this.handout = new org.entente.ui.handout.HandoutController(state, sources, executor, status);
    }

    public TourPlayer player() { return player; }
    public PresentationMode presentation() { return presentation; }
    public ExportController export() { return export; }
    public org.entente.ui.quiz.QuizController quiz() { return quiz; }

    /** Adds the menus and the presentation keys to the window. */
    public Classroom install() {
        Menu file = window.fileMenu();
        export.install(file);
        animation.install(file);
        handout.install(file);
        MenuItem saveView = item("Save _view…", "menu-save-view", "Shortcut+Shift+S", this::saveView);
        MenuItem openView = item("Open v_iew…", "menu-open-view", "Shortcut+Shift+O", this::openView);
        file.getItems().addAll(ExportController.lastSeparator(file), java.util.List.of(saveView, openView));

        Menu present = new Menu("_Present");
        present.setId("menu-present");
        present.getItems().add(item("_Start presentation", "menu-start-presentation", "F5", presentation::enter));
        Menu tours = new Menu("_Lesson tours");
        for (String name : BundledTours.FILES) {
            tours.getItems().add(item(BundledTours.menuName(name), null, null, () -> playBundled(name)));
        }
        present.getItems().addAll(tours,
                item("_Open tour…", "menu-open-tour", null, this::openTour),
                item("Tour _editor…", "menu-tour-editor", "Shortcut+T", this::openEditor),
                new SeparatorMenuItem(),
                item("Presenter _notes", "menu-notes", null, presentation::toggleNotes));
        quiz.install(present);
        player.setAsker(quiz::ask);
        window.addMenu(present);
        window.root().sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) presentation.install(scene);
        });
        if (window.root().getScene() != null) presentation.install(window.root().getScene());
        window.root().sceneProperty().addListener((o, old, scene) -> {
            export.setOwner(scene == null ? null : scene.getWindow());
            animation.setOwner(scene == null ? null : scene.getWindow());
            quiz.setOwner(scene == null ? null : scene.getWindow());
            handout.setOwner(scene == null ? null : scene.getWindow());
        });
        return this;
    }

    private static MenuItem item(String text, String id, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (id != null) item.setId(id);
        if (keys != null) item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void playBundled(String name) {
        ReadResult<Tour> r = BundledTours.read(name);
        r.value().ifPresentOrElse(this::startTour, () -> problems("The lesson tour could not be read", r.describe()));
    }

    /** Checks {@code tour} against the loaded dataset, then presents it from its first step. */
    public void startTour(Tour tour) {
        var problems = TourValidator.check(tour.title(), tour, state.getDataset());
        if (!problems.isEmpty()) {
            problems("Some steps name items this dataset does not have; they are shown without them",
                    String.join("\n", problems.stream().map(Problem::format).toList()));
        }
        player.play(tour);
        presentation.enter();
    }

    private void openTour() {
        File f = chooser("Open a lesson tour").showOpenDialog(window.stage());
        if (f == null) return;
        // Read in the background: a file on a slow disk or share must not freeze the window (TourJson refuses pipes and devices).
        executor.submit("Reading " + f.getName(), progress -> TourJson.read(f.toPath()),
                r -> r.value().ifPresentOrElse(this::startTour, () -> problems("The tour " + f.getName() + " has problems", r.describe())),
                e -> problems("The tour " + f.getName() + " could not be read", String.valueOf(e.getMessage())));
    }

    private void openEditor() {
        if (editorModel == null) {
            editorModel = new TourEditorModel(state);
            if (player.hasTour()) editorModel.load(player.tourProperty().get());
        }
        new TourEditor(window.stage(), editorModel, this::startTour, status, state.themeProperty().get().stylesheetUrls()).show();
    }

    private void saveView() {
        FileChooser c = chooser("Save the current view");
        c.setInitialFileName("view-" + state.getAsOf() + ".json");
        File f = c.showSaveDialog(window.stage());
        if (f == null) return;
        try {
            SavedViewJson.write(ViewStates.capture(state), f.toPath());
            status.accept("Saved the view to " + f);
        } catch (java.io.IOException e) {
            problems("The view could not be saved", e.getMessage());
        }
    }

    private void openView() {
        File f = chooser("Open a saved view").showOpenDialog(window.stage());
        if (f != null) openView(f.toPath());
    }

    /** Reopens a saved view; on a bad file shows every problem and changes nothing. */
    public void openView(Path file) {
        executor.submit("Reading " + file.getFileName(), progress -> SavedViewJson.read(file), r -> show(file, r),
                e -> problems("The view " + file.getFileName() + " could not be read; nothing was changed", String.valueOf(e.getMessage())));
    }

    /** Applies a completely validated view in one step, or shows its problems and changes nothing. */
    private void show(Path file, ReadResult<org.entente.logic.tour.SavedView> r) {
        r.value().ifPresentOrElse(v -> {
            ViewStates.apply(v, state);
            status.accept("Opened the view " + file.getFileName());
        }, () -> problems("The view " + file.getFileName() + " has problems; nothing was changed", r.describe()));
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json"));
        return c;
    }

    private void problems(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.initOwner(window.stage());
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        alert.show();
    }
}
