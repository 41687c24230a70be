package org.entente.logic.edit;

import java.util.List;
import java.util.Random;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;

/** Random edits of a dataset, seeded, for the property tests of editing and of the views that follow edits. */
public final class RandomEdits {

    private RandomEdits() {
    }

    /** Moves when an actor exists: its ties and events may come into view or leave it. */
    public static Edit redate(Dataset d, Random rnd) {
        if (d.actors().isEmpty()) return null;
        Actor a = d.actors().get(rnd.nextInt(d.actors().size()));
        PartialDate start = rnd.nextInt(3) == 0 ? null : PartialDate.parse(String.valueOf(2010 + rnd.nextInt(16)));
        return DatasetEdits.changeActor(d, new Actor(a.id(), a.name(), a.kind(), a.aliases(), a.region(), a.summary(),
                start, null, a.note(), a.figures(), a.sources(), a.shortName()));
    }

    /** Changes one end of a tie: the ties of three actors change at once. */
    public static Edit moveTie(Dataset d, Random rnd) {
        if (d.relations().isEmpty() || d.actors().size() < 2) return null;
        Relation r = d.relations().get(rnd.nextInt(d.relations().size()));
        String to = d.actors().get(rnd.nextInt(d.actors().size())).id();
        return DatasetEdits.changeRelation(d, new Relation(r.id(), r.from(), to, r.type(), r.start(), r.end(), r.summary(),
                r.certainty(), r.note(), r.figures(), r.sources(), r.knownBy()));
    }

    /** One of nine kinds of edit (add, change, delete of actors and ties, events, figures, sources, the header), or null when none fits. */
    public static Edit any(Dataset d, Random rnd) {
        String src = d.sources().isEmpty() ? null : d.sources().get(rnd.nextInt(d.sources().size())).id();
        List<String> cite = src == null ? List.of() : List.of(src);
        switch (rnd.nextInt(9)) {
            case 0 -> {
                String name = "Actor " + rnd.nextInt(1000) + (rnd.nextBoolean() ? " é" : "");
                String id = Ids.fromName(name, x -> d.actor(x).isPresent() || d.relation(x).isPresent() || d.event(x).isPresent() || d.source(x).isPresent());
                return DatasetEdits.addActor(d, new Actor(id, name, "state", List.of(), rnd.nextBoolean() ? "Europe" : null, "new",
                        rnd.nextBoolean() ? PartialDate.parse("20" + (10 + rnd.nextInt(10))) : null, null, null, List.of(), cite));
            }
            case 1 -> {
                if (d.actors().isEmpty()) return null;
                Actor a = d.actors().get(rnd.nextInt(d.actors().size()));
                return DatasetEdits.changeActor(d, new Actor(a.id(), a.name() + "!", a.kind(), a.aliases(), a.region(), "changed " + rnd.nextInt(),
                        a.start(), a.end(), a.note(), a.figures(), a.sources(), a.shortName()));
            }
            case 2 -> {
                if (d.actors().size() < 3) return null;
                String id = d.actors().get(rnd.nextInt(d.actors().size())).id();
                // an event left without actors is an error the user fixes; the property is about valid sequences
                if (d.events().stream().anyMatch(e -> e.actors().equals(List.of(id)))) return null;
                return DatasetEdits.deleteActors(d, List.of(id));
            }
            case 3 -> {
                if (d.actors().size() < 2) return null;
                Actor a = d.actors().get(rnd.nextInt(d.actors().size()));
                Actor b = d.actors().get(rnd.nextInt(d.actors().size()));
                if (a.equals(b)) return null;
                String id = Ids.fromName(a.id() + " partner-of " + b.id(), x -> d.actor(x).isPresent() || d.relation(x).isPresent() || d.event(x).isPresent());
                return DatasetEdits.addRelation(d, new Relation(id, a.id(), b.id(), "partner-of", null, null, null, null, null, List.of(), cite));
            }
            case 4 -> {
                if (d.relations().isEmpty()) return null;
                return DatasetEdits.deleteRelations(d, List.of(d.relations().get(rnd.nextInt(d.relations().size())).id()));
            }
            case 5 -> {
                if (d.actors().isEmpty()) return null;
                String title = "Event " + rnd.nextInt(1000);
                String id = Ids.fromName(title, x -> d.actor(x).isPresent() || d.relation(x).isPresent() || d.event(x).isPresent());
                return DatasetEdits.addEvent(d, new Event(id, PartialDate.parse("2020-0" + (1 + rnd.nextInt(9))), null, title, null,
                        List.of(d.actors().get(rnd.nextInt(d.actors().size())).id()), List.of(), null, List.of(), cite));
            }
            case 6 -> {
                if (d.actors().isEmpty() || src == null) return null;
                return DatasetEdits.addFigure(d, d.actors().get(rnd.nextInt(d.actors().size())).id(),
                        new Figure("Count", rnd.nextInt(1000) / 4.0, "people", null, cite, rnd.nextBoolean() ? "about" : null));
            }
            case 7 -> {
                String id = Ids.fromName("Source " + rnd.nextInt(100), x -> d.source(x).isPresent() || d.actor(x).isPresent());
                return DatasetEdits.addSource(d, new Source(id, "A source", rnd.nextBoolean() ? "Pub" : null, null, null, null, null));
            }
            default -> {
                return DatasetEdits.changeHeader(d, d.title() + " v" + rnd.nextInt(9), "about " + rnd.nextInt(99));
            }
        }
    }
}
