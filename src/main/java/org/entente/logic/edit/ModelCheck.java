package org.entente.logic.edit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.entente.logic.io.DatasetWriter;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.Problem;
import org.entente.model.Dataset;

/**
 * The validator run on a dataset in memory (an edit in progress, a dataset about to be saved): the
 * dataset is written as the file Save would write and read back by the loader, so the rules and messages
 * are exactly those of File → Open and {@code validate} ("did you mean 'member-of'?"), and a problem's
 * line and path are those the saved file will have.
 */
public final class ModelCheck {

    /** The name problems carry for a dataset not yet saved. */
    public static final String UNSAVED = "(unsaved)";

    private final DatasetWriter writer = new DatasetWriter();
    private final DatasetLoader loader = new DatasetLoader();

    /** Every problem of {@code d}, as the loader would report them for the saved file called {@code name}. */
    public List<Problem> problems(Dataset d, String name) {
        StringWriter text = new StringWriter();
        try {
            writer.write(d, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loader.load(name, new StringReader(text.toString())).problems();
    }

    public List<Problem> problems(Dataset d) {
        return problems(d, UNSAVED);
    }

    /** The number of errors (not warnings) in {@code d}. */
    public int errorCount(Dataset d) {
        return (int) problems(d).stream().filter(Problem::isError).count();
    }
}
