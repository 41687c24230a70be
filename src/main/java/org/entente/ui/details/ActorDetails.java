package org.entente.ui.details;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;
import org.entente.ui.details.DetailLine.Role;
import org.entente.ui.state.Selection;

/**
 * The details of one actor: what it is, its ties grouped by family and worded from its side
 * ("member of G7 · since 1975"), its events in date order, figures, sources and disputes.
 * Ties that do not hold on the as-of date are listed but greyed, so the list matches the graph.
 */
final class ActorDetails {

    private final Dataset dataset;
    private final LocalDate asOf;
    private final CommonSections common;

    ActorDetails(Dataset dataset, LocalDate asOf) {
        this.dataset = dataset;
        this.asOf = asOf;
        this.common = new CommonSections(dataset);
    }

    DetailsContent build(Actor actor) {
        List<DetailSection> sections = new ArrayList<>();
        sections.add(identity(actor));
        CommonSections.add(sections, common.about(actor.summary(), actor.note()));
        sections.addAll(relations(actor));
        CommonSections.add(sections, events(actor));
        CommonSections.add(sections, common.figures(actor.figures()));
        CommonSections.add(sections, disputes(actor));
        CommonSections.add(sections, common.sources(actor.sources()));
        return new DetailsContent(kicker(actor), actor.name(), sections);
    }

    /**
     * Disputes about the actor, then those about one of its ties (a student looking at Japan should see
     * that sources disagree on whether it joined NSATU), each of the latter naming the tie as a link.
     */
    private java.util.Optional<DetailSection> disputes(Actor actor) {
        Map<String, Dispute> found = new LinkedHashMap<>();
        Map<String, DetailLine> context = new LinkedHashMap<>();
        dataset.disputesAbout(actor.id()).forEach(d -> found.put(d.id(), d));
        for (Relation r : dataset.relationsOf(actor.id())) {
            for (Dispute d : dataset.disputesAbout(r.id())) {
                if (found.putIfAbsent(d.id(), d) == null) {
                    context.put(d.id(), DetailLine.builder().text("About the tie: ")
                            .link(phrase(actor, r), Selection.relation(r.id()))
                            .text(" ")
                            .link(otherName(actor, r), Selection.actor(r.from().equals(actor.id()) ? r.to() : r.from()))
                            .build(Role.MUTED));
                }
            }
        }
        return common.disputes(List.copyOf(found.values()), context);
    }

    static String kicker(Actor actor) {
        String kind = capitalise(actor.kind() == null ? "actor" : actor.kind());
        return actor.region() == null ? kind : kind + " · " + regionLabel(actor.region());
    }

    private DetailSection identity(Actor actor) {
        List<List<DetailLine>> entries = new ArrayList<>();
        entries.add(List.of(DetailLine.of(Role.MUTED, "Kind: " + (actor.kind() == null ? "unknown" : actor.kind())
                + (actor.region() == null ? "" : " · Region: " + regionLabel(actor.region())))));
        if (!actor.aliases().isEmpty()) {
            entries.add(List.of(DetailLine.of(Role.TEXT, "Also known as " + String.join(", ", actor.aliases()))));
        }
        String life = lifespan(actor.start(), actor.end());
        if (!life.isEmpty()) entries.add(List.of(DetailLine.of(Role.TEXT, life)));
        return new DetailSection("identity", "", entries);
    }

    private static String lifespan(PartialDate start, PartialDate end) {
        if (start == null && end == null) return "";
        if (end == null) return "Exists since " + start.display();
        if (start == null) return "Existed until " + end.display();
        return "Existed " + start.display() + " – " + end.display();
    }

    private List<DetailSection> relations(Actor actor) {
        Map<RelationFamily, List<Relation>> byFamily = new EnumMap<>(RelationFamily.class);
        for (Relation r : dataset.relationsOf(actor.id())) {
            byFamily.computeIfAbsent(Vocabulary.familyOf(r.type()), f -> new ArrayList<>()).add(r);
        }
        List<DetailSection> sections = new ArrayList<>();
        byFamily.forEach((family, relations) -> {
            relations.sort(Comparator.comparing((Relation r) -> phrase(actor, r))
                    .thenComparing(Relation::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(r -> otherName(actor, r)));
            List<List<DetailLine>> entries = relations.stream().map(r -> List.of(relationLine(actor, r))).toList();
            String id = "relations-" + family.name().toLowerCase(java.util.Locale.ROOT);
            sections.add(new DetailSection(id, family.label() + " (" + relations.size() + ")", entries));
        });
        return sections;
    }

    /**
     * "member of [G7] · since 1975 · reported": the phrase links to the tie, the name to the other actor.
     * Sorted so that a family reads as runs of one phrase ("partner of" ...), each run by date.
     */
    private DetailLine relationLine(Actor actor, Relation r) {
        boolean outgoing = r.from().equals(actor.id());
        String otherId = outgoing ? r.to() : r.from();
        DetailLine.Builder line = DetailLine.builder()
                .link(phrase(actor, r), Selection.relation(r.id()))
                .text(" ")
                .link(otherName(actor, r), Selection.actor(otherId));
        String span = DateWording.span(r);
        if (!span.isEmpty()) line.text(" · " + span);
        if (r.certainty() != null && !r.certainty().equals("confirmed")) line.text(" · " + r.certainty());
        boolean holds = asOf == null || r.holdsAt(asOf);
        if (!holds) line.text(r.end() != null && r.end().latest().isBefore(asOf) ? " (ended)" : " (not yet)");
        return line.build(holds ? Role.TEXT : Role.INACTIVE);
    }

    /** The tie's wording from the actor's side: "member of" when it points away, "has member" when towards. */
    private static String phrase(Actor actor, Relation r) {
        return r.from().equals(actor.id()) ? RelationWording.outgoing(r.type()) : RelationWording.incoming(r.type());
    }

    private String otherName(Actor actor, Relation r) {
        String otherId = r.from().equals(actor.id()) ? r.to() : r.from();
        return dataset.actor(otherId).map(Actor::name).orElse(otherId);
    }

    private java.util.Optional<DetailSection> events(Actor actor) {
        List<Event> events = dataset.eventsOf(actor.id());
        if (events.isEmpty()) return java.util.Optional.empty();
        List<List<DetailLine>> entries = events.stream().map(e -> List.of(DetailLine.builder()
                .text(e.date().display() + " · ")
                .link(e.title(), Selection.event(e.id()))
                .build(Role.TEXT))).toList();
        return java.util.Optional.of(new DetailSection("events", "Events (" + events.size() + ")", entries));
    }

    private static final Map<String, String> REGION_LABELS = Map.of(
            "indo-pacific", "Indo-Pacific", "north-america", "North America", "middle-east", "Middle East");

    /** "indo-pacific" reads "Indo-Pacific"; unknown regions are capitalised with spaces for dashes. */
    static String regionLabel(String region) {
        return REGION_LABELS.getOrDefault(region, capitalise(region.replace('-', ' ')));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
