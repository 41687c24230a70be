package org.entente.ui.app;

import org.entente.ui.shell.Settings;

import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.entente.ui.startup.FirstFrameExit;
import org.entente.ui.startup.LaunchArgs;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.FxBackgroundExecutor;
import org.entente.ui.task.StartupTrace;

/**
 * The JavaFX application: assembles the app through {@link AppComposer} and opens the bundled dataset,
 * or the file named on the command line.
 */
public final class EntenteApp extends Application {

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        LaunchArgs launch = LaunchArgs.parse(getParameters().getRaw()).orElseThrow();
        AppComposer.App app = open(stage, launch, new FxBackgroundExecutor());
        if (launch.firstFrameAndExit()) {
            new FirstFrameExit(System.out, code -> {
                Platform.exit();
                System.exit(code);
            }, FirstFrameExit.processStart()).watch(stage.getScene(), app.shell().failedLoadProperty(),
                    r -> r.problems().isEmpty() ? r.file() : r.problems().get(0).format());
        }
        if (!launch.firstFrameAndExit()) app.editing().offerRecovery(app.window()::stage);
    }

    /**
     * What a start does before the start-up flags are looked at: the user's settings, the app built through
     * {@link AppComposer} opening the named file, the window shown. The kill test's driver starts the app
     * through here too, so that it runs what users run.
     */
    static AppComposer.App open(Stage stage, LaunchArgs launch, BackgroundExecutor executor) {
        AppComposer.App app = new AppComposer(Settings.forUser(), Clock.systemDefaultZone(), executor)
                .buildOpening(launch.file());
        StartupTrace.mark("views built");
        app.window().show(stage);
        StartupTrace.mark(() -> "window shown, " + nodes(stage.getScene().getRoot()) + " nodes");
        return app;
    }

    private static int nodes(javafx.scene.Parent p) {
        int n = 1;
        for (javafx.scene.Node c : p.getChildrenUnmodifiable()) n += c instanceof javafx.scene.Parent q ? nodes(q) : 1;
        return n;
    }
}
