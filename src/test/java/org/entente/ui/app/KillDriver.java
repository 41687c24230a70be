package org.entente.ui.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.entente.logic.edit.DatasetEdits;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.ui.edit.RecoveryDialog;
import org.entente.ui.startup.LaunchArgs;
import org.entente.ui.task.FxBackgroundExecutor;

/**
 * The child process of {@link KillRunningAppIT}: the real app, started the way {@link EntenteApp} starts it
 * (the user's settings and recovery folder, {@link AppComposer}, the window shown, the recovery offered),
 * then used the way a user would, forever, until the test kills it: an edit of an actor and of the title
 * ("Version N"), then Save (the File menu's Save, Ctrl+S) or an autosave (the autosave timer's job), in the
 * order a pattern gives ({@code SAA}: save, autosave, autosave, and again).
 * Saves run on the JavaFX thread and autosaves on the app's background executor, as in the app.
 *
 * <p>It tells the test on standard output what it does: {@code saving N} / {@code saved N},
 * {@code autosaving N} / {@code autosaved N}, and at start {@code offered HEADER} and {@code restored TITLE}
 * when it found and restored a recovery (it presses the dialog's Restore button), and after each save
 * whether a recovery file is still there.
 *
 * <p>Arguments: the dataset file, the number of the first step, and the pattern of saves ({@code S}) and
 * autosaves ({@code A}), or {@code check} (only start, restore the recovery and exit).
 */
public final class KillDriver {

    private KillDriver() {
    }

    public static void main(String[] args) {
        Application.launch(Child.class, args);
    }

    /** The JavaFX application of the child. */
    public static final class Child extends Application {

        private final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        private AppComposer.App app;
        private FxBackgroundExecutor executor;
        private int first;
        private int step;
        private String pattern;
        private boolean editing;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Path file = Path.of(args.get(0));
            first = Integer.parseInt(args.get(1));
            step = first;
            pattern = args.get(2);
            editing = !"check".equals(pattern);
            boolean recoveryLeft = Files.isRegularFile(AppComposer.recoveryFolder().resolve("recovery.json"));
            out.println("recovery left " + recoveryLeft);
            executor = new FxBackgroundExecutor();
            // as EntenteApp.start does
            app = EntenteApp.open(stage, LaunchArgs.parse(List.of(file.toString())).orElseThrow(), executor);
            app.editing().offerRecovery(app.window()::stage);
            Timeline poll = new Timeline();
            poll.getKeyFrames().add(new KeyFrame(Duration.millis(50), e -> {
                if (recoveryLeft) {
                    if (answerOffer()) {
                        poll.stop();
                        afterRestore();
                    }
                } else if (loaded()) {
                    poll.stop();
                    out.println("opened " + app.state().getDataset().title());
                    begin();
                }
            }));
            poll.setCycleCount(Timeline.INDEFINITE);
            poll.play();
        }

        private boolean loaded() {
            return !app.state().getDataset().actors().isEmpty() && !executor.busyProperty().get();
        }

        /** Finds the recovery question among the windows and presses Restore. */
        private boolean answerOffer() {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane && "recovery-offer".equals(pane.getId())) {
                    out.println("offered " + pane.getHeaderText());
                    ((Button) pane.lookupButton(RecoveryDialog.RESTORE)).fire();
                    return true;
                }
            }
            return false;
        }

        private void afterRestore() {
            Platform.runLater(() -> {
                Dataset d = app.state().getDataset();
                out.println("restored " + d.title() + " | dirty " + app.editing().session().isDirty()
                        + " | file " + app.editing().session().file().map(Path::toString).orElse("none"));
                if (editing) begin();
                else Platform.exit();
            });
        }

        private void begin() {
            if (!editing) {
                Platform.exit();
                return;
            }
            Platform.runLater(this::nextStep);
        }

        /** One edit through the app's edit session, then Save or an autosave; the next step when it is done. */
        private void nextStep() {
            int n = step++;
            var session = app.editing().session();
            Dataset d = app.state().getDataset();
            Actor a = d.actors().get(n % d.actors().size());
            session.apply(DatasetEdits.changeActor(d, new Actor(a.id(), a.name() + " " + n, a.kind(), a.aliases(), a.region(),
                    "Edited in step " + n + ".", a.start(), a.end(), a.note(), a.figures(), a.sources(), a.shortName())));
            session.apply(DatasetEdits.changeHeader(app.state().getDataset(), "Version " + n, "edit " + n));
            if (pattern.charAt((n - first) % pattern.length()) == 'S') {
                out.println("saving " + n);
                MenuItem save = app.window().fileMenu().getItems().stream().filter(i -> "menu-save".equals(i.getId()))
                        .findFirst().orElseThrow();
                save.fire();
                out.println((session.isDirty() ? "save failed " : "saved ") + n);
                out.println("recovery after save " + n + ": " + Files.exists(AppComposer.recoveryFolder().resolve("recovery.json")));
                Platform.runLater(this::nextStep);
            } else {
                out.println("autosaving " + n);
                // the job is submitted now and marks the executor busy on a later pulse: wait for busy, then idle
                ChangeListener<Boolean> done = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean busy) {
                        if (!busy) {
                            executor.busyProperty().removeListener(this);
                            out.println("autosaved " + n);
                            Platform.runLater(Child.this::nextStep);
                        }
                    }
                };
                executor.busyProperty().addListener(done);
                app.editing().autosave().writeNow();
            }
        }
    }
}
