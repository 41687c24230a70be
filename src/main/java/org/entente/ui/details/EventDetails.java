package org.entente.ui.details;

import java.util.ArrayList;
import java.util.List;

import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.ui.details.DetailLine.Role;
import org.entente.ui.state.Selection;

/**
 * The details of one event: its date with the precision the sources give (and how a derived date was
 * worked out), summary, the actors involved (links), tags, figures, sources and disputes.
 */
final class EventDetails {

    private final Dataset dataset;
    private final CommonSections common;

    EventDetails(Dataset dataset) {
        this.dataset = dataset;
        this.common = new CommonSections(dataset);
    }

    DetailsContent build(Event e) {
        List<DetailSection> sections = new ArrayList<>();
        sections.add(when(e));
        CommonSections.add(sections, common.about(e.summary(), null));
        CommonSections.add(sections, actors(e));
        CommonSections.add(sections, common.figures(e.figures()));
        CommonSections.add(sections, common.disputes(e.id()));
        CommonSections.add(sections, common.sources(e.sources()));
        return new DetailsContent("Event · " + e.date().display(), e.title(), sections);
    }

    private DetailSection when(Event e) {
        List<List<DetailLine>> entries = new ArrayList<>();
        String date = DateWording.withPrecision(e.date());
        if (e.end() != null) date = date + " to " + DateWording.withPrecision(e.end());
        entries.add(List.of(DetailLine.of(Role.TEXT, date)));
        if (CommonSections.present(e.note())) entries.add(List.of(DetailLine.of(Role.MUTED, "About the date: " + e.note().trim())));
        if (!e.tags().isEmpty()) entries.add(List.of(DetailLine.of(Role.MUTED, "Tags: " + String.join(", ", e.tags()))));
        return new DetailSection("when", "When", entries);
    }

    private java.util.Optional<DetailSection> actors(Event e) {
        if (e.actors().isEmpty()) return java.util.Optional.empty();
        List<List<DetailLine>> entries = new ArrayList<>();
        for (String id : e.actors()) {
            DetailLine.Builder line = DetailLine.builder();
            dataset.actor(id).ifPresentOrElse(
                    a -> line.link(a.name(), Selection.actor(id)).text(" · " + ActorDetails.kicker(a).toLowerCase(java.util.Locale.ROOT)),
                    () -> line.text(id + " (not in this dataset)"));
            entries.add(List.of(line.build(Role.TEXT)));
        }
        return java.util.Optional.of(new DetailSection("actors", "Who (" + e.actors().size() + ")", entries));
    }
}
