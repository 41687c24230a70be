package org.entente.ui.data;

import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;

/** The columns of the actors, ties, events and sources tables, and how an edit in a cell changes the item. */
final class DataTables {

    private DataTables() {
    }

    static final List<DataColumn<Actor>> ACTORS = List.of(
            new DataColumn<>("Id", Actor::id, null),
            new DataColumn<>("Name", Actor::name, (a, v) -> actor(a, required(v, "Name"), a.kind(), a.region(), a.start(), a.end())),
            new DataColumn<>("Kind", Actor::kind, (a, v) -> actor(a, a.name(), required(v, "Kind"), a.region(), a.start(), a.end())),
            new DataColumn<>("Region", a -> text(a.region()), (a, v) -> actor(a, a.name(), a.kind(), blankNull(v), a.start(), a.end())),
            new DataColumn<>("From", a -> date(a.start()), (a, v) -> actor(a, a.name(), a.kind(), a.region(), date(v, "From"), a.end())),
            new DataColumn<>("Until", a -> date(a.end()), (a, v) -> actor(a, a.name(), a.kind(), a.region(), a.start(), date(v, "Until"))),
            new DataColumn<>("Sources", a -> String.join(", ", a.sources()), null));

    static final List<DataColumn<Relation>> TIES = List.of(
            new DataColumn<>("Id", Relation::id, null),
            new DataColumn<>("From", Relation::from, (r, v) -> tie(r, required(v, "From"), r.type(), r.to(), r.start(), r.end(), r.certainty())),
            new DataColumn<>("Type", Relation::type, (r, v) -> tie(r, r.from(), required(v, "Type"), r.to(), r.start(), r.end(), r.certainty())),
            new DataColumn<>("To", Relation::to, (r, v) -> tie(r, r.from(), r.type(), required(v, "To"), r.start(), r.end(), r.certainty())),
            new DataColumn<>("Start", r -> date(r.start()), (r, v) -> tie(r, r.from(), r.type(), r.to(), date(v, "Start"), r.end(), r.certainty())),
            new DataColumn<>("End", r -> date(r.end()), (r, v) -> tie(r, r.from(), r.type(), r.to(), r.start(), date(v, "End"), r.certainty())),
            new DataColumn<>("Certainty", r -> text(r.certainty()), (r, v) -> tie(r, r.from(), r.type(), r.to(), r.start(), r.end(), blankNull(v))),
            new DataColumn<>("Sources", r -> String.join(", ", r.sources()), null));

    static final List<DataColumn<Event>> EVENTS = List.of(
            new DataColumn<>("Id", Event::id, null),
            new DataColumn<>("Date", e -> e.date().toString(), (e, v) -> event(e, requiredDate(v), e.title())),
            new DataColumn<>("Title", Event::title, (e, v) -> event(e, e.date(), required(v, "Title"))),
            new DataColumn<>("Actors", e -> String.join(", ", e.actors()), null),
            new DataColumn<>("Sources", e -> String.join(", ", e.sources()), null));

    static final List<DataColumn<Source>> SOURCES = List.of(
            new DataColumn<>("Id", Source::id, null),
            new DataColumn<>("Title", Source::title, (s, v) -> new Source(s.id(), required(v, "Title"), s.publisher(), s.author(), s.date(), s.url(), s.note())),
            new DataColumn<>("Publisher", s -> text(s.publisher()), (s, v) -> new Source(s.id(), s.title(), blankNull(v), s.author(), s.date(), s.url(), s.note())),
            new DataColumn<>("Date", s -> date(s.date()), (s, v) -> new Source(s.id(), s.title(), s.publisher(), s.author(), date(v, "Date"), s.url(), s.note())),
            new DataColumn<>("Address", s -> text(s.url()), (s, v) -> new Source(s.id(), s.title(), s.publisher(), s.author(), s.date(), blankNull(v), s.note())));

    private static Actor actor(Actor a, String name, String kind, String region, PartialDate start, PartialDate end) {
        ordered(start, end);
        return new Actor(a.id(), name, kind, a.aliases(), region, a.summary(), start, end, a.note(), a.figures(), a.sources(), a.shortName());
    }

    private static Relation tie(Relation r, String from, String type, String to, PartialDate start, PartialDate end, String certainty) {
        ordered(start != null ? start : r.knownBy(), end);
        return new Relation(r.id(), from, to, type, start, end, r.summary(), certainty, r.note(), r.figures(), r.sources(), r.knownBy());
    }

    private static Event event(Event e, PartialDate date, String title) {
        ordered(date, e.end());
        return new Event(e.id(), date, e.end(), title, e.summary(), e.actors(), e.tags(), e.note(), e.figures(), e.sources());
    }

    /** An end before the start is refused in the cell: every view draws an item's dates as a range forwards. */
    private static void ordered(PartialDate start, PartialDate end) {
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            throw new IllegalArgumentException("it would end (" + end + ") before it starts (" + start + ")");
        }
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static String date(PartialDate d) {
        return d == null ? "" : d.toString();
    }

    static String blankNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String required(String v, String what) {
        if (v == null || v.isBlank()) throw new IllegalArgumentException(what + " cannot be empty");
        return v.strip();
    }

    static PartialDate date(String v, String what) {
        if (v == null || v.isBlank()) return null;
        try {
            return PartialDate.parse(v.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + ": '" + v.strip() + "' is not a date: write 2025, 2025-04 or 2025-04-09");
        }
    }

    static PartialDate requiredDate(String v) {
        PartialDate d = date(v, "Date");
        if (d == null) throw new IllegalArgumentException("Date cannot be empty");
        return d;
    }
}
