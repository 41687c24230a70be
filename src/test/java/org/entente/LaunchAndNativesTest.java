package org.entente;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.entente.ui.startup.LaunchArgs;

/**
 * The one jar picks the right JavaFX libraries for the machine it runs on, and the launcher tells the
 * window's arguments (a dataset, the start-up flags) from the commands'.
 */
class LaunchAndNativesTest {

    @Test
    void eachDesktopPlatformGetsItsOwnFolderOfLibraries() {
        assertEquals(Optional.of("win"), JavaFxNatives.platform("Windows 11", "amd64"));
        assertEquals(Optional.of("mac"), JavaFxNatives.platform("Mac OS X", "x86_64"));
        assertEquals(Optional.of("mac-aarch64"), JavaFxNatives.platform("Mac OS X", "aarch64"));
        assertEquals(Optional.of("linux"), JavaFxNatives.platform("Linux", "amd64"));
        assertEquals(Optional.of("linux-aarch64"), JavaFxNatives.platform("Linux", "aarch64"));
        assertEquals(Optional.empty(), JavaFxNatives.platform("Windows 10", "x86"));
        assertEquals(Optional.empty(), JavaFxNatives.platform("SunOS", "sparcv9"));
    }

    @Test
    void onlyTheRunningPlatformsLibrariesAreCopiedOutOnceAndANewJarGetsAFreshCopy(@TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("entente.jar"), "intel");
        Path cache = dir.resolve("cache");
        Path folder = JavaFxNatives.extract(jar, "mac-aarch64", cache).orElseThrow();
        assertArrayEquals("arm glass".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(folder.resolve("libglass.dylib")));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("libglass.dylib", "libprism_sw.dylib"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(folder, JavaFxNatives.extract(jar, "mac-aarch64", cache).orElseThrow(), "the second start reuses the copy");

        Path intel = JavaFxNatives.extract(jar, "mac", cache).orElseThrow();
        assertArrayEquals("intel glass".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(intel.resolve("libglass.dylib")));

        Path newer = jar(dir.resolve("newer/entente.jar"), "intel 2");
        Files.setLastModifiedTime(newer, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Path updated = JavaFxNatives.extract(newer, "mac", cache).orElseThrow();
        assertNotEquals(intel, updated);
        assertArrayEquals("intel 2 glass".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(updated.resolve("libglass.dylib")));

        assertTrue(JavaFxNatives.extract(jar, "linux-aarch64", cache).isEmpty(), "a platform the jar lacks");
    }

    private static Path jar(Path file, String intel) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
            put(zip, "natives/mac/libglass.dylib", intel + " glass");
            put(zip, "natives/mac-aarch64/libglass.dylib", "arm glass");
            put(zip, "natives/mac-aarch64/libprism_sw.dylib", "arm prism");
            put(zip, "natives/win/glass.dll", "windows glass");
            put(zip, "org/entente/Launcher.class", "not a library");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void theWindowTakesADatasetAndTheStartUpFlagsAndLeavesCommandsToTheCommandLine() {
        LaunchArgs none = LaunchArgs.parse(List.of()).orElseThrow();
        assertTrue(none.file().isEmpty());
        assertFalse(none.firstFrameAndExit() || none.headless());

        LaunchArgs check = LaunchArgs.parse(List.of("--headless", "--first-frame-and-exit", "nato.entente")).orElseThrow();
        assertEquals(Optional.of(Path.of("nato.entente")), check.file());
        assertTrue(check.firstFrameAndExit() && check.headless());
        assertEquals(Optional.of(Path.of("data.JSON")), LaunchArgs.parse(List.of("data.JSON")).orElseThrow().file());

        for (List<String> command : List.of(List.of("validate", "a.json"), List.of("stats"), List.of("--help"),
                List.of("bench", "--startup"), List.of("a.json", "b.json"), List.of("notes.txt"), List.of("--frist-frame"))) {
            assertTrue(LaunchArgs.parse(command).isEmpty(), command.toString());
        }
    }
}
