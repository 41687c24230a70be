package org.entente.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ImmediateExecutor;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings live in a small file written like every other file (temporary file, forced, moved over), so a
 * failed store never damages them; one that cannot be stored is told once, in the status bar, and the
 * values still hold for this run. Settings of earlier versions (Java preferences) are taken over once.
 */
class SettingsStoreTest {

    private static final String GOOD = "#Entente settings\ntheme=DARK\n";

    @TempDir
    Path dir;

    @Test
    void aReadOnlyFolderIsToldOnceTheOldFileIsKeptAndTheValueStillHoldsForThisRun() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path file = folder.resolve(Settings.FILE_NAME);
        Files.writeString(file, GOOD);
        boolean mounted = readOnly(folder);
        try {
            Settings settings = new Settings(file);
            assertEquals(Theme.DARK, settings.theme());
            List<String> told = new ArrayList<>();
            settings.onFailure(told::add);
            settings.setTheme(Theme.PROJECTOR);
            settings.put("lastDirectory", "/tmp");
            settings.setTheme(Theme.LIGHT);
            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).startsWith("Settings cannot be stored (") && (told.get(0).contains("read-only")
                    || told.get(0).contains("permission denied")), told.get(0));
            assertEquals(Theme.LIGHT, settings.theme(), "the choice holds for this run");
            assertEquals(GOOD, Files.readString(file), "the stored settings are untouched");
        } finally {
            if (mounted) run("umount", folder.toString());
            else Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailureIsShownOnceInTheStatusBarsNotice() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("config"), "a file where the settings folder should be");
        Settings settings = new Settings(notAFolder.resolve(Settings.FILE_NAME));
        ShellViewModel shell = new ShellViewModel(new AppState(new GraphFilter(), Clock.systemUTC()), new DatasetLoader(),
                new ImmediateExecutor());
        List<String> shown = new ArrayList<>();
        shell.noticeProperty().addListener((obs, old, now) -> shown.add(now));
        settings.onFailure(shell::notice);
        settings.setTheme(Theme.DARK);
        settings.setTheme(Theme.PROJECTOR);
        settings.put("lastDirectory", "/tmp");
        assertEquals(1, shown.size(), shown.toString());
        assertEquals("Settings cannot be stored (" + notAFolder + " is a file, not a folder); the theme and folders you"
                + " choose now are not remembered next time", shell.noticeProperty().get());
    }

    @Test
    void theSettingsAreAFileWrittenWholeAndThoseOfEarlierVersionsAreTakenOverOnce() throws Exception {
        Preferences legacy = Preferences.userRoot().node("entente-test/settings-migration-" + ProcessHandle.current().pid());
        try {
            legacy.put("theme", Theme.PROJECTOR.name());
            legacy.put("lastDirectory", "/home/teacher/lessons");
            Path file = dir.resolve("entente").resolve(Settings.FILE_NAME);
            Settings first = new Settings(file, legacy);
            assertEquals(Theme.PROJECTOR, first.theme());
            assertEquals("/home/teacher/lessons", first.get("lastDirectory", null));
            assertTrue(Files.readString(file).contains("theme=PROJECTOR"), Files.readString(file));

            legacy.put("theme", Theme.DARK.name());
            first.setTheme(Theme.LIGHT);
            assertEquals(Theme.LIGHT, new Settings(file, legacy).theme(), "once the file exists the old preferences are not read");
            try (var left = Files.list(file.getParent())) {
                assertEquals(List.of(file), left.toList(), "no temporary file is left beside the settings");
            }
        } finally {
            legacy.removeNode();
        }
    }

    /** Makes {@code folder} read-only: a read-only tmpfs for root (who may write anywhere else), permissions otherwise. */
    private static boolean readOnly(Path folder) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            return false;
        }
        Path content = Files.createTempDirectory("settings-copy");
        Files.copy(folder.resolve(Settings.FILE_NAME), content.resolve(Settings.FILE_NAME));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.toString()) == 0,
                "mount -t tmpfs is not allowed here");
        Files.copy(content.resolve(Settings.FILE_NAME), folder.resolve(Settings.FILE_NAME));
        run("mount", "-o", "remount,ro", folder.toString());
        return true;
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
