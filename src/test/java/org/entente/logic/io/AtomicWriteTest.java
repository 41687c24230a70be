package org.entente.logic.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a write can fail leaves the previous file exactly as it was and says why in words. */
class AtomicWriteTest {

    private static final String GOOD = "{\"the\": \"good file\"}\n";

    @TempDir
    Path dir;

    private Path goodFile(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, GOOD);
        return f;
    }

    private List<Path> leftovers(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path f = goodFile("a.json");
        AtomicWrite.writeString(f, "new ✓ 日本 😀");
        assertEquals("new ✓ 日本 😀", Files.readString(f));
        assertTrue(leftovers(dir).isEmpty());
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileAndSaysTheDiskIsFull() throws Exception {
        Path f = goodFile("a.json");
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicWrite.write(f, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        assertTrue(e.getMessage().contains("previous file is unchanged"), e.getMessage());
        assertEquals(GOOD, Files.readString(f));
        assertTrue(leftovers(dir).isEmpty(), "the temporary file is removed");
    }

    @Test
    void aRealFullDiskLeavesTheOldFile() throws Exception {
        Path mount = smallTmpfs("size=64k");
        try {
            Path f = mount.resolve("data.json");
            Files.writeString(f, GOOD);
            byte[] big = new byte[256 * 1024];
            WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicWrite.write(f, out -> out.write(big)));
            assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
            assertEquals(GOOD, Files.readString(f));
            assertTrue(leftovers(mount).isEmpty());
        } finally {
            unmount(mount);
        }
    }

    @Test
    void aReadOnlyFolderIsReportedAndTheOldFileKept() throws Exception {
        Path folder;
        boolean mounted = false;
        if (isRoot()) {
            folder = smallTmpfs("size=64k");
            mounted = true;
            Files.writeString(folder.resolve("data.json"), GOOD);
            run("mount", "-o", "remount,ro", folder.toString());
        } else {
            folder = Files.createDirectory(dir.resolve("ro"));
            Files.writeString(folder.resolve("data.json"), GOOD);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Path f = folder.resolve("data.json");
            WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicWrite.writeString(f, "new"));
            assertTrue(e.getMessage().contains("read-only") || e.getMessage().contains("permission denied"), e.getMessage());
            assertEquals(GOOD, Files.readString(f));
        } finally {
            if (mounted) unmount(folder);
            else Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("picture.png"));
        Files.writeString(folder.resolve("inside.txt"), GOOD);
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicWrite.writeString(folder, "x"));
        assertTrue(e.getMessage().contains("is a folder, not a file"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(GOOD, Files.readString(folder.resolve("inside.txt")));
    }

    @Test
    void aDeviceIsRefusedAndStaysADevice() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this system");
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicWrite.writeString(full, "x"));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertFalse(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(full));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsFileIsReplaced() throws Exception {
        Path real = goodFile("real.json");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        AtomicWrite.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aDanglingLinkCreatesTheFileItPointsTo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("later.json"));
        AtomicWrite.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(dir.resolve("later.json")));
    }

    @Test
    void aLinkToADeviceIsRefused() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
        Path link = Files.createSymbolicLink(dir.resolve("out.png"), Path.of("/dev/full"));
        assertThrows(WriteFailedException.class, () -> AtomicWrite.writeString(link, "x"));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aLoneSurrogateFailsBeforeTheFileIsTouched() throws Exception {
        Path f = goodFile("a.json");
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicWrite.writeString(f, "ok \ud800 bad"));
        assertTrue(e.getMessage().contains("lone surrogate"), e.getMessage());
        assertTrue(e.getMessage().contains("character 4"), e.getMessage());
        assertEquals(GOOD, Files.readString(f));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path f = dir.resolve("no/such/folder/a.json");
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicWrite.writeString(f, "x"));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path f = goodFile("a.json");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicWrite.writeString(f, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aNewFileIsReadableByOthersAsTheUmaskSays() throws Exception {
        Path f = dir.resolve("new.json");
        AtomicWrite.writeString(f, "new");
        Path plain = Files.writeString(dir.resolve("plain.json"), "new");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
    }

    @Test
    void aProcessKilledMidWriteLeavesTheOldFileIntact() throws Exception {
        Path f = goodFile("kill.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AtomicWriteChild.class.getName(), f.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            assertEquals("WRITING", line, "the child should be writing");
            assertFalse(leftovers(dir).isEmpty(), "half a megabyte sits in the temporary file");
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(GOOD, Files.readString(f), "kill -9 during the write leaves the old file whole");
    }

    // ------------------------------------------------------------------ a small tmpfs, for root only

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private Path smallTmpfs(String options) throws Exception {
        Assumptions.assumeTrue(isRoot() && System.getProperty("os.name").startsWith("Linux"),
                "mounting a small tmpfs to fill needs root on Linux; the failing-body test covers the rest");
        Path mount = Files.createDirectory(dir.resolve("tmpfs"));
        int exit = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString());
        Assumptions.assumeTrue(exit == 0, "mount -t tmpfs is not allowed here (exit " + exit + ")");
        return mount;
    }

    private static void unmount(Path mount) throws Exception {
        run("umount", mount.toString());
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
