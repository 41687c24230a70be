package org.entente.logic.io.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One file to import, read once into memory (bounded) so that detection can look at its content and the
 * chosen importer can parse it without touching the disk again.
 *
 * @param name  the file name as the user gave it, used in every message
 * @param bytes the whole content
 */
public record ImportInput(String name, byte[] bytes) {

    /** Larger files are refused before reading: no teacher's spreadsheet is this big. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    /** A file that cannot be imported at all (missing, a folder, too large, unreadable). */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableException(String message) {
            super(message);
        }
    }

    /** Reads a file, or says in words why it cannot be read. */
    public static ImportInput read(Path file) throws UnreadableException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new UnreadableException("file not found: " + name);
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableException(name + " is a folder, not a file: name the files inside it");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableException(name + " is too large to import (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB): split it into smaller files");
            }
            return new ImportInput(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableException("file not found: " + name);
        } catch (AccessDeniedException e) {
            throw new UnreadableException("cannot read " + name + ": permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new UnreadableException("cannot read " + name + ": " + e.getMessage());
        }
    }

    /** The file name without folders, lower-case, for extension checks. */
    public String lowerName() {
        String n = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        return n.toLowerCase(Locale.ROOT);
    }

    /** The base name without folders and extension, for titles and sheet names. */
    public String baseName() {
        String n = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The first {@code n} characters as text (UTF-8, BOM removed), for detection. */
    public String head(int n) {
        int len = Math.min(bytes.length, n * 4);
        String s = new String(bytes, 0, len, StandardCharsets.UTF_8);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.length() > n ? s.substring(0, n) : s;
    }

    /** The whole content as text: UTF-8 (BOM removed), or Windows-1252 when it is not valid UTF-8. */
    public String text() {
        return Texts.decode(bytes);
    }

    /** Whether the content starts like a ZIP file (XLSX, ODS). */
    public boolean isZip() {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
