package org.entente.logic.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.Figure;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * The edit commands: each takes the current dataset and returns the {@link Edit} that makes the next one,
 * named for the Undo menu. Deletions cascade and say so: deleting an actor removes its ties, its place in
 * events and in disputes; deleting a source removes it from every citation. Nothing here checks that the
 * result is valid: work in progress may be incomplete, and {@link ModelCheck} says what remains to fix.
 */
public final class DatasetEdits {

    private DatasetEdits() {
    }

    // ----- header

    public static Edit changeHeader(Dataset d, String title, String description) {
        return new Edit("change title", List.of(), new Edit.HeaderChange(d.title(), d.description(), title, description), "");
    }

    // ----- additions and changes

    public static Edit addSource(Dataset d, Source s) {
        return add(ItemKind.SOURCE, s.id(), s, d.sources().size(), "add source " + s.title());
    }

    public static Edit addActor(Dataset d, Actor a) {
        return add(ItemKind.ACTOR, a.id(), a, d.actors().size(), "add actor " + a.name());
    }

    public static Edit addRelation(Dataset d, Relation r) {
        return add(ItemKind.RELATION, r.id(), r, d.relations().size(), "add tie " + tieName(d, r));
    }

    public static Edit addEvent(Dataset d, Event e) {
        return add(ItemKind.EVENT, e.id(), e, d.events().size(), "add event " + e.title());
    }

    public static Edit addDispute(Dataset d, Dispute x) {
        return add(ItemKind.DISPUTE, x.id(), x, d.disputes().size(), "add dispute " + x.id());
    }

    public static Edit changeSource(Dataset d, Source s) {
        return change(ItemKind.SOURCE, d.sources(), Source::id, s.id(), s, "change source " + s.title());
    }

    public static Edit changeActor(Dataset d, Actor a) {
        return change(ItemKind.ACTOR, d.actors(), Actor::id, a.id(), a, "change actor " + a.name());
    }

    public static Edit changeRelation(Dataset d, Relation r) {
        return change(ItemKind.RELATION, d.relations(), Relation::id, r.id(), r, "change tie " + tieName(d, r));
    }

    public static Edit changeEvent(Dataset d, Event e) {
        return change(ItemKind.EVENT, d.events(), Event::id, e.id(), e, "change event " + e.title());
    }

    public static Edit changeDispute(Dataset d, Dispute x) {
        return change(ItemKind.DISPUTE, d.disputes(), Dispute::id, x.id(), x, "change dispute " + x.id());
    }

    // ----- figures (they live inside an actor, a tie or an event)

    /** Adds {@code f} to the figures of the actor, tie or event {@code ownerId}. */
    public static Edit addFigure(Dataset d, String ownerId, Figure f) {
        return figures(d, ownerId, "add figure " + f.label(), list -> list.add(f));
    }

    /** Replaces figure number {@code index} of {@code ownerId}. */
    public static Edit changeFigure(Dataset d, String ownerId, int index, Figure f) {
        return figures(d, ownerId, "change figure " + f.label(), list -> list.set(index, f));
    }

    /** Removes figure number {@code index} of {@code ownerId}. */
    public static Edit deleteFigure(Dataset d, String ownerId, int index) {
        return figures(d, ownerId, "delete figure", list -> list.remove(index));
    }

    private static Edit figures(Dataset d, String ownerId, String name, java.util.function.Consumer<List<Figure>> edit) {
        var actor = d.actor(ownerId);
        if (actor.isPresent()) {
            Actor a = actor.get();
            List<Figure> f = new ArrayList<>(a.figures());
            edit.accept(f);
            return rename(changeActor(d, new Actor(a.id(), a.name(), a.kind(), a.aliases(), a.region(), a.summary(), a.start(),
                    a.end(), a.note(), f, a.sources(), a.shortName())), name + " of " + a.name());
        }
        var relation = d.relation(ownerId);
        if (relation.isPresent()) {
            Relation r = relation.get();
            List<Figure> f = new ArrayList<>(r.figures());
            edit.accept(f);
            return rename(changeRelation(d, new Relation(r.id(), r.from(), r.to(), r.type(), r.start(), r.end(), r.summary(),
                    r.certainty(), r.note(), f, r.sources(), r.knownBy())), name + " of tie " + tieName(d, r));
        }
        Event e = d.event(ownerId).orElseThrow(() -> new IllegalArgumentException("nothing with id '" + ownerId + "' holds figures"));
        List<Figure> f = new ArrayList<>(e.figures());
        edit.accept(f);
        return rename(changeEvent(d, new Event(e.id(), e.date(), e.end(), e.title(), e.summary(), e.actors(), e.tags(), e.note(),
                f, e.sources())), name + " of " + e.title());
    }

    // ----- deletions, with what depends on them

    /** Deletes actors with their ties, their place in events and in disputes. */
    public static Edit deleteActors(Dataset d, Collection<String> ids) {
        Set<String> gone = new LinkedHashSet<>(ids);
        List<ItemChange> changes = new ArrayList<>();
        Set<String> goneTies = new LinkedHashSet<>();
        for (int i = d.relations().size() - 1; i >= 0; i--) {
            Relation r = d.relations().get(i);
            if (gone.contains(r.from()) || gone.contains(r.to())) {
                goneTies.add(r.id());
            }
        }
        int events = 0;
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.events().get(i);
            if (e.actors().stream().anyMatch(gone::contains)) {
                events++;
                changes.add(new ItemChange(ItemKind.EVENT, e.id(), e, new Event(e.id(), e.date(), e.end(), e.title(), e.summary(),
                        e.actors().stream().filter(a -> !gone.contains(a)).toList(), e.tags(), e.note(), e.figures(), e.sources()), i, null));
            }
        }
        Set<String> subjects = new LinkedHashSet<>(gone);
        subjects.addAll(goneTies);
        int disputes = disputeSubjects(d, subjects, changes);
        removeAll(d, ItemKind.RELATION, d.relations(), Relation::id, goneTies, changes);
        removeAll(d, ItemKind.ACTOR, d.actors(), Actor::id, gone, changes);
        String what = ids.size() == 1 ? d.actor(ids.iterator().next()).map(Actor::name).orElse(ids.iterator().next())
                : ids.size() + " actors";
        List<String> parts = new ArrayList<>();
        if (!goneTies.isEmpty()) parts.add(count(goneTies.size(), "tie"));
        List<String> places = new ArrayList<>();
        if (events > 0) places.add(count(events, "event"));
        if (disputes > 0) places.add(count(disputes, "dispute"));
        if (!places.isEmpty()) parts.add((ids.size() == 1 ? "its place in " : "their place in ") + String.join(" and ", places));
        return new Edit("delete " + (ids.size() == 1 ? "actor " : "") + what, changes, null, also(what, parts));
    }

    /** Deletes ties and their place in disputes. */
    public static Edit deleteRelations(Dataset d, Collection<String> ids) {
        Set<String> gone = new LinkedHashSet<>(ids);
        List<ItemChange> changes = new ArrayList<>();
        int disputes = disputeSubjects(d, gone, changes);
        removeAll(d, ItemKind.RELATION, d.relations(), Relation::id, gone, changes);
        String what = ids.size() == 1 ? d.relation(ids.iterator().next()).map(r -> "tie " + tieName(d, r)).orElse("tie")
                : ids.size() + " ties";
        return new Edit("delete " + what, changes, null,
                disputes == 0 ? "" : also(what, List.of((ids.size() == 1 ? "its place in " : "their place in ") + count(disputes, "dispute"))));
    }

    /** Deletes events and their place in disputes. */
    public static Edit deleteEvents(Dataset d, Collection<String> ids) {
        Set<String> gone = new LinkedHashSet<>(ids);
        List<ItemChange> changes = new ArrayList<>();
        int disputes = disputeSubjects(d, gone, changes);
        removeAll(d, ItemKind.EVENT, d.events(), Event::id, gone, changes);
        String what = ids.size() == 1 ? d.event(ids.iterator().next()).map(e -> "event " + e.title()).orElse("event")
                : ids.size() + " events";
        return new Edit("delete " + what, changes, null,
                disputes == 0 ? "" : also(what, List.of((ids.size() == 1 ? "its place in " : "their place in ") + count(disputes, "dispute"))));
    }

    /** Deletes disputes. */
    public static Edit deleteDisputes(Dataset d, Collection<String> ids) {
        List<ItemChange> changes = new ArrayList<>();
        removeAll(d, ItemKind.DISPUTE, d.disputes(), Dispute::id, new LinkedHashSet<>(ids), changes);
        return new Edit("delete " + (ids.size() == 1 ? "dispute " + ids.iterator().next() : ids.size() + " disputes"), changes, null, "");
    }

    /** Deletes sources and every citation of them (items left uncited are errors to fix, not deleted). */
    public static Edit deleteSources(Dataset d, Collection<String> ids) {
        Set<String> gone = new LinkedHashSet<>(ids);
        List<ItemChange> changes = new ArrayList<>();
        int cited = 0;
        for (int i = 0; i < d.actors().size(); i++) {
            Actor a = d.actors().get(i);
            if (cites(a.sources(), a.figures(), gone)) {
                cited++;
                changes.add(new ItemChange(ItemKind.ACTOR, a.id(), a, new Actor(a.id(), a.name(), a.kind(), a.aliases(), a.region(),
                        a.summary(), a.start(), a.end(), a.note(), uncite(a.figures(), gone), without(a.sources(), gone), a.shortName()), i, null));
            }
        }
        for (int i = 0; i < d.relations().size(); i++) {
            Relation r = d.relations().get(i);
            if (cites(r.sources(), r.figures(), gone)) {
                cited++;
                changes.add(new ItemChange(ItemKind.RELATION, r.id(), r, new Relation(r.id(), r.from(), r.to(), r.type(), r.start(), r.end(),
                        r.summary(), r.certainty(), r.note(), uncite(r.figures(), gone), without(r.sources(), gone), r.knownBy()), i, null));
            }
        }
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.events().get(i);
            if (cites(e.sources(), e.figures(), gone)) {
                cited++;
                changes.add(new ItemChange(ItemKind.EVENT, e.id(), e, new Event(e.id(), e.date(), e.end(), e.title(), e.summary(),
                        e.actors(), e.tags(), e.note(), uncite(e.figures(), gone), without(e.sources(), gone)), i, null));
            }
        }
        for (int i = 0; i < d.disputes().size(); i++) {
            Dispute x = d.disputes().get(i);
            if (x.positions().stream().anyMatch(p -> p.sources().stream().anyMatch(gone::contains))) {
                cited++;
                changes.add(new ItemChange(ItemKind.DISPUTE, x.id(), x, new Dispute(x.id(), x.summary(), x.subjects(),
                        x.positions().stream().map(p -> new Dispute.Position(p.claim(), without(p.sources(), gone), p.extras())).toList()), i, null));
            }
        }
        removeAll(d, ItemKind.SOURCE, d.sources(), Source::id, gone, changes);
        String what = ids.size() == 1 ? d.source(ids.iterator().next()).map(Source::title).orElse("source") : ids.size() + " sources";
        return new Edit("delete " + (ids.size() == 1 ? "source " : "") + what, changes, null,
                cited == 0 ? "" : also(what, List.of((ids.size() == 1 ? "it" : "them") + " from the citations of " + count(cited, "item"))));
    }

    // ----- helpers

    /** "Japan → NSATU" with display names. */
    public static String tieName(Dataset d, Relation r) {
        return d.actor(r.from()).map(Actor::displayName).orElse(r.from()) + " → " + d.actor(r.to()).map(Actor::displayName).orElse(r.to());
    }

    private static Edit add(ItemKind kind, String id, Object item, int index, String name) {
        return new Edit(name, List.of(new ItemChange(kind, id, null, item, index, null)), null, "");
    }

    private static <T> Edit change(ItemKind kind, List<T> list, Function<T, String> id, String itemId, T item, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(itemId)) {
                return new Edit(name, List.of(new ItemChange(kind, itemId, list.get(i), item, i, null)), null, "");
            }
        }
        throw new IllegalArgumentException("no " + kind.noun() + " '" + itemId + "' to change");
    }

    private static Edit rename(Edit e, String name) {
        return new Edit(name, e.changes(), e.header(), e.consequence());
    }

    /** Removals from the end of the list backwards, so that undo (in reverse) re-inserts from the front at the right places. */
    private static <T> void removeAll(Dataset d, ItemKind kind, List<T> list, Function<T, String> id, Set<String> gone,
                                      List<ItemChange> changes) {
        for (int i = list.size() - 1; i >= 0; i--) {
            T item = list.get(i);
            String itemId = id.apply(item);
            if (gone.contains(itemId)) {
                changes.add(new ItemChange(kind, itemId, item, null, i, d.extrasOf(Dataset.extrasKey(kind.list(), itemId))));
            }
        }
    }

    /** Removes {@code gone} from disputes' subjects; a dispute left about nothing goes too. */
    private static int disputeSubjects(Dataset d, Set<String> gone, List<ItemChange> changes) {
        int n = 0;
        Set<String> emptied = new LinkedHashSet<>();
        for (int i = 0; i < d.disputes().size(); i++) {
            Dispute x = d.disputes().get(i);
            if (x.subjects().stream().noneMatch(gone::contains)) continue;
            n++;
            List<String> left = without(x.subjects(), gone);
            if (left.isEmpty()) emptied.add(x.id());
            else changes.add(new ItemChange(ItemKind.DISPUTE, x.id(), x, new Dispute(x.id(), x.summary(), left, x.positions()), i, null));
        }
        removeAll(d, ItemKind.DISPUTE, d.disputes(), Dispute::id, emptied, changes);
        return n;
    }

    private static boolean cites(List<String> sources, List<Figure> figures, Set<String> gone) {
        return sources.stream().anyMatch(gone::contains) || figures.stream().anyMatch(f -> f.sources().stream().anyMatch(gone::contains));
    }

    private static List<Figure> uncite(List<Figure> figures, Set<String> gone) {
        return figures.stream().map(f -> new Figure(f.label(), f.value(), f.unit(), f.when(), without(f.sources(), gone), f.qualifier(), f.extras())).toList();
    }

    private static List<String> without(List<String> list, Set<String> gone) {
        return list.stream().filter(s -> !gone.contains(s)).toList();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "deleting Japan also removes 54 ties and its place in 31 events". */
    private static String also(String what, List<String> parts) {
        if (parts.isEmpty()) return "";
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "deleting " + what + " also removes " + list;
    }
}
