package org.entente.ui.details;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.model.Vocabulary;
import org.entente.ui.details.DetailLine.Role;
import org.entente.ui.state.Selection;

/**
 * The details of one tie: its two ends (links), its type and family, its span with the precision of each
 * date ("still holds" for an open end), how certain it is, summary, note, figures, sources and disputes.
 */
final class RelationDetails {

    private final Dataset dataset;
    private final LocalDate asOf;
    private final CommonSections common;

    RelationDetails(Dataset dataset, LocalDate asOf) {
        this.dataset = dataset;
        this.asOf = asOf;
        this.common = new CommonSections(dataset);
    }

    DetailsContent build(Relation r) {
        List<DetailSection> sections = new ArrayList<>();
        sections.add(ends(r));
        sections.add(span(r));
        CommonSections.add(sections, common.about(r.summary(), r.note()));
        CommonSections.add(sections, common.figures(r.figures()));
        CommonSections.add(sections, common.disputes(r.id()));
        CommonSections.add(sections, common.sources(r.sources()));
        String title = name(r.from()) + " " + RelationWording.outgoing(r.type()) + " " + name(r.to());
        return new DetailsContent("Tie · " + Vocabulary.familyOf(r.type()).label(), title, sections);
    }

    private DetailSection ends(Relation r) {
        List<List<DetailLine>> entries = new ArrayList<>();
        entries.add(List.of(end("From ", r.from())));
        entries.add(List.of(end("To ", r.to())));
        entries.add(List.of(DetailLine.of(Role.MUTED, "Type: " + r.type() + " (" + Vocabulary.familyOf(r.type()).label() + ")")));
        return new DetailSection("ends", "", entries);
    }

    private DetailLine end(String label, String actorId) {
        DetailLine.Builder line = DetailLine.builder().text(label).link(name(actorId), Selection.actor(actorId));
        dataset.actor(actorId).ifPresent(a -> line.text(" (" + ActorDetails.kicker(a).toLowerCase(java.util.Locale.ROOT) + ")"));
        return line.build(Role.TEXT);
    }

    private DetailSection span(Relation r) {
        List<List<DetailLine>> entries = new ArrayList<>();
        String from = r.isKnownOnlyBy()
                ? "Holds by " + DateWording.withPrecision(r.knownBy()) + "; start not given"
                : r.start() == null ? "Start not known" : "Since " + DateWording.withPrecision(r.start());
        String to = r.end() == null ? "still holds" : "until " + DateWording.withPrecision(r.end());
        entries.add(List.of(DetailLine.of(Role.TEXT, from + " — " + to)));
        String certainty = r.certainty() == null ? "confirmed" : r.certainty();
        // No date in this text: the panel then only changes when the tie starts or stops holding while
        // the as-of date moves (Play, dragging the cursor), instead of on every step.
        String holds = asOf == null ? "" : r.holdsAt(asOf) ? " · in force on the as-of date" : " · not in force on the as-of date";
        entries.add(List.of(DetailLine.of(Role.MUTED, "Certainty: " + certainty + holds)));
        return new DetailSection("span", "When", entries);
    }

    private String name(String actorId) {
        return dataset.actor(actorId).map(Actor::name).orElse(actorId);
    }
}
