package org.entente.ui.app;

import org.entente.ui.shell.Settings;

import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.entente.ui.startup.FirstFrameExit;
import org.entente.ui.startup.LaunchArgs;
import org.entente.ui.task.FxBackgroundExecutor;

/**
 * The JavaFX application: assembles the app through {@link AppComposer} and opens the bundled dataset,
 * or the file named on the command line.
 */
public final class EntenteApp extends Application {

    @Override
    public void start(Stage stage) {
        LaunchArgs launch = LaunchArgs.parse(getParameters().getRaw()).orElseThrow();
        AppComposer.App app = new AppComposer(Settings.forUser(), Clock.systemDefaultZone(), new FxBackgroundExecutor()).build();
        app.window().show(stage);
        if (launch.firstFrameAndExit()) {
            new FirstFrameExit(System.out, code -> {
                Platform.exit();
                System.exit(code);
            }, FirstFrameExit.processStart()).watch(stage.getScene(), app.shell().failedLoadProperty(),
                    r -> r.problems().isEmpty() ? r.file() : r.problems().get(0).format());
        }
        app.editing().offerRecovery(app.window()::stage);
        launch.file().ifPresentOrElse(app.shell()::open, app.shell()::openBundled);
    }
}
