package org.entente.logic.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.entente.model.RelationFamily;
import org.entente.model.Vocabulary;

/**
 * Sorts a dataset's events and relation spans into lanes for a {@link LaneMode}. Lanes in kind order follow
 * the vocabulary's legend order, so that "States" is always above "People"; per-actor swimlanes follow the
 * order the user picked the actors in.
 */
public final class LaneAssigner {

    private static final String NO_ACTOR = "(no actor)";
    private static final String NO_TAG = "(untagged)";
    private static final Map<String, String> PLURALS = Map.of(
            "person", "People", "policy", "Policies", "company", "Companies", "agency", "Agencies");

    private LaneAssigner() {
    }

    /**
     * @param actorIds the actors that get a swimlane in {@link LaneMode#ACTOR} mode (unknown ids are skipped);
     *                 ignored in the other modes
     */
    public static List<Lane> assign(Dataset dataset, LaneMode mode, List<String> actorIds) {
        return switch (mode) {
            case KIND -> byKind(dataset);
            case TAG -> byTag(dataset);
            case ACTOR -> byActor(dataset, actorIds);
        };
    }

    private static List<Lane> byKind(Dataset dataset) {
        Map<String, List<Event>> events = new HashMap<>();
        Map<String, List<Relation>> relations = new HashMap<>();
        for (Event e : dataset.events()) {
            String kind = e.actors().stream().map(dataset::actor).flatMap(Optional::stream).map(Actor::kind)
                    .findFirst().orElse(NO_ACTOR);
            events.computeIfAbsent(kind, k -> new ArrayList<>()).add(e);
        }
        for (Relation r : dataset.relations()) {
            String kind = dataset.actor(r.from()).map(Actor::kind).orElse(NO_ACTOR);
            relations.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
        }
        List<String> kinds = new ArrayList<>(Vocabulary.DEFAULT_KINDS);
        List<String> extra = new ArrayList<>();
        for (String k : concat(events.keySet(), relations.keySet())) {
            if (!kinds.contains(k) && !extra.contains(k)) extra.add(k);
        }
        extra.sort(Comparator.naturalOrder());
        kinds.addAll(extra);
        List<Lane> lanes = new ArrayList<>();
        for (String kind : kinds) {
            List<Event> ev = events.getOrDefault(kind, List.of());
            List<Relation> rel = relations.getOrDefault(kind, List.of());
            if (!ev.isEmpty() || !rel.isEmpty()) {
                lanes.add(new Lane("kind:" + kind, kindTitle(kind), ev, rel));
            }
        }
        return lanes;
    }

    private static List<Lane> byTag(Dataset dataset) {
        Map<String, List<Event>> events = new LinkedHashMap<>();
        for (Event e : dataset.events()) {
            String tag = e.tags().isEmpty() ? NO_TAG : e.tags().get(0);
            events.computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
        }
        List<String> tags = new ArrayList<>(events.keySet());
        tags.sort(Comparator.comparing((String t) -> t.equals(NO_TAG)).thenComparing(t -> -events.get(t).size())
                .thenComparing(Comparator.naturalOrder()));
        List<Lane> lanes = new ArrayList<>();
        for (String tag : tags) {
            lanes.add(new Lane("tag:" + tag, tag, events.get(tag), List.of()));
        }
        Map<RelationFamily, List<Relation>> families = new LinkedHashMap<>();
        for (RelationFamily f : RelationFamily.values()) families.put(f, new ArrayList<>());
        for (Relation r : dataset.relations()) families.get(Vocabulary.familyOf(r.type())).add(r);
        families.forEach((family, rel) -> {
            if (!rel.isEmpty()) lanes.add(new Lane("family:" + family.name(), "Ties: " + family.label(), List.of(), rel));
        });
        return lanes;
    }

    private static List<Lane> byActor(Dataset dataset, List<String> actorIds) {
        List<Lane> lanes = new ArrayList<>();
        for (String id : actorIds) {
            dataset.actor(id).ifPresent(actor -> {
                List<Event> ev = dataset.events().stream().filter(e -> e.actors().contains(id)).toList();
                lanes.add(new Lane("actor:" + id, actor.name(), ev, dataset.relationsOf(id)));
            });
        }
        return lanes;
    }

    /**
     * The actors with the most relations and events, most first: a sensible set of swimlanes before the
     * user picks any.
     */
    public static List<String> mostConnected(Dataset dataset, int count) {
        Map<String, Integer> degree = new HashMap<>();
        for (Relation r : dataset.relations()) {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        }
        for (Event e : dataset.events()) {
            for (String a : e.actors()) degree.merge(a, 1, Integer::sum);
        }
        return dataset.actors().stream().map(Actor::id).filter(degree::containsKey)
                .sorted(Comparator.comparing((String id) -> -degree.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(count).toList();
    }

    /** "States", "People", "Alliances": the plural, capitalised, for a lane header. */
    public static String kindTitle(String kind) {
        if (kind.equals(NO_ACTOR)) return "No actor";
        String plural = PLURALS.getOrDefault(kind, kind + "s");
        return plural.substring(0, 1).toUpperCase(Locale.ROOT) + plural.substring(1);
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.naturalOrder());
        return all;
    }
}
