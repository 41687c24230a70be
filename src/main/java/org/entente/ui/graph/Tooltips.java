package org.entente.ui.graph;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Relation;

/** The short texts shown when the pointer rests on a node or a tie. */
final class Tooltips {

    private Tooltips() {
    }

    static String actor(GraphSnapshot g, int i) {
        Actor a = g.actor(i);
        int ties = 0;
        for (int e = 0; e < g.edgeCount(); e++) if ((g.src[e] == i || g.dst[e] == i) && g.status[e] != EdgeStatus.GONE) ties++;
        StringBuilder sb = new StringBuilder(a.name());
        sb.append('\n').append(a.kind() == null ? "actor" : a.kind());
        if (a.region() != null) sb.append(" · ").append(a.region().replace('-', ' '));
        sb.append(" · ").append(ties).append(ties == 1 ? " tie shown" : " ties shown");
        if (a.summary() != null && !a.summary().isBlank()) sb.append('\n').append(shorten(a.summary(), 160));
        if (g.isGhost(i)) sb.append("\n(shown only for a tie that has ended)");
        return sb.toString();
    }

    static String relation(GraphSnapshot g, int e, Dataset d) {
        Relation r = g.relation(e);
        String from = d.actor(r.from()).map(Actor::name).orElse(r.from());
        String to = d.actor(r.to()).map(Actor::name).orElse(r.to());
        StringBuilder sb = new StringBuilder(from + " " + r.type().replace('-', ' ') + " " + to);
        sb.append('\n').append(LabelLayer.edgeText(r));
        if (g.status(e) == EdgeStatus.NEW) sb.append(" · new");
        if (g.status(e) == EdgeStatus.GONE) sb.append(" · ended");
        if (r.summary() != null && !r.summary().isBlank()) sb.append('\n').append(shorten(r.summary(), 160));
        return sb.toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }
}
