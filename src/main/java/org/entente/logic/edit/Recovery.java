package org.entente.logic.edit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.entente.logic.io.AtomicWrite;
import org.entente.logic.io.DatasetWriter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.model.Dataset;

/**
 * The recovery file of autosave: unsaved edits written to the user's data folder (never over the user's
 * own file), so that after a crash or a kill the next start can offer them back. The dataset goes to
 * {@code recovery.json} and the file it was edited from to {@code recovery.origin}, each through
 * {@link AtomicWrite}, so a kill mid-write leaves the previous recovery file whole.
 */
public final class Recovery {

    /** What a start finds: the unsaved dataset, the file it came from (null for a new or the bundled one), when. */
    public record Found(Dataset dataset, Path origin, Instant savedAt, int errors) {
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
     * The recovery left by an earlier run, when there is one the loader accepts. (A recovery of a dataset
     * that still had errors is not offered: the loader opens only datasets without errors.)
     */
    public Optional<Found> find() {
        Path file = datasetFile();
        if (!Files.isRegularFile(file)) return Optional.empty();
        LoadResult r = new DatasetLoader().load(file);
        if (r.dataset().isEmpty()) return Optional.empty();
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
        return Optional.of(new Found(r.dataset().get(), origin, at, r.errors().size()));
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
