package org.entente.logic.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file that is meant to be small (a tour, a saved view) without trusting it: only a regular file
 * (never a pipe that blocks forever, a device such as /dev/zero that never ends, or a folder), at most
 * {@code limit} bytes (a sparse 300 MB file is refused by its size before a byte is read, and a file that
 * grows while read is cut at the limit and refused), and only UTF-8 text.
 */
final class SmallTextFile {

    /** The most a tour or a saved view may hold; a tour of fifty steps is about 40 kB. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    /** Why a file was not read, in words. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private SmallTextFile() {
    }

    /** The file's text, or {@link Refused} saying why it cannot be one; {@code kind} names it ("a tour"). */
    static String read(Path file, int limit, String kind) throws Refused {
        if (Files.isDirectory(file)) throw new Refused("it is a folder, not " + kind + " file");
        if (!Files.exists(file)) throw new Refused("file not found");
        if (!Files.isRegularFile(file)) {
            throw new Refused("it is not a regular file (a device, pipe or socket), so it cannot be " + kind);
        }
        try {
            long size = Files.size(file);
            if (size > limit) throw new Refused(tooLarge(size, limit, kind));
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(limit + 1);
            }
            if (bytes.length > limit) throw new Refused(tooLarge(bytes.length, limit, kind));
            return decode(bytes);
        } catch (NoSuchFileException e) {
            throw new Refused("file not found");
        } catch (AccessDeniedException e) {
            throw new Refused("permission denied");
        } catch (IOException e) {
            throw new Refused("cannot read it: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** All of {@code reader}'s text, but no more than {@code limit} characters. */
    static String read(Reader reader, int limit, String kind) throws Refused {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                sb.append(buffer, 0, n);
                if (sb.length() > limit) throw new Refused(tooLarge(sb.length(), limit, kind));
            }
        } catch (IOException e) {
            throw new Refused("cannot read it: " + e.getMessage());
        }
        return strip(sb.toString());
    }

    private static String decode(byte[] bytes) throws Refused {
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return strip(text.toString());
        } catch (MalformedInputException e) {
            throw new Refused("it is not UTF-8 text (a binary file, or text saved in another encoding)");
        } catch (CharacterCodingException e) {
            throw new Refused("it is not UTF-8 text");
        }
    }

    /** Drops the byte order mark some Windows editors write. */
    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String tooLarge(long size, int limit, String kind) {
        return "it is too large to be " + kind + " (" + (size >= limit ? "more than " : "") + limit / (1024 * 1024)
                + " MB; " + kind + " is a few kilobytes)";
    }
}
