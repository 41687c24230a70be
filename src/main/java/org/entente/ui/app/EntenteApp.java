package org.entente.ui.app;

import org.entente.ui.shell.Settings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javafx.application.Application;
import javafx.stage.Stage;

import org.entente.ui.task.FxBackgroundExecutor;

/**
 * The JavaFX application: assembles the app through {@link AppComposer} and opens the bundled dataset,
 * or the file named on the command line.
 */
public final class EntenteApp extends Application {

    @Override
    public void start(Stage stage) {
        AppComposer.App app = new AppComposer(Settings.forUser(), Clock.systemDefaultZone(), new FxBackgroundExecutor()).build();
        app.window().show(stage);
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            app.shell().openBundled();
        } else {
            app.shell().open(Path.of(args.get(0)));
        }
    }
}
