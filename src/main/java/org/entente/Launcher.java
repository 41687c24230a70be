package org.entente;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;

import org.entente.cli.Cli;
import org.entente.cli.Command;
import org.entente.cli.StatsCommand;
import org.entente.cli.ValidateCommand;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.render.HeadlessFx;
import org.entente.ui.app.EntenteApp;
import org.entente.ui.startup.LaunchArgs;
import org.entente.ui.task.StartupTrace;

/**
 * The program's entry point. Not an {@code Application} subclass, so the fat jar starts on a plain
 * classpath. With no arguments, or a dataset file (and the start-up flags {@code --headless},
 * {@code --first-frame-and-exit}), it opens the window; with a command it runs headless.
 */
public final class Launcher {

    private Launcher() {
    }

    /** The headless commands, in help order. */
    static List<Command> commands() {
        DatasetLoader loader = new DatasetLoader();
        org.entente.ui.headless.HeadlessPictures ui = new org.entente.ui.headless.HeadlessUi();
        return List.of(
                new ValidateCommand(loader),
                new StatsCommand(loader),
                new org.entente.cli.PathCommand(loader, java.time.Clock.systemDefaultZone()),
                new org.entente.cli.GenerateCommand(),
                new org.entente.cli.ImportCommand(org.entente.logic.io.importer.Importers.standard()),
                new org.entente.cli.ConvertCommand(loader, org.entente.logic.io.importer.Importers.standard()),
                new org.entente.cli.BenchCommand(ui),
                new org.entente.cli.ExportCommand(loader, ui, java.time.Clock.systemDefaultZone()),
                new org.entente.cli.AnimateCommand(loader, ui));
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        JavaFxNatives.prepare();
        StartupTrace.mark("JavaFX libraries ready");
        // the window's arguments are told apart without building the commands: nothing slows the window down
        Optional<LaunchArgs> window = LaunchArgs.parse(Arrays.asList(args));
        if (window.isPresent()) {
            if (window.get().headless()) HeadlessFx.choosePlatform();
            Application.launch(EntenteApp.class, args);
            return;
        }
        Cli cli = new Cli(commands());
        System.exit(cli.run(args, System.out, System.err));
    }
}
