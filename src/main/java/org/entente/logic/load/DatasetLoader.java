package org.entente.logic.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.entente.logic.load.Dto.DatasetDto;
import org.entente.model.Dataset;

/**
 * Reads an {@code entente/1} JSON dataset into the model, and checks it. It never throws for a user's
 * mistake: every problem comes back in the {@link LoadResult} with its file, line, column and JSON path,
 * all of them in one run, and a dataset only when there are no errors (warnings are allowed).
 * <p>
 * The stages stream, so the file is never held whole: bytes to checked text ({@link TextStream}), text
 * to positioned DTOs with type and required-field checks ({@link DtoReader}), meaning rules
 * ({@link DatasetValidator}), DTOs to the immutable model ({@link DatasetMapper}).
 */
public class DatasetLoader {

    /** Classpath location of the bundled dataset. */
    public static final String BUNDLED_RESOURCE = "/org/entente/seeds/entente.json";

    /** The name problems of the bundled dataset carry: where its source lives in the project. */
    public static final String BUNDLED_NAME = "seeds/entente.json";

    /** Larger files are refused before reading: a dataset for a class is a few megabytes. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    /** The most heap a dataset needs per byte of file to be read, checked and held (measured; see the README). */
    public static final int BYTES_OF_MEMORY_PER_BYTE = 8;

    private final boolean toFix;

    /** The strict loader: a dataset only when the file has no errors ({@code validate}, the CLI, exports). */
    public DatasetLoader() {
        this(false);
    }

    private DatasetLoader(boolean toFix) {
        this.toFix = toFix;
    }

    /**
     * A loader for the app's Open and recovery: a file with errors that is still JSON of the right shape
     * also comes back as a dataset to fix ({@link LoadResult#toFix()}), since a dataset saved with errors
     * (work in progress) must open again. Its checks and problems are those of the strict loader.
     */
    public static DatasetLoader openingToFix() {
        return new DatasetLoader(true);
    }

    /** Loads a file from disk; a missing, unreadable or special file is a problem, not an exception. */
    public LoadResult load(Path file) {
        String name = file.toString();
        Optional<String> unreadable = whyUnreadable(file);
        if (unreadable.isPresent()) {
            return LoadResult.unreadable(name, unreadable.get());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return fromBytes(name, in, Files.size(file));
        } catch (NoSuchFileException e) {
            return LoadResult.unreadable(name, "file not found: " + name);
        } catch (AccessDeniedException e) {
            return LoadResult.unreadable(name, "cannot read " + name + ": permission denied");
        } catch (IOException e) {
            return LoadResult.unreadable(name, "cannot read " + name + ": " + e.getMessage());
        }
    }

    /**
     * Why a file cannot be loaded at all (not there, a directory, not readable, too large), or empty when
     * it can be tried. Shared with the command line, which exits with a different code for these cases.
     */
    public static Optional<String> whyUnreadable(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            return Optional.of("file not found: " + name
                    + (parent != null && !Files.isDirectory(parent) ? " (the folder " + parent + " does not exist)" : ""));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(name + " is a folder, not a dataset file: name a .json file inside it");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(name + " is not a regular file");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot read " + name + ": permission denied");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Optional.of(name + " is too large to be a dataset (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MB)");
            }
        } catch (IOException e) {
            return Optional.of("cannot read " + name + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Loads the dataset bundled with the application. */
    public LoadResult loadBundled() {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return LoadResult.unreadable(BUNDLED_NAME, "the bundled dataset is missing from the application");
            }
            return fromBytes(BUNDLED_NAME, in, -1);
        } catch (IOException e) {
            return LoadResult.unreadable(BUNDLED_NAME, "cannot read the bundled dataset: " + e.getMessage());
        }
    }

    /** Loads from a reader (already decoded text); {@code name} is used in problem messages. */
    public LoadResult load(String name, Reader reader) {
        return parse(name, TextStream.ofChars(reader), -1);
    }

    /** UTF-8 bytes, read as a stream; UTF-16 (recognised by its byte order mark) is refused with a hint. */
    private LoadResult fromBytes(String name, InputStream raw, long size) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        byte[] start = in.readNBytes(2);
        if (start.length == 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF) || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
            ProblemSink sink = new ProblemSink(name);
            sink.error(1, 1, "", "the file is UTF-16 text; save it as UTF-8");
            return new LoadResult(name, Optional.empty(), sink.sorted());
        }
        in.unread(start);
        return parse(name, TextStream.ofBytes(in), size);
    }

    /**
     * Text to DTOs to checks to the model. A file larger than this Java's memory allows is one problem
     * saying so, with the limit and how to raise it; any other throwable is a bug of ours, still reported
     * as a message rather than a stack trace.
     */
    private LoadResult parse(String name, TextStream text, long size) {
        ProblemSink sink = new ProblemSink(name);
        Dataset dataset = null;
        ToFix fix = null;
        try {
            DatasetDto dto = DtoReader.read(text, sink);
            if (dto != null) {
                DatasetValidator.validate(dto, sink);
                if (!sink.hasErrors()) {
                    dataset = DatasetMapper.map(dto);
                } else if (toFix) {
                    fix = lenient(dto, name);
                }
            }
        } catch (OutOfMemoryError e) {
            return LoadResult.unreadable(name, outOfMemory(name, size, Runtime.getRuntime().maxMemory()));
        } catch (TextStream.CannotRead e) {
            return LoadResult.unreadable(name, "cannot read " + name + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours, not the user's mistake: still a message, never a stack trace.
            sink.error(0, 0, "", "internal error while reading the file (" + e + "); please report it with the file");
            dataset = null;
            fix = null;
        }
        return new LoadResult(name, Optional.ofNullable(dataset), sink.sorted(), true, Optional.ofNullable(fix));
    }

    /** The dataset to fix, or null if building it fails (a bug of ours: the file's problems are still listed). */
    private static ToFix lenient(DatasetDto dto, String name) {
        try {
            return LenientMapper.map(dto, name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The one line for a file that needs more memory than this Java may use: the limit and how to raise it,
     * to {@link #BYTES_OF_MEMORY_PER_BYTE} bytes per byte of the file when its size is known (else double).
     */
    static String outOfMemory(String name, long fileSize, long maxMemory) {
        long mb = maxMemory / (1024 * 1024);
        long wanted = fileSize > 0 ? fileSize * BYTES_OF_MEMORY_PER_BYTE + (64L << 20) : 2 * maxMemory;
        long gb = Math.max(1, (wanted + (1L << 30) - 1) >> 30);
        return "cannot read " + name + ": out of memory: it needs more than the " + mb + " MB this Java may use"
                + " (up to " + BYTES_OF_MEMORY_PER_BYTE + " bytes per byte of file); raise it with -Xmx, e.g. java -Xmx"
                + gb + "g -jar entente.jar";
    }
}
