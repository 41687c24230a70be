package org.entente.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches {@code entente.jar COMMAND ARGS...} to the right {@link Command}, and prints help. */
public final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            out.print(usage());
            return Command.OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("entente: unknown command '" + args[0] + "'");
            err.print(usage());
            return Command.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(Cli::isHelp)) {
            out.print(command.help());
            return Command.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (OutOfMemoryError e) {
            // One line, no stack trace: the input is larger than this Java may hold, and the user can raise that.
            err.println(outOfMemory(command.name(), Runtime.getRuntime().maxMemory()));
            return Command.USAGE;
        }
    }

    /** The one-line message for running out of memory, with the limit and how to raise it. */
    static String outOfMemory(String command, long maxBytes) {
        return "entente " + command + ": out of memory: the input needs more than the " + maxBytes / (1024 * 1024)
                + " MB this Java may use; run it with more, e.g. java -Xmx4g -jar entente.jar " + command + " ...";
    }

    /** Whether {@code name} is a known command. */
    public boolean knows(String name) {
        return commands.containsKey(name) || isHelp(name);
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    public String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("Entente: a timeline and relationship explorer.\n\n");
        sb.append("Usage:\n");
        sb.append("  java -jar entente.jar                 open the app on the bundled dataset\n");
        sb.append("  java -jar entente.jar FILE.json       open the app on a dataset file\n");
        sb.append("  java -jar entente.jar COMMAND [ARGS]  run a command without opening a window\n\n");
        sb.append("Commands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\nRun 'java -jar entente.jar COMMAND --help' for a command's options.\n");
        return sb.toString();
    }
}
