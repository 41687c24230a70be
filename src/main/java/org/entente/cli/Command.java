package org.entente.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One headless sub-command of {@code entente.jar} (validate, stats, export, ...), for scripts, tests and
 * teachers who want a picture or a check without opening the window.
 */
public interface Command {

    /** Exit code: success. */
    int OK = 0;
    /** Exit code: the input has errors (or the check failed). */
    int FAILED = 1;
    /** Exit code: wrong arguments, or a file cannot be read. */
    int USAGE = 2;

    /** The word that selects the command, e.g. {@code validate}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full {@code --help} text: usage line, arguments, exit codes. */
    String help();

    /** Runs with the arguments after the command name; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
