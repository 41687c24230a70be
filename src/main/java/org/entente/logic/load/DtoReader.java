package org.entente.logic.load;

import java.util.List;
import java.util.Set;

import org.entente.logic.load.Dto.ActorDto;
import org.entente.logic.load.Dto.DatasetDto;
import org.entente.logic.load.Dto.DisputeDto;
import org.entente.logic.load.Dto.EventDto;
import org.entente.logic.load.Dto.FigureDto;
import org.entente.logic.load.Dto.PositionDto;
import org.entente.logic.load.Dto.RelationDto;
import org.entente.logic.load.Dto.SourceDto;

/**
 * Maps the positioned JSON tree onto the {@code entente/1} shape: which fields each item has, their
 * types, which are required. Everything about meaning (ids, dates, references) is the
 * {@link DatasetValidator}'s job.
 */
final class DtoReader {

    static final Set<String> TOP_FIELDS = Set.of("schema", "title", "description", "sources", "actors", "relations", "events", "disputes");
    static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "publisher", "author", "date", "url", "note");
    static final Set<String> ACTOR_FIELDS = Set.of("id", "name", "kind", "aliases", "region", "summary", "start", "end", "note", "figures", "sources", "short");
    static final Set<String> RELATION_FIELDS = Set.of("id", "from", "to", "type", "start", "end", "summary", "certainty", "note", "figures", "sources", "knownBy");
    static final Set<String> EVENT_FIELDS = Set.of("id", "date", "end", "title", "summary", "actors", "tags", "note", "figures", "sources");
    static final Set<String> DISPUTE_FIELDS = Set.of("id", "summary", "subjects", "positions");
    static final Set<String> POSITION_FIELDS = Set.of("claim", "sources");
    static final Set<String> FIGURE_FIELDS = Set.of("label", "value", "unit", "when", "sources", "qualifier");

    private final ProblemSink sink;

    private DtoReader(ProblemSink sink) {
        this.sink = sink;
    }

    /** The dataset as read, or null (after reporting) when the root is not an object. */
    static DatasetDto read(JsonNode root, ProblemSink sink) {
        return new DtoReader(sink).dataset(root);
    }

    private DatasetDto dataset(JsonNode root) {
        if (!root.is(JsonNode.Type.OBJECT)) {
            sink.error(root, "the file must hold one JSON object { \"schema\": \"entente/1\", ... } but holds " + root.describe());
            return null;
        }
        FieldReader f = FieldReader.of(root, "the dataset", TOP_FIELDS, sink);
        return new DatasetDto(root, f.requiredString("schema"), f.requiredString("title"), f.optionalString("description"),
                f.objects("sources", false, this::source), f.objects("actors", false, this::actor),
                f.objects("relations", false, this::relation), f.objects("events", false, this::event),
                f.objects("disputes", false, this::dispute));
    }

    private SourceDto source(JsonNode node) {
        FieldReader f = FieldReader.of(node, "source", SOURCE_FIELDS, sink);
        if (f == null) return null;
        return new SourceDto(node, f.requiredString("id"), f.requiredString("title"), f.optionalString("publisher"),
                f.optionalString("author"), f.optionalString("date"), f.optionalString("url"), f.optionalString("note"));
    }

    private ActorDto actor(JsonNode node) {
        FieldReader f = FieldReader.of(node, "actor", ACTOR_FIELDS, sink);
        if (f == null) return null;
        return new ActorDto(node, f.requiredString("id"), f.requiredString("name"), f.requiredString("kind"),
                f.optionalStrings("aliases"), f.optionalString("region"), f.optionalString("summary"),
                f.optionalString("start"), f.optionalString("end"), f.optionalString("note"), figures(f),
                f.requiredStrings("sources"), f.optionalString("short"));
    }

    private RelationDto relation(JsonNode node) {
        FieldReader f = FieldReader.of(node, "relation", RELATION_FIELDS, sink);
        if (f == null) return null;
        return new RelationDto(node, f.requiredString("id"), f.requiredString("from"), f.requiredString("to"),
                f.requiredString("type"), f.optionalString("start"), f.optionalString("end"), f.optionalString("summary"),
                f.optionalString("certainty"), f.optionalString("note"), figures(f), f.requiredStrings("sources"),
                f.optionalString("knownBy"));
    }

    private EventDto event(JsonNode node) {
        FieldReader f = FieldReader.of(node, "event", EVENT_FIELDS, sink);
        if (f == null) return null;
        return new EventDto(node, f.requiredString("id"), f.requiredString("date"), f.optionalString("end"),
                f.requiredString("title"), f.optionalString("summary"), f.optionalStrings("actors"),
                f.optionalStrings("tags"), f.optionalString("note"), figures(f), f.requiredStrings("sources"));
    }

    private DisputeDto dispute(JsonNode node) {
        FieldReader f = FieldReader.of(node, "dispute", DISPUTE_FIELDS, sink);
        if (f == null) return null;
        return new DisputeDto(node, f.requiredString("id"), f.requiredString("summary"), f.requiredStrings("subjects"),
                f.objects("positions", true, this::position));
    }

    private PositionDto position(JsonNode node) {
        FieldReader f = FieldReader.of(node, "position", POSITION_FIELDS, sink);
        if (f == null) return null;
        return new PositionDto(node, f.requiredString("claim"), f.requiredStrings("sources"));
    }

    private List<FigureDto> figures(FieldReader item) {
        return item.objects("figures", false, node -> {
            FieldReader f = FieldReader.of(node, "figure", FIGURE_FIELDS, sink);
            if (f == null) return null;
            return new FigureDto(node, f.requiredString("label"), f.requiredNumber("value"), f.requiredString("unit", true),
                    f.optionalString("when"), f.requiredStrings("sources"), f.optionalString("qualifier"));
        });
    }
}
