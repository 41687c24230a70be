package org.entente;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.entente.cli.Cli;
import org.entente.cli.Command;

/** The jar's command list offers validate and stats, and its help shows them. */
class LauncherCommandsTest {

    @Test
    void validateAndStatsAreRegisteredAndListedInTheHelp() {
        List<String> names = Launcher.commands().stream().map(Command::name).toList();
        assertTrue(names.containsAll(List.of("validate", "stats")), names.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cli(Launcher.commands()).run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("  validate   check dataset files"), help);
        assertTrue(help.contains("  stats      count actors"), help);
    }
}
