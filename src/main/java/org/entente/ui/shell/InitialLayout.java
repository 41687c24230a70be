package org.entente.ui.shell;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Makes the window open as designed whatever the window manager does on the way. Some Linux window
 * managers (seen with Openbox) first map a new window at its minimum size; a split pane squeezed in that
 * first pass keeps the squeezed proportions when the window grows, so the graph would open in a third of
 * the height. Until the user first touches the window (or for a few seconds, or until it goes full
 * screen), the splits are put back to their default proportions whenever the window's size changes, and
 * a window mapped too small is given the size it asked for.
 */
final class InitialLayout {

    private static final Duration SETTLING = Duration.seconds(4);

    private final SplitPane centre;
    private final double[] centreDividers;
    private final SplitPane main;
    private final double[] mainDividers;

    InitialLayout(SplitPane centre, double[] centreDividers, SplitPane main, double[] mainDividers) {
        this.centre = centre;
        this.centreDividers = centreDividers.clone();
        this.main = main;
        this.mainDividers = mainDividers.clone();
        apply();
    }

    private void apply() {
        centre.setDividerPositions(centreDividers);
        main.setDividerPositions(mainDividers);
    }

    /** Call right after {@code stage.show()}: watches the first seconds of the window's life. */
    void settle(Stage stage, Scene scene, double width, double height) {
        InvalidationListener reapply = obs -> {
            if (stage.isFullScreen()) return; // presenting: the presentation owns the layout now
            apply();
            Platform.runLater(() -> restoreSize(stage, scene, width, height));
        };
        scene.widthProperty().addListener(reapply);
        scene.heightProperty().addListener(reapply);
        PauseTransition timeout = new PauseTransition(SETTLING);
        EventHandler<Event> touched = new EventHandler<>() {
            @Override
            public void handle(Event e) {
                scene.widthProperty().removeListener(reapply);
                scene.heightProperty().removeListener(reapply);
                scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                timeout.stop();
            }
        };
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, touched);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, touched);
        timeout.setOnFinished(e -> touched.handle(null));
        stage.fullScreenProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    touched.handle(null);
                }
            }
        });
        timeout.play();
        Platform.runLater(() -> restoreSize(stage, scene, width, height));
    }

    /** A window the window manager mapped smaller than it asked for gets its size back. */
    private static void restoreSize(Stage stage, Scene scene, double width, double height) {
        if (!stage.isShowing() || stage.isFullScreen() || stage.isMaximized()) return;
        if (scene.getWidth() < width - 1 || scene.getHeight() < height - 1) {
            stage.setWidth(width + stage.getWidth() - scene.getWidth());
            stage.setHeight(height + stage.getHeight() - scene.getHeight());
            stage.centerOnScreen();
        }
    }
}
