package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.prefs.Preferences;

import org.entente.ui.shell.Settings;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The theme is remembered between runs (a new Settings on the same preferences node reads it back), and
 * every theme ships a complete stylesheet and a colour-blind-safe palette for the painters.
 */
class ThemeMemoryTest {

    private final Preferences node = Preferences.userRoot().node("entente-test/theme-memory-" + ProcessHandle.current().pid());

    @AfterEach
    void cleanUp() throws Exception {
        node.removeNode();
    }

    @Test
    void theChosenThemeComesBackInTheNextRun() {
        assertEquals(Theme.LIGHT, new Settings(node).theme());
        new Settings(node).setTheme(Theme.PROJECTOR);
        assertEquals(Theme.PROJECTOR, new Settings(node).theme());
        new Settings(node).setTheme(Theme.DARK);
        assertEquals(Theme.DARK, new Settings(node).theme());
        node.put("theme", "neon");
        assertEquals(Theme.LIGHT, new Settings(node).theme(), "an unknown stored theme falls back to light");
    }

    @Test
    void everyThemeDefinesEveryLookedUpColourAndTheProjectorIsLargerAndThicker() throws Exception {
        for (Theme t : Theme.values()) {
            assertNotNull(Theme.class.getResource(t.stylesheet()));
            String css = new String(Theme.class.getResourceAsStream(t.stylesheet()).readAllBytes());
            for (String colour : new String[] {"-entente-base", "-entente-background", "-entente-panel", "-entente-border",
                    "-entente-text", "-entente-muted-text", "-entente-accent"}) {
                assertEquals(true, css.contains(colour + ":"), t + " defines " + colour);
            }
        }
        assertEquals(true, Theme.PROJECTOR.palette().fontScale() > 1.2);
        assertEquals(true, Theme.PROJECTOR.palette().lineScale() >= 2);
    }
}
