package org.entente.ui.graph;

import java.util.List;

import javafx.scene.paint.Color;

import org.entente.ui.theme.Palette;

/** The fill of a node: its region's colour, or its community's when "colour by community" is on. */
final class NodeColours {

    /** Okabe–Ito colours, in an order that keeps neighbouring community numbers apart. */
    static final List<Color> COMMUNITY = List.of(Palette.BLUE, Palette.ORANGE, Palette.BLUISH_GREEN,
            Palette.REDDISH_PURPLE, Palette.SKY_BLUE, Palette.VERMILLION, Palette.YELLOW, Palette.GREY);

    private NodeColours() {
    }

    static Color fill(GraphSnapshot g, int i, Palette p) {
        int c = g.community[i];
        if (c >= 0) return community(c);
        return p.regionColor(g.actors[i].region());
    }

    static Color community(int c) {
        return COMMUNITY.get(Math.floorMod(c, COMMUNITY.size()));
    }

    /** Whether any node carries a community number (the legend then lists communities, not regions). */
    static boolean byCommunity(GraphSnapshot g) {
        for (int c : g.community) if (c >= 0) return true;
        return false;
    }
}
