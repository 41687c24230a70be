package org.entente.logic.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.entente.logic.load.Dto.ActorDto;
import org.entente.logic.load.Dto.DatasetDto;
import org.entente.logic.load.Dto.DisputeDto;
import org.entente.logic.load.Dto.EventDto;
import org.entente.logic.load.Dto.FigureDto;
import org.entente.logic.load.Dto.RelationDto;
import org.entente.logic.load.Dto.SourceDto;
import org.entente.logic.load.Dto.Str;
import org.entente.logic.load.Dto.StrList;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.Figure;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * Turns DTOs into the immutable model. The strict mapping ({@link #map}) is only called when validation
 * found no errors, so every required value is present and every date parses. How an id, a required text,
 * a date, an event and a figure are taken is a hook, so that {@link LenientMapper} can build a dataset
 * from a file with errors (to open it for fixing) through the same code.
 */
class DatasetMapper {

    /** Unknown fields by {@link Dataset#extrasKey}, filled as items are mapped. */
    private final Map<String, Map<String, String>> extras = new HashMap<>();

    DatasetMapper() {
    }

    /** The dataset of a file validated without errors. */
    static Dataset map(DatasetDto d) {
        return new DatasetMapper().build(d);
    }

    final Dataset build(DatasetDto d) {
        keep("", d.at());
        List<Source> sources = d.sources().stream().map(this::source).toList();
        List<Actor> actors = d.actors().stream().map(this::actor).toList();
        List<Relation> relations = d.relations().stream().map(this::relation).toList();
        List<Event> events = d.events().stream().map(this::event).filter(Objects::nonNull).toList();
        List<Dispute> disputes = d.disputes().stream().map(this::dispute).toList();
        return new Dataset(text(d.schema()), text(d.title()), text(d.description()), sources, actors, relations, events,
                disputes, extras);
    }

    // ------------------------------------------------------------------ hooks (strict: values are known good)

    /** The id of an item; {@code noun} and {@code at} name it in the lenient mapper's notes. */
    String id(String noun, Str id, Place at) {
        return text(id);
    }

    /** A required text: present after a strict validation. */
    String required(Str s) {
        return text(s);
    }

    /** An optional text, null when absent. */
    String text(Str s) {
        return s == null ? null : s.value();
    }

    /**
     * A date, null when absent. {@code key} is the item's {@link Dataset#extrasKey} (null for a figure) so
     * that the lenient mapper can keep a date it cannot read as written.
     */
    PartialDate date(String key, String field, Str s, Place at) {
        return s == null ? null : PartialDate.parseOrNull(s.value());
    }

    /**
     * An end date, read after the start ({@code from}, or null): the lenient mapper keeps an end before the
     * start as written, since the views' date ranges cannot run backwards.
     */
    PartialDate end(String key, Str s, PartialDate from, Place at) {
        return date(key, "end", s, at);
    }

    /** An event with its date read; the lenient mapper drops (and lists) one whose date cannot be read. */
    Event event(Event e, EventDto dto) {
        return e;
    }

    /** A figure's number; the lenient mapper drops (and lists) a figure without one. */
    Figure figure(FigureDto f, String owner) {
        return new Figure(required(f.label()), f.value(), text(f.unit()), date(null, "when", f.when(), f.at()), list(f.sources()),
                text(f.qualifier()), extrasOf(f.at()));
    }

    /** A nested object's unknown fields (figures and positions keep their own, so edits carry them along). */
    static Map<String, String> extrasOf(Place at) {
        return at instanceof Place.Item item ? item.extras() : Map.of();
    }

    // ------------------------------------------------------------------ items

    /** Keeps the unknown fields of an object (read past by the reader, as JSON text), so a save writes them back. */
    void keep(String key, Place at) {
        if (at instanceof Place.Item item && !item.extras().isEmpty()) extras.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(item.extras());
    }

    /** Adds one field to keep as written (JSON text) on the item with {@code key}. */
    final void keepField(String key, String field, String json) {
        extras.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(field, json);
    }

    private Source source(SourceDto s) {
        String id = id("source", s.id(), s.at());
        String key = Dataset.extrasKey("sources", id);
        keep(key, s.at());
        return new Source(id, required(s.title()), text(s.publisher()), text(s.author()), date(key, "date", s.date(), s.at()),
                text(s.url()), text(s.note()));
    }

    private Actor actor(ActorDto a) {
        String id = id("actor", a.id(), a.at());
        String key = Dataset.extrasKey("actors", id);
        keep(key, a.at());
        PartialDate start = date(key, "start", a.start(), a.at());
        return new Actor(id, required(a.name()), required(a.kind()), list(a.aliases()), text(a.region()), text(a.summary()),
                start, end(key, a.end(), start, a.at()), text(a.note()), figures(a.figures(), key),
                list(a.sources()), a.shortName() == null ? null : text(a.shortName()).strip());
    }

    private Relation relation(RelationDto r) {
        String id = id("relation", r.id(), r.at());
        String key = Dataset.extrasKey("relations", id);
        keep(key, r.at());
        PartialDate start = date(key, "start", r.start(), r.at());
        PartialDate knownBy = date(key, "knownBy", r.knownBy(), r.at());
        return new Relation(id, required(r.from()), required(r.to()), required(r.type()), start,
                end(key, r.end(), start != null ? start : knownBy, r.at()), text(r.summary()), text(r.certainty()), text(r.note()),
                figures(r.figures(), key), list(r.sources()), knownBy);
    }

    private Event event(EventDto e) {
        String id = id("event", e.id(), e.at());
        String key = Dataset.extrasKey("events", id);
        keep(key, e.at());
        PartialDate date = date(key, "date", e.date(), e.at());
        Event made = new Event(id, date, end(key, e.end(), date, e.at()), required(e.title()),
                text(e.summary()), list(e.actors()), list(e.tags()), text(e.note()), figures(e.figures(), key), list(e.sources()));
        return event(made, e);
    }

    private Dispute dispute(DisputeDto d) {
        String id = id("dispute", d.id(), d.at());
        keep(Dataset.extrasKey("disputes", id), d.at());
        return new Dispute(id, required(d.summary()), list(d.subjects()),
                d.positions().stream().map(p -> new Dispute.Position(required(p.claim()), list(p.sources()), extrasOf(p.at()))).toList());
    }

    private List<Figure> figures(List<FigureDto> figures, String owner) {
        return figures.stream().map(f -> figure(f, owner)).filter(Objects::nonNull).toList();
    }

    /** A list of ids, aliases or tags; empty when absent. */
    List<String> list(StrList l) {
        return l == null ? List.of() : l.values();
    }
}
