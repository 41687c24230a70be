package org.entente.logic.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saving over a file the user made keeps the version before as {@code NAME.json.bak} beside it, so one
 * wrong save is never the end of a lesson's data. Both writes go through {@link AtomicWrite}: the backup
 * is complete before the file is replaced, and a failure of either leaves the old file as it was.
 */
public final class KeepPrevious {

    private KeepPrevious() {
    }

    /** The backup of {@code file}: the same name with {@code .bak} added, in the same folder. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Copies the current {@code target} (when it is a regular file) to its backup, then writes {@code body}
     * over {@code target}.
     */
    public static void write(Path target, AtomicWrite.Body body) throws IOException {
        if (Files.isRegularFile(target)) {
            AtomicWrite.write(backupOf(target), out -> Files.copy(target, out));
        }
        AtomicWrite.write(target, body);
    }
}
