package org.entente.ui.shell;

import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.entente.ui.theme.Theme;

/**
 * What the app remembers between runs (the theme, the last opened file). Backed by Java preferences
 * under a node named by the {@code entente.prefs.node} system property, so tests never touch a user's settings.
 * Java stores preferences itself (to a temporary file renamed over the old one, like {@code AtomicWrite}),
 * so a failed store never damages them; each change is flushed at once, and when that fails the user is
 * told once ("settings cannot be stored") instead of a warning in a log nobody reads.
 */
public final class Settings {

    private final Preferences prefs;
    private Consumer<String> onFailure = message -> { };
    private boolean failureReported;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's settings node (or the test node when {@code entente.prefs.node} is set). */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node(System.getProperty("entente.prefs.node", "org/entente")));
    }

    /** Who tells the user, once, that settings cannot be stored (the window's notices). */
    public void onFailure(Consumer<String> tell) {
        this.onFailure = tell;
    }

    public Theme theme() {
        try {
            return Theme.parse(prefs.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        put("theme", theme.name());
    }

    public String get(String key, String fallback) {
        try {
            return prefs.get(key, fallback);
        } catch (IllegalStateException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        try {
            if (value == null) prefs.remove(key); else prefs.put(key, value);
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            if (!failureReported) {
                failureReported = true;
                onFailure.accept("Settings cannot be stored (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()) + "); the theme and folders you choose now are not remembered next time");
            }
        }
    }
}
