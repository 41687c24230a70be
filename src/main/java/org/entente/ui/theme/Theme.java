package org.entente.ui.theme;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.paint.Color;

import org.entente.model.RelationFamily;

/**
 * The three looks of the app: light for desks, dark for dim rooms, projector for classrooms (high
 * contrast, large type, thick lines). Each has one stylesheet for the controls and one {@link Palette}
 * for the canvas painters, so that switching theme restyles everything at once; the scene also loads the
 * views' stylesheets through here.
 */
public enum Theme {
    LIGHT("Light", "/org/entente/ui/theme/light.css", palette(false, false)),
    DARK("Dark", "/org/entente/ui/theme/dark.css", palette(true, false)),
    PROJECTOR("Projector", "/org/entente/ui/theme/projector.css", palette(false, true));

    /** Common control styles, loaded before the theme's own sheet. */
    public static final String BASE_CSS = "/org/entente/ui/theme/base.css";

    private final String label;
    private final String stylesheet;
    private final Palette palette;

    Theme(String label, String stylesheet, Palette palette) {
        this.label = label;
        this.stylesheet = stylesheet;
        this.palette = palette;
    }

    public String label() { return label; }

    /** Classpath location of the theme's stylesheet. */
    public String stylesheet() { return stylesheet; }

    /**
     * The views' own stylesheets (their rules are scoped by the views' style classes). They are loaded by the
     * scene, after the theme's sheet, rather than each by its view: JavaFX matches a node's styles once per
     * set of stylesheets above it, so one set for the whole window lets every label, button and scroll bar
     * share the work; with a sheet per view, each view's nodes were matched afresh against every rule.
     */
    static final java.util.List<String> VIEW_CSS = java.util.List.of(
            "/org/entente/ui/graph/graph.css",
            "/org/entente/ui/timeline/timeline.css",
            "/org/entente/ui/details/details.css",
            "/org/entente/ui/filter/filter.css",
            "/org/entente/ui/analysis/analysis.css",
            "/org/entente/ui/search/search.css");

    /**
     * External form of the base, theme and view stylesheets, in that order (a later sheet wins a tie), ready
     * for {@code Scene.getStylesheets()}.
     */
    public java.util.List<String> stylesheetUrls() {
        java.util.List<String> urls = new java.util.ArrayList<>();
        urls.add(Theme.class.getResource(BASE_CSS).toExternalForm());
        urls.add(Theme.class.getResource(stylesheet).toExternalForm());
        for (String css : VIEW_CSS) urls.add(Theme.class.getResource(css).toExternalForm());
        return java.util.List.copyOf(urls);
    }

    public Palette palette() { return palette; }

    /** Parses "light", "dark" or "projector", ignoring case. */
    public static Theme parse(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }

    private static Palette palette(boolean dark, boolean projector) {
        Map<RelationFamily, Color> families = new EnumMap<>(RelationFamily.class);
        families.put(RelationFamily.MEMBERSHIP, dark ? Color.web("#9DB4C8") : Color.web("#44546A"));
        families.put(RelationFamily.PARTNERSHIP, Palette.BLUISH_GREEN);
        families.put(RelationFamily.PARTICIPATION, Palette.SKY_BLUE.darker());
        families.put(RelationFamily.SUPPORT, Palette.ORANGE);
        families.put(RelationFamily.OPPOSITION, Palette.VERMILLION);
        families.put(RelationFamily.LEADERSHIP, Palette.REDDISH_PURPLE);
        families.put(RelationFamily.LOCATION, Palette.GREY);
        families.put(RelationFamily.OTHER, Palette.GREY);
        if (dark) {
            return new Palette(Color.web("#1E2127"), Color.web("#282C34"), Color.web("#E6E6E6"), Color.web("#A0A7B4"),
                    Color.web("#3A3F4B"), Color.web("#8A93A3"), Color.web("#61AFEF"), Color.web("#FFD166"),
                    Palette.BLUISH_GREEN, Palette.VERMILLION, Color.web("#E6E6E6"),
                    Palette.REGION_COLORS, families, 1.0, 1.0);
        }
        if (projector) {
            return new Palette(Color.WHITE, Color.web("#F2F2F2"), Color.BLACK, Color.web("#333333"),
                    Color.web("#BBBBBB"), Color.web("#333333"), Color.web("#0072B2"), Color.web("#000000"),
                    Palette.BLUISH_GREEN, Palette.VERMILLION, Color.BLACK,
                    Palette.REGION_COLORS, families, 1.45, 2.0);
        }
        return new Palette(Color.web("#FAFAFA"), Color.WHITE, Color.web("#1F2328"), Color.web("#5A6270"),
                Color.web("#E1E4E8"), Color.web("#8C959F"), Color.web("#0969DA"), Color.web("#1F2328"),
                Palette.BLUISH_GREEN, Palette.VERMILLION, Color.web("#1F2328"),
                Palette.REGION_COLORS, families, 1.0, 1.0);
    }
}
