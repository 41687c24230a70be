package org.entente.ui.shell;

import org.entente.ui.state.AppState;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.entente.logic.load.LoadResult;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.controls.LazyTooltip;

/**
 * The bar along the bottom of the window: the dataset's title, what is shown out of what is loaded, how
 * many errors remain in a dataset opened to fix (a link that lists them), a
 * link to the last load's warnings when there are any, a notice that belongs to no dialog (settings that
 * cannot be stored), and what is running in the background with its
 * progress. Everything is bound, so it is always current.
 */
public final class StatusBar extends HBox {

    public StatusBar(AppState state, ShellViewModel shell, BackgroundExecutor executor, Consumer<LoadResult> showWarnings,
                     Runnable showErrors) {
        getStyleClass().add("status-bar");
        setId("status-bar");

        Label title = new Label();
        title.getStyleClass().add("status-title");
        title.setId("status-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> state.getDataset().title(), state.datasetProperty()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.setMaxWidth(520);

        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(shell.statusProperty());
        counts.setMinWidth(120);

        Hyperlink warnings = new Hyperlink();
        warnings.setId("status-warnings");
        warnings.getStyleClass().add("status-warnings");
        warnings.textProperty().bind(Bindings.createStringBinding(() -> {
            LoadResult r = shell.lastLoadProperty().get();
            int n = r == null ? 0 : r.warnings().size();
            return n == 1 ? "1 warning" : n + " warnings";
        }, shell.lastLoadProperty()));
        warnings.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            LoadResult r = shell.lastLoadProperty().get();
            return r != null && !r.warnings().isEmpty();
        }, shell.lastLoadProperty()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        LazyTooltip.set(warnings, "The dataset loaded, but some things in it look wrong: click to see them");
        warnings.setOnAction(e -> {
            warnings.setVisited(false);
            showWarnings.accept(shell.lastLoadProperty().get());
        });

        // A dataset opened to fix: how many errors remain, a click lists them
        RemainingErrors remaining = shell.remainingErrors();
        Hyperlink errors = new Hyperlink();
        errors.setId("status-errors");
        errors.getStyleClass().add("status-errors");
        errors.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = remaining.errorCount();
            return n == 0 ? "No errors remain" : n == 1 ? "1 error remains" : n + " errors remain";
        }, remaining.problemsProperty()));
        errors.visibleProperty().bind(remaining.fixingProperty());
        errors.managedProperty().bind(errors.visibleProperty());
        errors.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.set(errors, "This dataset was opened with errors to fix: click to list those that remain");
        errors.setOnAction(e -> {
            errors.setVisited(false);
            showErrors.run();
        });

        // The notice's headline stays whole (its reason is in the tooltip) even at 1024 pixels wide.
        Label notice = new Label();
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(Bindings.createStringBinding(() -> headline(shell.noticeProperty().get()), shell.noticeProperty()));
        notice.visibleProperty().bind(shell.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip noticeTip = new Tooltip();
        noticeTip.textProperty().bind(shell.noticeProperty());
        noticeTip.setWrapText(true);
        noticeTip.setMaxWidth(480);
        notice.setTooltip(noticeTip);

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);

        Label activity = new Label();
        activity.setId("status-activity");
        activity.textProperty().bind(executor.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(executor.progressProperty());
        progress.visibleProperty().bind(executor.busyProperty().or(shell.loadingProperty()));
        progress.managedProperty().bind(progress.visibleProperty());

        getChildren().addAll(title, counts, errors, warnings, notice, spring, activity, progress);
    }

    /** "Settings cannot be stored" of "Settings cannot be stored (the disk is full); ...": what happened, without why. */
    static String headline(String notice) {
        int cut = notice.indexOf(" (");
        return cut > 0 ? notice.substring(0, cut) + " …" : notice;
    }
}
