package org.entente.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.ui.shell.Settings;

/** Settings in a fresh temporary folder, so a test starts from the defaults and never touches a user's settings. */
public final class TestSettings {

    private TestSettings() {
    }

    public static Settings fresh() {
        try {
            Path folder = Files.createTempDirectory("entente-settings");
            folder.toFile().deleteOnExit();
            folder.resolve(Settings.FILE_NAME).toFile().deleteOnExit();
            return new Settings(folder.resolve(Settings.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
