package org.entente.logic.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.entente.logic.load.Quoted;

/**
 * The one way Entente writes a file, so that no save or export can destroy the good file it replaces:
 * the bytes go to a temporary file in the target's folder, are forced to disk, and only then is the
 * temporary file moved over the target (atomically where the file system can). On any failure the old
 * file is left exactly as it was, the temporary file is removed, and the exception says why in words
 * ("the disk is full", "the folder is read-only", "is a folder, not a file").
 *
 * <p>A target that exists but is not a regular file (a folder, a device, a pipe) is refused before
 * anything is written. A symbolic link is followed: the file it points to is replaced, the link stays.
 * A replaced file keeps its permissions; a new one gets the permissions the user's umask gives.
 * On the rare file system that cannot rename over a file atomically, the move falls back to a plain
 * replace (the new bytes are already on disk, so only a crash in that instant could lose the old file).
 */
public final class AtomicWrite {

    /** Longest part of the target's name kept in the temporary file's name (names are limited to 255 bytes). */
    private static final int NAME_IN_TEMP = 80;

    /** What writes the content; it must not close {@code out}'s underlying file itself (closing is fine). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    /** Writes {@code text} as UTF-8; text that cannot be encoded (a lone surrogate) fails before the target is touched. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = encode(text, target);
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code body} produces to {@code target}, replacing it only once everything is on disk. */
    public static void write(Path target, Body body) throws IOException {
        Path file = resolveTarget(target);
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WriteFailedException(target, "its folder " + folder + " does not exist");
        }
        Path tmp = createTemp(folder, file);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.writeTo(new NonClosingStream(out));
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, tmp);
            move(tmp, file);
            moved = true;
            forceFolder(folder);
        } catch (WriteFailedException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw failure(file, e.getCause());
        } catch (IOException e) {
            throw failure(file, e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the target; nothing more can be done
                }
            }
        }
    }

    /**
     * Fails, with the reason in words, when {@code target} surely cannot be written (it is a folder, a device,
     * read-only, or its folder does not exist), so a long export can refuse before it starts drawing.
     */
    public static void checkTarget(Path target) throws WriteFailedException {
        try {
            Path file = resolveTarget(target);
            Path folder = file.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new WriteFailedException(target, "its folder " + folder + " does not exist");
            }
        } catch (WriteFailedException e) {
            throw e;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** The file to replace: the target itself, or what a symbolic link points to; refused if it is not a regular file. */
    static Path resolveTarget(Path target) throws IOException {
        if (target.getFileName() == null) throw new WriteFailedException(target, "it names no file");
        Path file = target;
        for (int hops = 0; Files.isSymbolicLink(file); hops++) {
            if (hops > 40) throw new WriteFailedException(target, "its symbolic links go round in a circle");
            Path link = Files.readSymbolicLink(file);
            Path parent = file.toAbsolutePath().getParent();
            file = parent == null ? link : parent.resolve(link);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new WriteFailedException(target, "it is a folder, not a file; name a file inside it");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new WriteFailedException(target, "it is not a regular file (a device, pipe or socket)");
            }
            if (!Files.isWritable(file)) throw new WriteFailedException(target, "the file is read-only");
        }
        return file;
    }

    /** A new, empty, hidden file beside {@code file}, created with the default permissions (the umask applies). */
    private static Path createTemp(Path folder, Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.length() > NAME_IN_TEMP) name = name.substring(0, NAME_IN_TEMP);
        for (int attempt = 0; ; attempt++) {
            Path tmp = folder.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw failure(file, e);
            } catch (IOException e) {
                throw failure(file, e);
            }
        }
    }

    /** A replaced file keeps who may read and write it (best effort: only where the file system has POSIX permissions). */
    private static void keepPermissions(Path file, Path tmp) {
        try {
            PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            PosixFileAttributeView now = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
            if (old != null && now != null && Files.exists(file)) {
                now.setPermissions(old.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // the default permissions are fine
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on file systems without rename-over; the data is on disk already.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder this way; the file itself is on disk
        }
    }

    private static byte[] encode(String text, Path target) throws WriteFailedException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new WriteFailedException(target, "the text holds a character that cannot be written as UTF-8"
                    + " (a lone surrogate) at character " + (Quoted.firstLoneSurrogate(text) + 1) + "; the previous file is unchanged");
        }
    }

    /** Turns an I/O failure into a message a user can act on. */
    static WriteFailedException failure(Path file, IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String why;
        if (reason.contains("no space left") || reason.contains("disk full") || reason.contains("not enough space")
                || reason.contains("quota exceeded")) {
            why = "the disk is full";
        } else if (reason.contains("read-only file system")) {
            why = "the disk or folder is read-only";
        } else if (e instanceof AccessDeniedException || reason.contains("permission denied")) {
            why = "permission denied: the folder is not writable";
        } else if (e instanceof NoSuchFileException) {
            why = "its folder does not exist";
        } else if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
            why = "the write was cancelled";
        } else if (reason.contains("file name too long")) {
            why = "the file name is too long";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else if (reason.contains("input length")) {
            why = "the text holds a character that cannot be written as UTF-8 (a lone surrogate)";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        WriteFailedException failed = new WriteFailedException(file, why + "; the previous file is unchanged");
        failed.initCause(e);
        return failed;
    }

    /** Keeps a body's {@code close()} from closing the channel before it is forced to disk. */
    private static final class NonClosingStream extends OutputStream {
        private final OutputStream out;

        NonClosingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
