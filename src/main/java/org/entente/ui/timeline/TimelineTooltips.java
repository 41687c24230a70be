package org.entente.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.entente.ui.state.AppState;
import org.entente.ui.details.DateWording;

/**
 * The tooltip over the timeline canvas: the full title and the date with its precision of the event or tie
 * under the pointer, since labels on the canvas are shortened to fit and dates are only drawn as shapes.
 */
final class TimelineTooltips {

    private final Canvas canvas;
    private final AppState state;
    private final Tooltip tip = new Tooltip();
    private HitIndex.Hit shown;

    TimelineTooltips(Canvas canvas, AppState state) {
        this.canvas = canvas;
        this.state = state;
        tip.setShowDelay(Duration.millis(350));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
    }

    /** Shows the tooltip for {@code hit}, or none when null or a lane header. */
    void hover(HitIndex.Hit hit) {
        HitIndex.Hit target = hit == null || hit.kind() == HitIndex.Kind.LANE_HEADER ? null : hit;
        if (target == null ? shown == null : shown != null && target.id().equals(shown.id())) {
            return;
        }
        shown = target;
        if (target == null) {
            Tooltip.uninstall(canvas, tip);
            return;
        }
        tip.setText(describe(state.getDataset(), target));
        Tooltip.install(canvas, tip);
    }

    static String describe(Dataset dataset, HitIndex.Hit hit) {
        if (hit.kind() == HitIndex.Kind.EVENT) {
            return dataset.event(hit.id()).map(TimelineTooltips::event).orElse(hit.id());
        }
        return dataset.relation(hit.id()).map(r -> relation(dataset, r)).orElse(hit.id());
    }

    private static String event(Event e) {
        String when = e.date().display() + (e.end() == null ? "" : " to " + e.end().display());
        return e.title() + "\n" + when + "\nClick for details and sources.";
    }

    private static String relation(Dataset d, Relation r) {
        String from = d.actor(r.from()).map(Actor::name).orElse(r.from());
        String to = d.actor(r.to()).map(Actor::name).orElse(r.to());
        if (r.isKnownOnlyBy()) {
            String certainty = r.certainty() == null || r.certainty().equals("confirmed") ? "" : " (" + r.certainty() + ")";
            return from + " " + r.type().replace('-', ' ') + " " + to + certainty + "\n" + DateWording.span(r);
        }
        String since = r.start() == null ? "since before the data begins" : "from " + r.start().display();
        String until = r.end() == null ? ", still in force" : " to " + r.end().display();
        String certainty = r.certainty() == null || r.certainty().equals("confirmed") ? "" : " (" + r.certainty() + ")";
        return from + " " + r.type().replace('-', ' ') + " " + to + certainty + "\n" + since + until;
    }
}
