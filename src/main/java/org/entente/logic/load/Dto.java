package org.entente.logic.load;

import java.util.List;

/**
 * The file's content as read, before validation: every value keeps the {@link JsonNode} it came from so
 * that the validator can point at it. An absent or wrongly typed field is null (its problem is already
 * reported); a list field that is absent is null, an empty list is empty.
 */
final class Dto {

    private Dto() {
    }

    /** A string value and where it was written. */
    record Str(String value, JsonNode at) {
        boolean isBlank() {
            return value.isBlank();
        }
    }

    /** A list of strings (ids, aliases, tags) and where the list was written. */
    record StrList(List<Str> items, JsonNode at) {
        List<String> values() {
            return items.stream().map(Str::value).toList();
        }
    }

    record DatasetDto(JsonNode at, Str schema, Str title, Str description, List<SourceDto> sources, List<ActorDto> actors,
                      List<RelationDto> relations, List<EventDto> events, List<DisputeDto> disputes) {
    }

    record SourceDto(JsonNode at, Str id, Str title, Str publisher, Str author, Str date, Str url, Str note) {
    }

    record ActorDto(JsonNode at, Str id, Str name, Str kind, StrList aliases, Str region, Str summary, Str start, Str end,
                    Str note, List<FigureDto> figures, StrList sources, Str shortName) {
    }

    record RelationDto(JsonNode at, Str id, Str from, Str to, Str type, Str start, Str end, Str summary, Str certainty,
                       Str note, List<FigureDto> figures, StrList sources, Str knownBy) {
    }

    record EventDto(JsonNode at, Str id, Str date, Str end, Str title, Str summary, StrList actors, StrList tags, Str note,
                    List<FigureDto> figures, StrList sources) {
    }

    record DisputeDto(JsonNode at, Str id, Str summary, StrList subjects, List<PositionDto> positions) {
    }

    record PositionDto(JsonNode at, Str claim, StrList sources) {
    }

    /** {@code value} is null when missing or not a finite number. */
    record FigureDto(JsonNode at, Str label, Double value, Str unit, Str when, StrList sources, Str qualifier) {
    }
}
