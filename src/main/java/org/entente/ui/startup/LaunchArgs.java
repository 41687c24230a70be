package org.entente.ui.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the window was started with: an optional dataset file and the two start-up flags. The flags exist
 * so an installer check and {@code bench --startup} can run the real app, exactly as a user starts it, and
 * learn when the graph first appeared: {@code --first-frame-and-exit} quits (exit code 0) once the first
 * frame showing the graph is painted, and {@code --headless} runs without a window system (Monocle,
 * software rendering).
 */
public record LaunchArgs(Optional<Path> file, boolean firstFrameAndExit, boolean headless) {

    public static final String FIRST_FRAME_AND_EXIT = "--first-frame-and-exit";
    public static final String HEADLESS = "--headless";

    /**
     * Reads the window's arguments; returns empty when they are not for the window (a command, an unknown
     * flag, or more than one file), so the caller hands them to the command line instead.
     */
    public static Optional<LaunchArgs> parse(List<String> args) {
        boolean exit = false;
        boolean headless = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals(FIRST_FRAME_AND_EXIT)) exit = true;
            else if (a.equals(HEADLESS)) headless = true;
            else if (a.startsWith("-")) return Optional.empty();
            else files.add(a);
        }
        if (files.size() > 1 || (files.size() == 1 && !isDatasetName(files.get(0)))) return Optional.empty();
        return Optional.of(new LaunchArgs(files.stream().findFirst().map(Path::of), exit, headless));
    }

    /** Dataset files end in {@code .json}, or {@code .entente}: the extension the installers associate with the app. */
    static boolean isDatasetName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".entente");
    }
}
