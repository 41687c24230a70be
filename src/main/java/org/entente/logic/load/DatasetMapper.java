package org.entente.logic.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Turns validated DTOs into the immutable model. Only called when validation found no errors, so every
 * required value is present and every date parses.
 */
final class DatasetMapper {

    private DatasetMapper() {
    }

    static Dataset map(DatasetDto d) {
        Map<String, Map<String, String>> extras = new HashMap<>();
        extras(extras, "", d.at(), DtoReader.TOP_FIELDS);
        d.sources().forEach(x -> extras(extras, Dataset.extrasKey("sources", x.id().value()), x.at(), DtoReader.SOURCE_FIELDS));
        d.actors().forEach(x -> extras(extras, Dataset.extrasKey("actors", x.id().value()), x.at(), DtoReader.ACTOR_FIELDS));
        d.relations().forEach(x -> extras(extras, Dataset.extrasKey("relations", x.id().value()), x.at(), DtoReader.RELATION_FIELDS));
        d.events().forEach(x -> extras(extras, Dataset.extrasKey("events", x.id().value()), x.at(), DtoReader.EVENT_FIELDS));
        d.disputes().forEach(x -> extras(extras, Dataset.extrasKey("disputes", x.id().value()), x.at(), DtoReader.DISPUTE_FIELDS));
        return new Dataset(text(d.schema()), text(d.title()), text(d.description()),
                d.sources().stream().map(DatasetMapper::source).toList(),
                d.actors().stream().map(DatasetMapper::actor).toList(),
                d.relations().stream().map(DatasetMapper::relation).toList(),
                d.events().stream().map(DatasetMapper::event).toList(),
                d.disputes().stream().map(DatasetMapper::dispute).toList(),
                extras);
    }

    /** Keeps the unknown fields of an object (read past by the reader, as JSON text), so a save writes them back. */
    private static void extras(Map<String, Map<String, String>> into, String key, Place at, Set<String> known) {
        if (at instanceof Place.Item item && !item.extras().isEmpty()) into.put(key, item.extras());
    }

    private static Source source(SourceDto s) {
        return new Source(text(s.id()), text(s.title()), text(s.publisher()), text(s.author()), date(s.date()),
                text(s.url()), text(s.note()));
    }

    private static Actor actor(ActorDto a) {
        return new Actor(text(a.id()), text(a.name()), text(a.kind()), list(a.aliases()), text(a.region()), text(a.summary()),
                date(a.start()), date(a.end()), text(a.note()), figures(a.figures()), list(a.sources()),
                a.shortName() == null ? null : a.shortName().value().strip());
    }

    private static Relation relation(RelationDto r) {
        return new Relation(text(r.id()), text(r.from()), text(r.to()), text(r.type()), date(r.start()), date(r.end()),
                text(r.summary()), text(r.certainty()), text(r.note()), figures(r.figures()), list(r.sources()), date(r.knownBy()));
    }

    private static Event event(EventDto e) {
        return new Event(text(e.id()), date(e.date()), date(e.end()), text(e.title()), text(e.summary()), list(e.actors()),
                list(e.tags()), text(e.note()), figures(e.figures()), list(e.sources()));
    }

    private static Dispute dispute(DisputeDto d) {
        return new Dispute(text(d.id()), text(d.summary()), list(d.subjects()),
                d.positions().stream().map(p -> new Dispute.Position(text(p.claim()), list(p.sources()), extrasOf(p.at()))).toList());
    }

    private static List<Figure> figures(List<FigureDto> figures) {
        return figures.stream().map(f -> new Figure(text(f.label()), f.value(), text(f.unit()), date(f.when()), list(f.sources()),
                text(f.qualifier()), extrasOf(f.at()))).toList();
    }

    /** A nested object's unknown fields (figures and positions keep their own, so edits carry them along). */
    private static Map<String, String> extrasOf(Place at) {
        return at instanceof Place.Item item ? item.extras() : Map.of();
    }

    private static String text(Str s) {
        return s == null ? null : s.value();
    }

    private static PartialDate date(Str s) {
        return s == null ? null : PartialDate.parseOrNull(s.value());
    }

    private static List<String> list(StrList l) {
        return l == null ? List.of() : l.values();
    }
}
