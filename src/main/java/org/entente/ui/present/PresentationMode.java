package org.entente.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.entente.logic.tour.Tour;
import org.entente.ui.state.AppState;
import org.entente.ui.state.ViewState;

/**
 * Presentation mode (F5): full screen, menus, toolbar and side panels hidden, the graph over the timeline
 * and a large caption bar. → / PageDown / Space step forward, ← / PageUp back (what presentation clickers
 * send), N shows the presenter notes, Esc leaves and puts every panel back as it was.
 */
public final class PresentationMode {

    private final ClassroomWindow window;
    private final TourPlayer player;
    private final AppState state;
    private final Supplier<Tour> defaultTour;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final CaptionBar captionBar;
    private NotesWindow notes;
    private Node savedTop;
    private Node savedBottom;
    private List<Node> savedPanels;
    private double[] savedDividers;
    private double[] savedCentreDividers;
    /** The main split's width when the splits were saved: they are put back only at that width. */
    private double savedMainWidth;
    /** Undoes the watch that keeps the saved splits while the window settles after leaving. */
    private Runnable stopSettling = () -> { };
    /** Share of the height the graph gets while presenting: the diagram is what the class looks at. */
    static final double GRAPH_SHARE = 0.66;
    private boolean wasFullScreen;
    /** The teacher's own view before F5, put back exactly on Esc. */
    private ViewState viewBefore;
    /** The views' own controls (buttons, lane choosers, the overview brush): a class does not need them. */
    static final String CONTROLS = ".graph-controls, .timeline-controls, .timeline-overview";
    private final java.util.Map<Node, Boolean> hiddenControls = new java.util.LinkedHashMap<>();

    public PresentationMode(ClassroomWindow window, TourPlayer player, AppState state, Supplier<Tour> defaultTour) {
        this.window = window;
        this.player = player;
        this.state = state;
        this.defaultTour = defaultTour;
        this.captionBar = new CaptionBar(player);
    }

    /** Listens for the presentation keys on {@code scene} (a filter, so no view swallows them first). */
    public void install(Scene scene) {
        scene.getStylesheets().addListener((javafx.collections.ListChangeListener<String>) c -> addSheet(scene));
        addSheet(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.windowProperty().addListener((o, old, w) -> {
            if (w instanceof Stage stage) {
                // the window manager took full screen away (another key, a click elsewhere): leave cleanly
                stage.fullScreenProperty().addListener((f, was, now) -> {
                    if (was && !now && active.get()) leave();
                });
            }
        });
    }

    private static void addSheet(Scene scene) {
        String url = PresentationMode.class.getResource("present.css").toExternalForm();
        if (!scene.getStylesheets().contains(url)) scene.getStylesheets().add(url);
    }

    private void onKey(KeyEvent e) {
        if (!active.get()) {
            if (e.getCode() == javafx.scene.input.KeyCode.F5) {
                enter();
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN, ENTER -> player.next();
            case LEFT, PAGE_UP, UP, BACK_SPACE -> player.previous();
            case HOME -> player.goTo(0);
            case END -> player.goTo(Integer.MAX_VALUE);
            case ESCAPE -> leave();
            case N -> notes().toggle();
            default -> { return; }
        }
        e.consume();
    }

    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    public boolean isActive() { return active.get(); }

    /** Enters presentation mode, starting the default tour when none is loaded. */
    public void enter() {
        if (active.get()) return;
        viewBefore = state.view();
        if (!player.hasTour()) {
            Tour t = defaultTour.get();
            if (t != null) player.play(t);
        } else {
            player.goTo(player.indexProperty().get());
        }
        savedTop = window.root().getTop();
        savedBottom = window.root().getBottom();
        savedPanels = new ArrayList<>(window.main().getItems());
        savedDividers = window.main().getDividerPositions();
        savedCentreDividers = window.centre().getDividerPositions();
        savedMainWidth = window.main().getWidth();
        window.root().setTop(null);
        window.main().getItems().setAll(window.centre());
        window.root().setBottom(captionBar);
        window.centre().setDividerPositions(GRAPH_SHARE);
        window.root().getStyleClass().add("presenting");
        hideControls();
        active.set(true);
        stopSettling.run();
        Stage stage = window.stage();
        if (stage != null) {
            wasFullScreen = stage.isFullScreen();
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
    }

    /**
     * Leaves presentation mode and restores the window and the teacher's view (date, focus, comparison,
     * highlights, camera) exactly as they were before F5, as one step.
     */
    public void leave() {
        if (!active.get()) return;
        active.set(false);
        window.root().getStyleClass().remove("presenting");
        showControls();
        window.main().getItems().setAll(savedPanels);
        window.root().setTop(savedTop);
        window.root().setBottom(savedBottom);
        if (notes != null) notes.hide();
        Stage stage = window.stage();
        if (stage != null && !wasFullScreen && stage.isFullScreen()) {
            // split positions are shares of the width: put them back once the window has its own size again,
            // or the fixed-width side panels drift with every presentation
            restoreSplitsWhenResized(stage);
            stage.setFullScreen(false);
        }
        restoreSplits();
        ViewState back = viewBefore;
        viewBefore = null;
        if (back != null) state.update(v -> back);
    }

    /** Hides the views' controls and gives their room to the pictures. */
    private void hideControls() {
        hiddenControls.clear();
        for (String selector : CONTROLS.split(",\\s*")) {
            for (Node n : window.centre().lookupAll(selector)) {
                if (n.isVisible()) {
                    hiddenControls.put(n, n.isManaged());
                    n.setVisible(false);
                    n.setManaged(false);
                }
            }
        }
    }

    private void showControls() {
        hiddenControls.forEach((n, managed) -> {
            n.setManaged(managed);
            n.setVisible(true);
        });
        hiddenControls.clear();
    }

    private void restoreSplits() {
        applySplits();
        // the controls come back in the same pulse and the window leaves full screen over a few more: a pass
        // at a passing width can squeeze a side panel to its minimum. For a short while, whenever the split
        // is back at its saved width with other positions, the saved ones are put back.
        javafx.application.Platform.runLater(this::applySplits);
        settleSplits();
    }

    private void settleSplits() {
        stopSettling.run();
        javafx.beans.InvalidationListener check = obs -> javafx.application.Platform.runLater(this::applyIfDrifted);
        var main = window.main();
        main.widthProperty().addListener(check);
        var firstPanel = main.getItems().isEmpty() ? null : main.getItems().get(0);
        if (firstPanel instanceof javafx.scene.layout.Region r) r.widthProperty().addListener(check);
        javafx.animation.PauseTransition settleTime = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
        stopSettling = () -> {
            settleTime.stop();
            main.widthProperty().removeListener(check);
            if (firstPanel instanceof javafx.scene.layout.Region r) r.widthProperty().removeListener(check);
            stopSettling = () -> { };
        };
        settleTime.setOnFinished(e -> stopSettling.run());
        settleTime.play();
    }

    private void applyIfDrifted() {
        if (active.get() || savedDividers == null) return;
        if (Math.abs(window.main().getWidth() - savedMainWidth) > 1) return;
        double[] now = window.main().getDividerPositions();
        boolean drifted = now.length != savedDividers.length;
        for (int i = 0; !drifted && i < now.length; i++) drifted = Math.abs(now[i] - savedDividers[i]) > 0.002;
        if (drifted) applySplits();
    }

    private void applySplits() {
        if (active.get() || savedDividers == null) return;
        window.main().setDividerPositions(savedDividers);
        window.centre().setDividerPositions(savedCentreDividers);
    }

    private void restoreSplitsWhenResized(Stage stage) {
        javafx.beans.InvalidationListener once = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable obs) {
                stage.widthProperty().removeListener(this);
                javafx.application.Platform.runLater(PresentationMode.this::restoreSplits);
            }
        };
        stage.widthProperty().addListener(once);
        javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(() -> {
            stage.widthProperty().removeListener(once);
            if (!active.get()) restoreSplits();
        }));
    }

    private NotesWindow notes() {
        if (notes == null) {
            notes = new NotesWindow(window.stage(), player, state.themeProperty().get().stylesheetUrls());
            // the clicker's keys work whichever of the two windows has the keyboard
            notes.scene().addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        }
        return notes;
    }

    /** Shows or hides the presenter notes window. */
    public void toggleNotes() {
        notes().toggle();
    }
}
