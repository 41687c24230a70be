package org.entente.ui.shell;

import java.util.prefs.Preferences;

import org.entente.ui.theme.Theme;

/**
 * What the app remembers between runs (the theme, the last opened file). Backed by Java preferences
 * under a node named by the {@code entente.prefs.node} system property, so tests never touch a user's settings.
 */
public final class Settings {

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's settings node (or the test node when {@code entente.prefs.node} is set). */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node(System.getProperty("entente.prefs.node", "org/entente")));
    }

    public Theme theme() {
        try {
            return Theme.parse(prefs.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        prefs.put("theme", theme.name());
    }

    public String get(String key, String fallback) {
        return prefs.get(key, fallback);
    }

    public void put(String key, String value) {
        if (value == null) prefs.remove(key); else prefs.put(key, value);
    }
}
