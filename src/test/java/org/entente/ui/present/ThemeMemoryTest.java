package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.ui.shell.Settings;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme is remembered between runs (a new Settings on the same settings file reads it back), and
 * every theme ships a complete stylesheet and a colour-blind-safe palette for the painters.
 */
class ThemeMemoryTest {

    @TempDir
    Path dir;

    @Test
    void theChosenThemeComesBackInTheNextRun() throws Exception {
        Path file = dir.resolve("entente").resolve(Settings.FILE_NAME);
        assertEquals(Theme.LIGHT, new Settings(file).theme());
        new Settings(file).setTheme(Theme.PROJECTOR);
        assertEquals(Theme.PROJECTOR, new Settings(file).theme());
        new Settings(file).setTheme(Theme.DARK);
        assertEquals(Theme.DARK, new Settings(file).theme());
        Files.writeString(file, "theme=neon\n");
        assertEquals(Theme.LIGHT, new Settings(file).theme(), "an unknown stored theme falls back to light");
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
