package org.entente.ui.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.entente.model.Dataset;

/**
 * The words around an exported picture: a title, the as-of line, and a one-line credit naming the dataset
 * and its sources, so a slide or handout says where its facts come from.
 */
public record PictureText(String title, String subtitle, String credit) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Texts for {@code view} of {@code dataset} as of {@code asOf}, with an optional focus actor's name. */
    public static PictureText of(Dataset dataset, ExportView view, LocalDate asOf, String focusName) {
        String title = dataset.title() == null || dataset.title().isBlank() ? "Entente" : dataset.title();
        String what = switch (view) {
            case GRAPH -> "Who is tied to whom";
            case TIMELINE -> "Timeline";
            case BOTH -> "Ties and timeline";
        };
        String subtitle = what + " as of " + (asOf == null ? "today" : DAY.format(asOf))
                + (focusName == null ? "" : " — around " + focusName);
        int n = dataset.sources().size();
        String credit = "Data: " + title + " (" + n + (n == 1 ? " source" : " sources") + "). Made with Entente.";
        return new PictureText(title, subtitle, credit);
    }
}
