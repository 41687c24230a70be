package org.entente.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.entente.logic.load.DatasetLoader;

/** Runs a command in-process the way the jar would, capturing what it prints and its exit code. */
record CommandRun(int exit, String out, String err) {

    static final String DIR = "src/test/resources/loader/";

    static CommandRun run(String... args) {
        DatasetLoader loader = new DatasetLoader();
        Cli cli = new Cli(List.of(new ValidateCommand(loader), new StatsCommand(loader)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = cli.run(args, o, e);
        }
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
