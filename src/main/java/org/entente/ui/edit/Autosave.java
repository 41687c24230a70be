package org.entente.ui.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import org.entente.logic.edit.Recovery;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;
import org.entente.ui.task.BackgroundExecutor;

/**
 * Autosave: while there are unsaved edits, the dataset is written to the {@link Recovery} file a few
 * seconds after the last change (at most {@link #DELAY_SECONDS}), in the background; a save or discarding
 * the edits removes it. The writing itself never touches the user's file.
 */
public final class Autosave {

    /** How long after the last change the recovery is written: well within the 30 seconds promised. */
    public static final double DELAY_SECONDS = 5;

    private final EditSession session;
    private final Recovery recovery;
    private final BackgroundExecutor executor;
    private final PauseTransition timer = new PauseTransition(Duration.seconds(DELAY_SECONDS));
    private Consumer<String> failed = m -> { };
    /** Only a recovery this run wrote is removed when the edits are saved; one left by a crash waits to be offered. */
    private boolean wrote;

    public Autosave(EditSession session, Recovery recovery, BackgroundExecutor executor) {
        this.session = session;
        this.recovery = recovery;
        this.executor = executor;
        timer.setOnFinished(e -> writeNow());
        AppState state = session.state();
        state.datasetProperty().addListener(obs -> changed());
        session.dirtyProperty().addListener(obs -> changed());
    }

    /** Where a failed autosave is told (the status line); it is tried again at the next change. */
    public void onFailure(Consumer<String> tell) { this.failed = tell; }

    private void changed() {
        if (session.isDirty()) {
            timer.playFromStart();
        } else {
            timer.stop();
            if (wrote) recovery.discard();
            wrote = false;
        }
    }

    /** Writes the recovery now (the timer's job; tests call it). */
    public void writeNow() {
        if (!session.isDirty()) return;
        Dataset d = session.state().getDataset();
        Path origin = session.file().orElse(null);
        wrote = true;
        executor.submit("Autosaving", p -> {
            recovery.write(d, origin);
            return null;
        }, r -> { }, t -> failed.accept("Autosave failed: " + (t instanceof IOException ? t.getMessage() : t)));
    }

    /** The recovery to offer at start, if an earlier run left one. */
    public java.util.Optional<Recovery.Found> leftOver() {
        return recovery.find();
    }

    /**
     * Offers the recovery an earlier run left, once the first dataset is open: Restore opens it as unsaved
     * edits of its file; declining removes it. {@code ask} shows the question and says whether to restore.
     */
    public void offerAtStart(java.util.function.Predicate<Recovery.Found> ask) {
        offerAtStart(ask, f -> { });
    }

    /**
     * As {@link #offerAtStart(java.util.function.Predicate)}, telling {@code restored} what was restored
     * (a recovery may hold edits that still had errors: they are restored all the same, to be fixed).
     */
    public void offerAtStart(java.util.function.Predicate<Recovery.Found> ask, Consumer<Recovery.Found> restored) {
        var found = leftOver();
        if (found.isEmpty()) return;
        javafx.beans.InvalidationListener[] once = new javafx.beans.InvalidationListener[1];
        once[0] = obs -> {
            session.state().datasetProperty().removeListener(once[0]);
            javafx.application.Platform.runLater(() -> {
                if (ask.test(found.get())) {
                    session.restore(found.get().dataset(), found.get().origin());
                    // the recovery now holds this run's unsaved edits: a save removes it, as if this run wrote it
                    wrote = true;
                    restored.accept(found.get());
                } else {
                    recovery.discard();
                }
            });
        };
        session.state().datasetProperty().addListener(once[0]);
        // the opening file is read in the background and may already be in: ask now rather than never
        if (!org.entente.model.Dataset.empty().sameContent(session.state().datasetProperty().get())) once[0].invalidated(null);
    }

    /** Drops the recovery (the user declined it). */
    public void discard() {
        recovery.discard();
    }
}
