package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/entente.jar} (run by failsafe after {@code package}) is one jar for every
 * desktop: it holds the JavaFX libraries and platform code of Linux, Windows and both kinds of Mac, each
 * platform's libraries in a folder of its own so none overwrites another, and it starts on this machine.
 */
class UniversalJarIT {

    private static final Path JAR = Path.of(System.getProperty("entente.jar", "target/entente.jar"));

    @Test
    void theJarHoldsEveryDesktopsLibrariesEachInItsOwnFolder() throws IOException {
        Map<String, List<String>> natives = new TreeMap<>();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                String n = e.getName();
                boolean library = n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib");
                assertFalse(library && !n.startsWith("natives/"), "a library at the jar's root would be taken on every platform: " + n);
                if (library) natives.computeIfAbsent(n.substring(8, n.indexOf('/', 8)), k -> new java.util.ArrayList<>()).add(n);
            }
            natives.forEach((platform, files) -> System.out.println(platform + ": " + files.size() + " libraries " + files));
            for (String lib : List.of("natives/win/glass.dll", "natives/win/prism_d3d.dll", "natives/win/prism_sw.dll",
                    "natives/win/javafx_font.dll", "natives/mac/libglass.dylib", "natives/mac/libprism_es2.dylib",
                    "natives/mac-aarch64/libglass.dylib", "natives/mac-aarch64/libprism_sw.dylib",
                    "natives/linux/libglass.so", "natives/linux/libglassgtk3.so")) {
                assertTrue(zip.getEntry(lib) != null, "missing " + lib);
            }
            assertFalse(zip.getEntry("natives/mac/libglass.dylib").getCrc() == zip.getEntry("natives/mac-aarch64/libglass.dylib").getCrc(),
                    "the Intel and Apple-silicon libraries are different files, both kept");
            for (String cls : List.of("com/sun/glass/ui/win/WinApplication.class", "com/sun/prism/d3d/D3DPipeline.class",
                    "com/sun/glass/ui/mac/MacApplication.class", "com/sun/glass/ui/gtk/GtkApplication.class",
                    "com/sun/glass/ui/monocle/MonoclePlatformFactory.class", "org/entente/Launcher.class")) {
                assertTrue(zip.getEntry(cls) != null, "missing " + cls);
            }
        }
        System.out.printf("%s: %.1f MB%n", JAR, Files.size(JAR) / 1e6);
    }

    @Test
    void theJarStartsHereCopiesOutOnlyThisMachinesLibrariesAndPaintsTheGraph(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Duser.home=" + home, "-jar", JAR.toString(), "--headless", "--first-frame-and-exit")
                .redirectErrorStream(true).start();
        boolean ended = p.waitFor(240, TimeUnit.SECONDS);
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) p.destroyForcibly();
        assertTrue(ended, "the app did not end: " + said);
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.contains("first graph frame after ms: "), said);
        try (var folders = Files.list(home.resolve(".entente/natives"))) {
            List<Path> copied = folders.filter(Files::isDirectory).toList();
            assertEquals(1, copied.size(), copied.toString());
            String platform = JavaFxNatives.platform(System.getProperty("os.name"), System.getProperty("os.arch")).orElseThrow();
            assertTrue(copied.get(0).getFileName().toString().startsWith(platform + "-"), copied.toString());
            assertTrue(Files.isRegularFile(copied.get(0).resolve(System.mapLibraryName("glass"))));
        }
    }
}
