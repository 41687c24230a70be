package org.entente.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.entente.logic.io.AtomicWrite;
import org.entente.ui.theme.Theme;

/**
 * What the app remembers between runs (the theme, the last opened folder), kept in a small text file in
 * the user's configuration folder ({@code ~/.config/entente/settings.properties} on Linux, {@code %APPDATA%\Entente}
 * on Windows, {@code ~/Library/Application Support/Entente} on macOS; the {@code entente.config.dir} system
 * property moves it, so tests never touch a user's settings). Every change is written at once through
 * {@link AtomicWrite}, so a full disk or a crash never leaves a damaged file; when the file cannot be
 * written the user is told once ("settings cannot be stored") and the values still hold for this run.
 * Settings that earlier versions kept in Java's preferences are taken over the first time.
 */
public final class Settings {

    /** The file's name inside the configuration folder. */
    public static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();
    private Consumer<String> onFailure = message -> { };
    private boolean failureReported;

    /** Settings kept in {@code file} (read now when it exists). */
    public Settings(Path file) {
        this(file, null);
    }

    /**
     * Settings kept in {@code file}; when the file does not exist yet, the values of {@code legacy} (the
     * Java-preferences node of earlier versions, may be null) are taken over and written to it.
     */
    public Settings(Path file, Preferences legacy) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            read();
        } else if (legacy != null && migrate(legacy)) {
            try {
                store();
            } catch (IOException e) {
                // told on the first change, when the user is there to read it
            }
        }
    }

    /** The user's settings, in their configuration folder, taking over those of earlier versions once. */
    public static Settings forUser() {
        String node = System.getProperty("entente.prefs.node", "org/entente");
        Preferences legacy = null;
        try {
            if (Preferences.userRoot().nodeExists(node)) legacy = Preferences.userRoot().node(node);
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            legacy = null;
        }
        return new Settings(configFolder().resolve(FILE_NAME), legacy);
    }

    /** Where this system keeps a user's program settings, with an {@code Entente} folder inside. */
    static Path configFolder() {
        String override = System.getProperty("entente.config.dir");
        if (override != null && !override.isBlank()) return Path.of(override);
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Entente");
        }
        if (os.startsWith("mac")) return Path.of(home, "Library", "Application Support", "Entente");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("entente");
    }

    /** Who tells the user, once, that settings cannot be stored (the status bar). */
    public void onFailure(Consumer<String> tell) {
        this.onFailure = tell;
    }

    public Theme theme() {
        try {
            return Theme.parse(values.getOrDefault("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        put("theme", theme.name());
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** Sets (or, for null, removes) a value and writes the file at once. */
    public void put(String key, String value) {
        if (value == null) values.remove(key); else values.put(key, value);
        try {
            store();
        } catch (IOException e) {
            if (!failureReported) {
                failureReported = true;
                onFailure.accept("Settings cannot be stored (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()) + "); the theme and folders you choose now are not remembered next time");
            }
        }
    }

    private void read() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return; // an unreadable file: the defaults, and the next change writes a good one
        }
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
    }

    private boolean migrate(Preferences legacy) {
        try {
            for (String key : legacy.keys()) {
                String v = legacy.get(key, null);
                if (v != null) values.put(key, v);
            }
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            return false;
        }
        return !values.isEmpty();
    }

    private void store() throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            if (Files.exists(folder)) throw new IOException(folder + " is a file, not a folder");
            try {
                Files.createDirectories(folder);
            } catch (java.nio.file.FileSystemException e) {
                throw new IOException("cannot make the folder " + folder + ": " + (e.getReason() != null ? e.getReason()
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName()), e);
            }
        }
        Properties p = new Properties();
        p.putAll(values);
        StringWriter out = new StringWriter();
        p.store(out, "Entente settings");
        AtomicWrite.writeString(file, out.toString());
    }
}
