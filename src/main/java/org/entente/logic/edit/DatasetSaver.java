package org.entente.logic.edit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.io.KeepPrevious;
import org.entente.model.Dataset;

/**
 * Save and Save As: the {@code entente/1} writer of {@code generate}, through {@link KeepPrevious} (the old
 * file kept as {@code NAME.json.bak}) and {@code AtomicWrite} (a failed save leaves the old file as it was
 * and says why). A dataset with errors is saved all the same, since work in progress must not be lost;
 * the result says how many errors remain.
 */
public final class DatasetSaver {

    /** What a save did: the file written and the errors still to fix. */
    public record Saved(Path file, int errors) {
        /** "Saved lesson.json" or "Saved lesson.json with 3 errors to fix". */
        public String message() {
            String name = file.getFileName().toString();
            return errors == 0 ? "Saved " + name : "Saved " + name + " with " + errors + " error" + (errors == 1 ? "" : "s") + " to fix";
        }
    }

    private final DatasetWriter writer = new DatasetWriter();
    private final ModelCheck check = new ModelCheck();

    /** Writes {@code d} to {@code file}; throws {@code WriteFailedException} (with the reason in words) when it cannot. */
    public Saved save(Dataset d, Path file) throws IOException {
        KeepPrevious.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
            writer.write(d, w);
            w.flush();
        });
        return new Saved(file, check.errorCount(d));
    }
}
