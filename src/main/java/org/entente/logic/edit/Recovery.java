package org.entente.logic.edit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.entente.logic.io.AtomicWrite;
import org.entente.logic.io.DatasetWriter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.model.Dataset;

/**
 * The recovery file of autosave: unsaved edits written to the user's data folder (never over the user's
 * own file), so that after a crash or a kill the next start can offer them back. The dataset goes to
 * {@code recovery.json} and the file it was edited from to {@code recovery.origin}, each through
 * {@link AtomicWrite}, so a kill mid-write leaves the previous recovery file whole.
 */
public final class Recovery {

    /**
     * What a start finds: the unsaved dataset, the file it came from (null for a new or the bundled one), when,
     * the errors it still had (edits in progress may have some; they are restored all the same), and what of
     * it could not be restored as written ({@link org.entente.logic.load.ToFix#notes()}).
     */
    public record Found(Dataset dataset, Path origin, Instant savedAt, int errors, List<Problem> problems, List<Problem> notes) {
        public Found {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public Found(Dataset dataset, Path origin, Instant savedAt, int errors) {
            this(dataset, origin, savedAt, errors, List.of(), List.of());
        }
    }

    private final Path folder;
    private final DatasetWriter writer = new DatasetWriter();

    /** Recovery files in {@code folder} (made when first needed). */
    public Recovery(Path folder) {
        this.folder = folder;
    }

    /** The folder of the user's data: {@code ~/.entente/recovery}. */
    public static Path userFolder() {
        return Path.of(System.getProperty("user.home"), ".entente", "recovery");
    }

    public Path datasetFile() { return folder.resolve("recovery.json"); }

    Path originFile() { return folder.resolve("recovery.origin"); }

    /** Writes {@code d}, edited from {@code origin}, as the recovery. */
    public void write(Dataset d, Path origin) throws IOException {
        Files.createDirectories(folder);
        AtomicWrite.writeString(originFile(), origin == null ? "" : origin.toAbsolutePath().toString());
        AtomicWrite.write(datasetFile(), out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
            writer.write(d, w);
            w.flush();
        });
    }

    /**
     * The recovery left by an earlier run, when the loader can build it: with errors too, since the edits in
     * progress that autosave kept may still have some and must not be lost at restore. Only a recovery file
     * that is not a dataset at all (not JSON, another shape) is not offered.
     */
    public Optional<Found> find() {
        Path file = datasetFile();
        if (!Files.isRegularFile(file)) return Optional.empty();
        LoadResult r = DatasetLoader.openingToFix().load(file);
        if (r.openable().isEmpty()) return Optional.empty();
        Path origin = null;
        try {
            String o = Files.isRegularFile(originFile()) ? Files.readString(originFile()).strip() : "";
            origin = o.isEmpty() ? null : Path.of(o);
        } catch (IOException | RuntimeException e) {
            origin = null;
        }
        Instant at;
        try {
            at = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            at = Instant.EPOCH;
        }
        List<Problem> notes = r.toFix().map(org.entente.logic.load.ToFix::notes).orElse(List.of());
        return Optional.of(new Found(r.openable().get(), origin, at, r.errors().size(), r.errors(), notes));
    }

    /** Removes the recovery (after a save, a clean close, or when the user declines it). */
    public void discard() {
        try {
            Files.deleteIfExists(datasetFile());
            Files.deleteIfExists(originFile());
        } catch (IOException e) {
            // a recovery that cannot be removed is offered again next time; nothing is lost
        }
    }
}
