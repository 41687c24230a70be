package org.entente;

import java.util.List;

import javafx.application.Application;

import org.entente.cli.Cli;
import org.entente.cli.Command;
import org.entente.cli.StatsCommand;
import org.entente.cli.ValidateCommand;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.shell.EntenteApp;

/**
 * The program's entry point. Not an {@code Application} subclass, so the fat jar starts on a plain
 * classpath. With no arguments, or a dataset file, it opens the window; with a command it runs headless.
 */
public final class Launcher {

    private Launcher() {
    }

    /** The headless commands, in help order. */
    static List<Command> commands() {
        DatasetLoader loader = new DatasetLoader();
        return List.of(
                new ValidateCommand(loader),
                new StatsCommand(loader),
                new org.entente.cli.PathCommand(loader, java.time.Clock.systemDefaultZone()),
                new org.entente.cli.GenerateCommand(),
                new org.entente.cli.BenchCommand(new org.entente.ui.graph.GraphFrameProbe(), new org.entente.ui.timeline.TimelineFrameProbe()),
                new org.entente.cli.ExportCommand(loader, org.entente.ui.export.Sources.headless(), java.time.Clock.systemDefaultZone()),
                new org.entente.cli.AnimateCommand(loader, org.entente.ui.export.Sources.headless()));
    }

    public static void main(String[] args) {
        Cli cli = new Cli(commands());
        if (args.length == 0 || (args.length == 1 && !cli.knows(args[0]) && args[0].endsWith(".json"))) {
            Application.launch(EntenteApp.class, args);
            return;
        }
        System.exit(cli.run(args, System.out, System.err));
    }
}
