package org.entente.logic.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.entente.logic.load.Dto.ActorDto;
import org.entente.logic.load.Dto.DatasetDto;
import org.entente.logic.load.Dto.DisputeDto;
import org.entente.logic.load.Dto.EventDto;
import org.entente.logic.load.Dto.FigureDto;
import org.entente.logic.load.Dto.PositionDto;
import org.entente.logic.load.Dto.RelationDto;
import org.entente.logic.load.Dto.SourceDto;
import org.entente.logic.load.Dto.Str;
import org.entente.logic.load.Dto.StrList;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Vocabulary;

/**
 * The meaning rules of an {@code entente/1} dataset, one small method per rule: ids are present and
 * unique, references resolve, every fact is cited, dates are real and in order, relations join two
 * different actors, and vocabulary is known (unknown words are warnings: they load with a default
 * style). Runs in time linear in the size of the file.
 */
final class DatasetValidator {

    /** The schema this version reads. */
    static final String SCHEMA = "entente/1";

    /** The certainty values the views know; see {@link org.entente.model.Relation}. */
    static final Set<String> CERTAINTIES = Set.of("confirmed", "reported", "planned", "disputed");

    /** Suggestions ("did you mean") cost a scan of all ids, so only the first few unknown ids get one. */
    private static final int MAX_SUGGESTIONS = 100;

    /** "2025-00", "2025-01-00": a month or day written as 00 instead of being left out. */
    private static final java.util.regex.Pattern ZERO_MONTH_OR_DAY = java.util.regex.Pattern.compile("^~?\\d{4}(-00|-\\d{2}-00)");

    private final DatasetDto data;
    private final ProblemSink sink;
    private final Map<String, Owner> ids = new HashMap<>();
    private int suggestionsLeft = MAX_SUGGESTIONS;

    /** Names an item in messages ("figure 'Aid' of actor 'japan'"); only spelt out when a problem is reported. */
    private record Item(String noun, Place at, Item owner) {
        @Override
        public String toString() {
            String self = DtoReader.describe(at, noun);
            return owner == null ? self : self + " of " + owner;
        }
    }

    /** What an id belongs to, for duplicate and wrong-kind messages. */
    private record Owner(String noun, Place at) {
    }

    private DatasetValidator(DatasetDto data, ProblemSink sink) {
        this.data = data;
        this.sink = sink;
    }

    static void validate(DatasetDto data, ProblemSink sink) {
        new DatasetValidator(data, sink).run();
    }

    private void run() {
        checkSchema();
        checkIds();
        checkReferences();
        checkCitations();
        checkDates();
        checkDateOrder();
        checkSelfLoops();
        checkShapes();
        checkVocabulary();
        checkFigureQualifiers();
        checkShortNames();
    }

    // ------------------------------------------------------------------ short names

    /** Longest short name, in characters: it has to fit under a node at the projector's type size. */
    static final int MAX_SHORT = 16;

    /** A short name is for the graph's labels: present when given, short, and shorter than the name. */
    void checkShortNames() {
        for (ActorDto a : data.actors()) {
            Str s = a.shortName();
            if (s == null) continue;
            Item what = new Item("actor", a.at(), null);
            if (s.isBlank()) {
                sink.error(s.at(), what + " has an empty 'short'; give a short display name such as 'NSATU', or leave the field out");
            } else if (s.value().strip().length() > MAX_SHORT) {
                sink.error(s.at(), what + ": 'short' is " + s.value().strip().length() + " characters ('" + Texts.shorten(s.value(), 40)
                        + "'); a short display name has at most " + MAX_SHORT);
            } else if (a.name() != null && s.value().strip().length() >= a.name().value().strip().length()) {
                sink.warning(s.at(), what + ": 'short' ('" + Texts.shorten(s.value(), 40) + "') is not shorter than the name; leave it out");
            }
        }
    }

    // ------------------------------------------------------------------ schema

    void checkSchema() {
        Str schema = data.schema();
        if (schema != null && !schema.value().equals(SCHEMA)) {
            sink.error(schema.at(), "unsupported schema '" + schema.value() + "': this version of Entente reads '" + SCHEMA + "'");
        }
    }

    // ------------------------------------------------------------------ ids

    void checkIds() {
        data.sources().forEach(s -> claimId("source", s.id(), s.at()));
        data.actors().forEach(a -> claimId("actor", a.id(), a.at()));
        data.relations().forEach(r -> claimId("relation", r.id(), r.at()));
        data.events().forEach(e -> claimId("event", e.id(), e.at()));
        data.disputes().forEach(d -> claimId("dispute", d.id(), d.at()));
    }

    private void claimId(String noun, Str id, Place item) {
        if (id == null) return;
        if (id.isBlank()) {
            sink.error(id.at(), DtoReader.describe(item, noun) + " has an empty 'id'; give it a short readable id such as 'japan'");
            return;
        }
        Owner first = ids.putIfAbsent(id.value(), new Owner(noun, id.at()));
        if (first != null) {
            sink.error(id.at(), "duplicate id " + Quoted.of(id.value()) + ": the " + first.noun() + " at line " + first.at().line()
                    + " already uses it (ids must be unique across sources, actors, relations, events and disputes)");
        }
    }

    // ------------------------------------------------------------------ references

    void checkReferences() {
        for (RelationDto r : data.relations()) {
            Item what = new Item("relation", r.at(), null);
            refer(what, "from", r.from(), "actor");
            refer(what, "to", r.to(), "actor");
        }
        for (EventDto e : data.events()) {
            Item what = new Item("event", e.at(), null);
            each(e.actors(), a -> refer(what, "actors", a, "actor"));
        }
        for (DisputeDto d : data.disputes()) {
            Item what = new Item("dispute", d.at(), null);
            each(d.subjects(), s -> refer(what, "subjects", s, "actor", "relation", "event"));
        }
        forEachCitation((what, sources) -> each(sources, s -> refer(what, "sources", s, "source")));
    }

    /** Reports {@code ref} unless it is the id of an item of one of the {@code nouns}. */
    private void refer(Item what, String field, Str ref, String... nouns) {
        if (ref == null) return;
        if (ref.isBlank()) {
            sink.error(ref.at(), what + ": an empty id in '" + field + "'");
            return;
        }
        Owner owner = ids.get(ref.value());
        if (owner != null && List.of(nouns).contains(owner.noun())) return;
        String expected = nouns.length == 1 ? nouns[0] : "actor, relation or event";
        String message = what + ": unknown " + expected + " " + Quoted.of(ref.value()) + " in '" + field + "'";
        if (owner != null) {
            message += " (" + Quoted.of(ref.value()) + " is a " + owner.noun() + ", not " + article(expected) + ")";
        } else if (suggestionsLeft > 0) {
            suggestionsLeft--;
            List<String> candidates = new ArrayList<>();
            ids.forEach((id, o) -> {
                if (List.of(nouns).contains(o.noun())) candidates.add(id);
            });
            message += Texts.didYouMean(ref.value(), candidates);
        }
        sink.error(ref.at(), message);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    // ------------------------------------------------------------------ citations

    /** Every fact must be cited: an empty {@code sources} list is an error (a missing one is reported when read). */
    void checkCitations() {
        forEachCitation((what, sources) -> {
            if (sources != null && sources.items().isEmpty()) {
                sink.error(sources.at(), what + " cites no source: every fact must be cited (add at least one source id)");
            }
        });
    }

    /** Calls {@code check} with every sources list: of actors, relations, events, their figures, and dispute positions. */
    private void forEachCitation(java.util.function.BiConsumer<Item, StrList> check) {
        for (ActorDto a : data.actors()) cited(new Item("actor", a.at(), null), a.sources(), a.figures(), check);
        for (RelationDto r : data.relations()) cited(new Item("relation", r.at(), null), r.sources(), r.figures(), check);
        for (EventDto e : data.events()) cited(new Item("event", e.at(), null), e.sources(), e.figures(), check);
        for (DisputeDto d : data.disputes()) {
            Item what = new Item("dispute", d.at(), null);
            for (PositionDto p : d.positions()) {
                check.accept(new Item("position", p.at(), what), p.sources());
            }
        }
    }

    private static void cited(Item what, StrList sources, List<FigureDto> figures,
                              java.util.function.BiConsumer<Item, StrList> check) {
        check.accept(what, sources);
        for (FigureDto f : figures) {
            check.accept(new Item("figure", f.at(), what), f.sources());
        }
    }

    // ------------------------------------------------------------------ dates

    void checkDates() {
        for (SourceDto s : data.sources()) date(new Item("source", s.at(), null), "date", s.date());
        for (ActorDto a : data.actors()) {
            Item what = new Item("actor", a.at(), null);
            date(what, "start", a.start());
            date(what, "end", a.end());
            figureDates(what, a.figures());
        }
        for (RelationDto r : data.relations()) {
            Item what = new Item("relation", r.at(), null);
            date(what, "start", r.start());
            date(what, "knownBy", r.knownBy());
            date(what, "end", r.end());
            figureDates(what, r.figures());
        }
        for (EventDto e : data.events()) {
            Item what = new Item("event", e.at(), null);
            date(what, "date", e.date());
            date(what, "end", e.end());
            figureDates(what, e.figures());
        }
    }

    private void figureDates(Item owner, List<FigureDto> figures) {
        for (FigureDto f : figures) date(new Item("figure", f.at(), owner), "when", f.when());
    }

    private void date(Item what, String field, Str text) {
        if (text == null) return;
        String v = text.value();
        if (!v.equals(v.strip())) {
            sink.error(text.at(), what + ": '" + field + "' " + Quoted.of(v) + " has spaces or line breaks around the date; write it alone");
            return;
        }
        if (ZERO_MONTH_OR_DAY.matcher(v).find()) {
            sink.error(text.at(), what + ": '" + field + "' " + Quoted.of(v) + " has a month or day 00; write a coarser date"
                    + " (YYYY or YYYY-MM) when the month or day is not known");
            return;
        }
        try {
            PartialDate.parse(v);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null ? "is not a date" : e.getMessage();
            String raw = "'" + v + "' ";
            why = why.startsWith(raw) ? why.substring(raw.length()) : "is not a valid date (" + why + ")";
            sink.error(text.at(), what + ": '" + field + "' " + Quoted.of(v) + " " + why);
        }
    }

    /** The date, or null when absent or unreadable (already reported by {@link #checkDates()}). */
    static PartialDate parsed(Str text) {
        if (text == null || !text.value().equals(text.value().strip()) || ZERO_MONTH_OR_DAY.matcher(text.value()).find()) return null;
        try {
            return PartialDate.parse(text.value());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    void checkDateOrder() {
        for (ActorDto a : data.actors()) order(new Item("actor", a.at(), null), a.start(), "start", a.end());
        for (RelationDto r : data.relations()) {
            Item what = new Item("relation", r.at(), null);
            order(what, r.start(), "start", r.end());
            order(what, r.knownBy(), "knownBy", r.end());
            if (r.start() != null && r.knownBy() != null) {
                sink.error(r.knownBy().at(), what + " has both 'start' and 'knownBy': 'knownBy' is for a tie whose start the"
                        + " sources do not give (\"holds by April 2025\"); keep 'start' if it is known, else remove it");
            }
        }
        for (EventDto e : data.events()) order(new Item("event", e.at(), null), e.date(), "date", e.end());
    }

    private void order(Item what, Str startText, String startField, Str endText) {
        PartialDate start = parsed(startText);
        PartialDate end = parsed(endText);
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            sink.error(endText.at(), what + " ends (" + end + ") before it starts ('" + startField + "' " + start + ")");
        }
    }

    // ------------------------------------------------------------------ graph shape

    void checkSelfLoops() {
        for (RelationDto r : data.relations()) {
            if (r.from() != null && r.to() != null && r.from().value().equals(r.to().value()) && !r.from().isBlank()) {
                sink.error(r.to().at(), new Item("relation", r.at(), null) + " goes from " + Quoted.of(r.from().value())
                        + " to itself; a relation must join two different actors");
            }
        }
    }

    // ------------------------------------------------------------------ events name actors

    /**
     * An event happens to someone: it names at least one actor (an event without 'actors' is reported
     * when read). A dispute records at least one position (one is enough while the other side
     * is not yet sourced).
     */
    void checkShapes() {
        for (EventDto e : data.events()) {
            if (e.actors() != null && e.actors().items().isEmpty()) {
                sink.error(e.actors().at(), new Item("event", e.at(), null) + " names no actors: list at least one actor id in 'actors'");
            }
        }
        for (DisputeDto d : data.disputes()) {
            Place positions = d.positionsAt();
            if (positions != null && d.positions().isEmpty()) {
                sink.error(positions, new Item("dispute", d.at(), null) + " records no position: give at least one claim with"
                        + " its sources (a dispute may record one position while the other side is not yet sourced)");
            }
        }
    }

    // ------------------------------------------------------------------ vocabulary (warnings)

    void checkVocabulary() {
        for (ActorDto a : data.actors()) {
            Item what = new Item("actor", a.at(), null);
            word(what, "kind", a.kind(), Vocabulary.DEFAULT_KINDS);
            word(what, "region", a.region(), Vocabulary.DEFAULT_REGIONS);
        }
        for (RelationDto r : data.relations()) {
            Item what = new Item("relation", r.at(), null);
            word(what, "type", r.type(), Vocabulary.DEFAULT_TYPES.keySet());
            word(what, "certainty", r.certainty(), CERTAINTIES);
        }
    }

    /** A figure's bound changes what its number means, so an unknown one is an error rather than a default style. */
    void checkFigureQualifiers() {
        for (ActorDto a : data.actors()) qualifiers(new Item("actor", a.at(), null), a.figures());
        for (RelationDto r : data.relations()) qualifiers(new Item("relation", r.at(), null), r.figures());
        for (EventDto e : data.events()) qualifiers(new Item("event", e.at(), null), e.figures());
    }

    private void qualifiers(Item owner, List<FigureDto> figures) {
        for (FigureDto f : figures) {
            Str q = f.qualifier();
            if (q == null || Figure.QUALIFIERS.contains(q.value())) continue;
            sink.error(q.at(), new Item("figure", f.at(), owner) + ": unknown qualifier '" + Texts.shorten(q.value(), 40) + "'"
                    + Texts.didYouMean(q.value(), Figure.QUALIFIERS) + " (known: " + String.join(", ", Figure.QUALIFIERS)
                    + "; leave it out for a plain amount)");
        }
    }

    private void word(Item what, String field, Str value, java.util.Collection<String> known) {
        if (value == null || value.isBlank() || known.contains(value.value())) return;
        sink.warning(value.at(), what + ": unknown " + field + " " + Quoted.of(value.value()) + Texts.didYouMean(value.value(), known)
                + "; it is shown with the default style (known: " + String.join(", ", known) + ")");
    }

    private static void each(StrList list, Consumer<Str> action) {
        if (list != null) list.items().forEach(action);
    }
}
