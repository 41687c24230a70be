package org.entente.logic.load;

import java.io.IOException;
import java.io.InputStream;
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
 * The stages are: bytes to text ({@link SourceText}), text to a positioned tree ({@link JsonTreeReader}),
 * tree to DTOs with type and required-field checks ({@link DtoReader}), meaning rules
 * ({@link DatasetValidator}), DTOs to the immutable model ({@link DatasetMapper}).
 */
public class DatasetLoader {

    /** Classpath location of the bundled dataset. */
    public static final String BUNDLED_RESOURCE = "/org/entente/seeds/entente.json";

    /** The name problems of the bundled dataset carry: where its source lives in the project. */
    public static final String BUNDLED_NAME = "seeds/entente.json";

    /** Larger files are refused before reading: a dataset for a class is a few megabytes. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    /** Loads a file from disk; a missing, unreadable or special file is a problem, not an exception. */
    public LoadResult load(Path file) {
        String name = file.toString();
        Optional<String> unreadable = whyUnreadable(file);
        if (unreadable.isPresent()) {
            return LoadResult.unreadable(name, unreadable.get());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return LoadResult.unreadable(name, "file not found: " + name);
        } catch (AccessDeniedException e) {
            return LoadResult.unreadable(name, "cannot read " + name + ": permission denied");
        } catch (IOException e) {
            return LoadResult.unreadable(name, "cannot read " + name + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return LoadResult.unreadable(name, "cannot read " + name + ": out of memory: it needs more than the "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB this Java may use (raise it with -Xmx, e.g. -Xmx4g)");
        }
        return fromBytes(name, bytes);
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
            return fromBytes(BUNDLED_NAME, in.readAllBytes());
        } catch (IOException e) {
            return LoadResult.unreadable(BUNDLED_NAME, "cannot read the bundled dataset: " + e.getMessage());
        }
    }

    /** Loads from a reader (already decoded text); {@code name} is used in problem messages. */
    public LoadResult load(String name, Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                sb.append(buffer, 0, n);
            }
        } catch (IOException e) {
            return LoadResult.unreadable(name, "cannot read " + name + ": " + e.getMessage());
        }
        ProblemSink sink = new ProblemSink(name);
        return parse(name, SourceText.check(sb.toString(), sink), sink);
    }

    private LoadResult fromBytes(String name, byte[] bytes) {
        ProblemSink sink = new ProblemSink(name);
        return parse(name, SourceText.decode(bytes, sink), sink);
    }

    private LoadResult parse(String name, String text, ProblemSink sink) {
        Dataset dataset = null;
        try {
            JsonNode root = text == null ? null : JsonTreeReader.read(text, sink);
            DatasetDto dto = root == null ? null : DtoReader.read(root, sink);
            if (dto != null) {
                DatasetValidator.validate(dto, sink);
                if (!sink.hasErrors()) {
                    dataset = DatasetMapper.map(dto);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours, not the user's mistake: still a message, never a stack trace.
            sink.error(0, 0, "", "internal error while reading the file (" + e + "); please report it with the file");
            dataset = null;
        }
        return new LoadResult(name, Optional.ofNullable(dataset), sink.sorted());
    }
}
