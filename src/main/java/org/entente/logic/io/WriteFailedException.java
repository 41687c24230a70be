package org.entente.logic.io;

import java.io.IOException;
import java.nio.file.Path;

import org.entente.logic.load.Quoted;

/**
 * A write that did not happen, with the reason in words: the message names the file and says why
 * ("Could not write 'a.png': the disk is full; the previous file is unchanged"), ready for a dialog,
 * the status bar or the command line.
 */
public final class WriteFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public WriteFailedException(Path file, String reason) {
        super("Could not write " + Quoted.of(String.valueOf(file), 200) + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }

    /** Why it was not written, without the file name. */
    public String reason() {
        return reason;
    }
}
