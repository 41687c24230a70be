package org.entente;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.entente.logic.io.AtomicWrite;

/**
 * Lets one jar run on Linux, Windows and macOS (Intel and ARM). The jar carries the native libraries of
 * each JavaFX graphics build under {@code natives/<platform>/} (they cannot share the jar's root: both Mac
 * builds name their library {@code libglass.dylib}); before JavaFX starts, this copies the running
 * platform's folder to a cache in the user's home, once per jar, and puts it first on
 * {@code java.library.path}, where JavaFX's loader looks when a library is not at the root. When the
 * JavaFX libraries are at the root already (the development class path, the installed app) it does nothing.
 */
final class JavaFxNatives {

    private JavaFxNatives() {
    }

    /**
     * The folder name under {@code natives/} for an operating system and architecture as Java reports them
     * ({@code os.name}, {@code os.arch}); empty for a system JavaFX does not support.
     */
    static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.equals("aarch64") || osArch.equals("arm64");
        boolean x64 = osArch.equals("amd64") || osArch.equals("x86_64");
        if (os.startsWith("windows") && x64) return Optional.of("win");
        if (os.startsWith("mac")) return arm ? Optional.of("mac-aarch64") : x64 ? Optional.of("mac") : Optional.empty();
        if (os.startsWith("linux")) return arm ? Optional.of("linux-aarch64") : x64 ? Optional.of("linux") : Optional.empty();
        return Optional.empty();
    }

    /** Prepares the libraries for this machine; problems are told on standard error and JavaFX reports the rest. */
    static void prepare() {
        if (JavaFxNatives.class.getResource("/" + System.mapLibraryName("glass")) != null) return;
        Optional<Path> jar = runningJar();
        if (jar.isEmpty() || onLibraryPath(jar.get())) return;
        String os = System.getProperty("os.name"), arch = System.getProperty("os.arch");
        Optional<String> platform = platform(os, arch);
        try {
            Optional<Path> folder = platform.isEmpty() ? Optional.empty()
                    : extract(jar.get(), platform.get(), Path.of(System.getProperty("user.home"), ".entente", "natives"));
            if (folder.isEmpty()) {
                System.err.println("entente: this jar has no JavaFX libraries for " + os + " on " + arch
                        + "; it runs on Linux (x64), Windows (x64) and macOS (Intel and Apple silicon)");
                return;
            }
            String path = System.getProperty("java.library.path", "");
            System.setProperty("java.library.path", folder.get() + (path.isEmpty() ? "" : File.pathSeparator + path));
        } catch (IOException e) {
            System.err.println("entente: could not copy the JavaFX libraries out of " + jar.get() + ": " + e.getMessage());
        }
    }

    /**
     * Copies {@code natives/<platform>/} out of {@code jar} into a folder of {@code cacheRoot} named after the
     * platform and the libraries' checksums (so a newer jar never uses an older copy), skipping files that
     * are there already; empty when the jar has no such folder.
     */
    static Optional<Path> extract(Path jar, String platform, Path cacheRoot) throws IOException {
        String prefix = "natives/" + platform + "/";
        // a start-up fast path: the folder this very jar (same size and time) filled last time
        String stamp = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        Path marker = cacheRoot.resolve(platform + "-" + stamp + ".folder");
        if (Files.isRegularFile(marker)) {
            Path known = cacheRoot.resolve(Files.readString(marker).trim());
            if (Files.isDirectory(known)) return Optional.of(known);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> libs = new ArrayList<>();
            CRC32 id = new CRC32();
            zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)
                    && e.getName().indexOf('/', prefix.length()) < 0).forEach(e -> {
                        libs.add(e);
                        id.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        id.update(Long.toHexString(e.getCrc()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    });
            if (libs.isEmpty()) return Optional.empty();
            Path folder = cacheRoot.resolve(platform + "-" + Long.toHexString(id.getValue()));
            Files.createDirectories(folder);
            for (ZipEntry e : libs) {
                Path file = folder.resolve(e.getName().substring(prefix.length()));
                if (Files.isRegularFile(file) && Files.size(file) == e.getSize()) continue;
                AtomicWrite.write(file, out -> {
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(out);
                    }
                });
            }
            AtomicWrite.writeString(marker, folder.getFileName().toString());
            return Optional.of(folder);
        }
    }

    /** The installed app keeps the libraries next to the jar, on {@code java.library.path}: nothing to copy. */
    private static boolean onLibraryPath(Path jar) {
        String glass = System.mapLibraryName("glass");
        if (jar.getParent() != null && Files.isRegularFile(jar.getParent().resolve(glass))) return true;
        for (String dir : System.getProperty("java.library.path", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isRegularFile(Path.of(dir, glass))) return true;
        }
        return false;
    }

    private static Optional<Path> runningJar() {
        try {
            CodeSource source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
