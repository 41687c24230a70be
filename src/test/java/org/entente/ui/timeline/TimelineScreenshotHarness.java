package org.entente.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.entente.logic.timeline.LaneMode;
import org.entente.logic.timeline.TimeSpan;
import org.entente.ui.app.AppComposer;
import org.entente.ui.shell.Settings;
import org.entente.ui.task.FxBackgroundExecutor;
import org.entente.ui.theme.Theme;

/**
 * Not a test: opens the real app window on the bundled dataset with the timeline set to an exact stretch of
 * time, theme and lane mode, so a screenshot of it can be taken under Xvfb. Arguments: FROM TO THEME MODE
 * [ACTORS,...] [AS-OF].
 */
public final class TimelineScreenshotHarness {

    /** The application (a nested class, so the harness starts on a plain classpath). */
    public static final class Shot extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Settings settings = org.entente.testing.TestSettings.fresh();
        AppComposer.App app = new AppComposer(settings, Clock.systemDefaultZone(), new FxBackgroundExecutor()).build();
        app.state().themeProperty().set(Theme.parse(args.get(2)));
        app.window().show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1920);
        stage.setHeight(1080);
        app.shell().openBundled();
        app.state().datasetProperty().addListener((obs, o, n) -> Platform.runLater(() -> {
            TimelineView view = (TimelineView) stage.getScene().lookup("#timeline-view");
            TimelineViewModel vm = view.viewModel();
            vm.laneModeProperty().set(LaneMode.valueOf(args.get(3)));
            if (args.size() > 4 && !args.get(4).equals("-")) vm.laneActors().setAll(args.get(4).split(","));
            if (args.size() > 5) app.state().asOfProperty().set(LocalDate.parse(args.get(5)));
            vm.spanProperty().set(TimeSpan.of(LocalDate.parse(args.get(0)), LocalDate.parse(args.get(1))));
            app.window().centre().setDividerPositions(0.45);
        }));
    }

    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }
}
