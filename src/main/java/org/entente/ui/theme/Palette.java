package org.entente.ui.theme;

import java.util.Map;

import javafx.scene.paint.Color;

import org.entente.model.RelationFamily;

/**
 * The colours and scales the canvas painters use. Canvas drawing cannot read CSS, so each theme carries
 * its palette here; the region colours come from the Okabe–Ito set, which stays distinguishable for
 * the common kinds of colour blindness.
 *
 * @param fontScale multiplies every font size (projector theme: larger type)
 * @param lineScale multiplies every line width (projector theme: thicker lines)
 */
public record Palette(Color background, Color panel, Color text, Color mutedText, Color grid, Color edge,
                      Color accent, Color selection, Color added, Color removed, Color nodeOutline,
                      Map<String, Color> regions, Map<RelationFamily, Color> families,
                      double fontScale, double lineScale) {

    /** Okabe–Ito colours. */
    public static final Color ORANGE = Color.web("#E69F00");
    public static final Color SKY_BLUE = Color.web("#56B4E9");
    public static final Color BLUISH_GREEN = Color.web("#009E73");
    public static final Color YELLOW = Color.web("#F0E442");
    public static final Color BLUE = Color.web("#0072B2");
    public static final Color VERMILLION = Color.web("#D55E00");
    public static final Color REDDISH_PURPLE = Color.web("#CC79A7");
    public static final Color GREY = Color.web("#999999");

    /** Region colours shared by all themes, so that a region keeps its colour when the theme changes. */
    public static final Map<String, Color> REGION_COLORS = Map.of(
            "europe", BLUE,
            "indo-pacific", VERMILLION,
            "north-america", BLUISH_GREEN,
            "eurasia", REDDISH_PURPLE,
            "transatlantic", SKY_BLUE,
            "middle-east", ORANGE,
            "global", YELLOW,
            "other", GREY);

    /** The colour of a region; grey for unknown or missing regions. */
    public Color regionColor(String region) {
        return region == null ? regions.get("other") : regions.getOrDefault(region, regions.get("other"));
    }

    /** The colour of a relation family. */
    public Color familyColor(RelationFamily family) {
        return families.getOrDefault(family, edge);
    }
}
