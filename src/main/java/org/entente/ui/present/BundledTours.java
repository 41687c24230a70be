package org.entente.ui.present;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.entente.logic.io.ReadResult;
import org.entente.logic.io.TourJson;
import org.entente.logic.tour.Tour;

/** The lesson tours shipped in the jar (seeds/tours/), listed here because a jar folder cannot be listed. */
public final class BundledTours {

    /** File names under {@link TourJson#BUNDLED_FOLDER}, the default tour first. */
    public static final List<String> FILES = List.of("japan-nato-ukraine.json");

    private BundledTours() {
    }

    public static ReadResult<Tour> read(String file) {
        var in = BundledTours.class.getResourceAsStream(TourJson.BUNDLED_FOLDER + file);
        if (in == null) throw new IllegalStateException("missing bundled tour " + file);
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return TourJson.read(file, r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the Present menu calls a bundled tour: its title, or its file name when it has none. */
    public static String menuName(String file) {
        String title = read(file).value().map(Tour::title).orElse("");
        return title.isBlank() ? file.replace(".json", "").replace('-', ' ') : title;
    }

    /** The default lesson tour, or null when it cannot be read. */
    public static Tour defaultTour() {
        return read(FILES.get(0)).value().orElse(null);
    }
}
