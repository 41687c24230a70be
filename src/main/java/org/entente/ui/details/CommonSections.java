package org.entente.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Figure;
import org.entente.model.Source;
import org.entente.ui.details.DetailLine.Role;

/**
 * The sections every kind of item shares: summary and note, figures, sources and disputes. One place,
 * so that a source looks the same whether it backs an actor, a tie or an event.
 */
final class CommonSections {

    private final Dataset dataset;

    CommonSections(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The summary as one paragraph and the note, muted, as another; empty when neither is known. */
    Optional<DetailSection> about(String summary, String note) {
        List<List<DetailLine>> entries = new ArrayList<>();
        if (present(summary)) entries.add(List.of(DetailLine.of(Role.TEXT, summary.trim())));
        if (present(note)) entries.add(List.of(DetailLine.of(Role.MUTED, "Note: " + note.trim())));
        return entries.isEmpty() ? Optional.empty() : Optional.of(new DetailSection("about", "", entries));
    }

    /** "Defence budget: 8,700,000,000,000 JPY (2025)", then its sources. */
    Optional<DetailSection> figures(List<Figure> figures) {
        if (figures.isEmpty()) return Optional.empty();
        List<List<DetailLine>> entries = new ArrayList<>();
        for (Figure f : figures) {
            List<DetailLine> lines = new ArrayList<>();
            String when = f.when() == null ? "" : " (" + f.when().display() + ")";
            lines.add(DetailLine.builder().text(f.label() + ": ").text(f.displayValue() + when).build(Role.EMPHASIS));
            if (!f.sources().isEmpty()) lines.add(DetailLine.of(Role.MUTED, "Source: " + sourceTitles(f.sources())));
            entries.add(lines);
        }
        return Optional.of(new DetailSection("figures", "Figures", entries));
    }

    /** Each source with title, then author, publisher and date, then its address as text. */
    Optional<DetailSection> sources(List<String> ids) {
        if (ids.isEmpty()) return Optional.empty();
        List<List<DetailLine>> entries = new ArrayList<>();
        for (String id : ids) {
            Optional<Source> found = dataset.source(id);
            if (found.isEmpty()) {
                entries.add(List.of(DetailLine.of(Role.MUTED, "Unknown source '" + id + "'")));
                continue;
            }
            Source s = found.get();
            List<DetailLine> lines = new ArrayList<>();
            lines.add(DetailLine.of(Role.EMPHASIS, s.title()));
            List<String> facts = new ArrayList<>();
            if (present(s.author())) facts.add(s.author());
            if (present(s.publisher())) facts.add(s.publisher());
            if (s.date() != null) facts.add(s.date().display());
            if (!facts.isEmpty()) lines.add(DetailLine.of(Role.MUTED, String.join(" · ", facts)));
            if (present(s.url())) lines.add(DetailLine.of(Role.URL, s.url()));
            if (present(s.note())) lines.add(DetailLine.of(Role.MUTED, s.note()));
            entries.add(lines);
        }
        return Optional.of(new DetailSection("sources", ids.size() == 1 ? "Source" : "Sources (" + ids.size() + ")", entries));
    }

    /** The disputes naming the item: the question, then each position with the sources that hold it. */
    Optional<DetailSection> disputes(String itemId) {
        return disputes(dataset.disputesAbout(itemId), Map.of());
    }

    /**
     * The given disputes; {@code context} may add, under a dispute's question, a line saying what it is
     * about (for an actor's panel: which of its ties the dispute concerns).
     */
    Optional<DetailSection> disputes(List<Dispute> disputes, Map<String, DetailLine> context) {
        if (disputes.isEmpty()) return Optional.empty();
        List<List<DetailLine>> entries = new ArrayList<>();
        for (Dispute d : disputes) {
            List<DetailLine> lines = new ArrayList<>();
            lines.add(DetailLine.of(Role.EMPHASIS, d.summary()));
            if (context.containsKey(d.id())) lines.add(context.get(d.id()));
            for (Dispute.Position p : d.positions()) {
                lines.add(DetailLine.of(Role.CLAIM, "• " + p.claim()));
                if (!p.sources().isEmpty()) lines.add(DetailLine.of(Role.CLAIM_SOURCE, "according to " + sourceTitles(p.sources())));
            }
            entries.add(lines);
        }
        return Optional.of(new DetailSection("disputes", "Disputed or unclear", entries));
    }

    /** "Title — Publisher, date; ..." for a list of source ids. */
    String sourceTitles(List<String> ids) {
        return ids.stream().map(id -> dataset.source(id).map(Source::citation).orElse("unknown source '" + id + "'"))
                .collect(Collectors.joining("; "));
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Adds the optional section to the list when present. */
    static void add(List<DetailSection> sections, Optional<DetailSection> section) {
        section.ifPresent(sections::add);
    }
}
