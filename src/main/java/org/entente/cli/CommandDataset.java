package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.model.Dataset;

/**
 * How the picture-making commands ({@code export}, {@code animate}, the handout) get their dataset: the
 * file given or the bundled one, every error printed as {@code FILE:LINE:COLUMN: message}, and a
 * {@code --focus} actor checked against it, so that the three commands say the same thing the same way.
 */
final class CommandDataset {

    private CommandDataset() {
    }

    /** The dataset, or empty after printing why not (load errors, or an unknown focus actor). */
    static Optional<Dataset> load(DatasetLoader loader, Path file, String focus, String command, PrintStream err) {
        LoadResult result = file == null ? loader.loadBundled() : loader.load(file);
        result.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
        Optional<Dataset> dataset = result.dataset();
        if (dataset.isEmpty()) {
            err.println(command + ": cannot load " + (file == null ? "the bundled dataset" : file));
            return Optional.empty();
        }
        if (focus != null && dataset.get().actor(focus).isEmpty()) {
            err.println(command + ": unknown actor '" + focus + "' for --focus; use an actor id from the dataset, such as '"
                    + dataset.get().actors().stream().findFirst().map(a -> a.id()).orElse("japan") + "'");
            return Optional.empty();
        }
        return dataset;
    }
}
