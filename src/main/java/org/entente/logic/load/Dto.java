package org.entente.logic.load;

import java.util.List;

/**
 * The file's content as read, before validation: every value keeps the {@link Place} it came from so
 * that the validator can point at it. An absent or wrongly typed field is null (its problem is already
 * reported); a list field that is absent is null, an empty list is empty.
 */
final class Dto {

    private Dto() {
    }

    /** A string value and where it was written: one object per value, the value's place itself. */
    static final class Str extends Place {
        private final String value;

        Str(Place parent, String key, int index, int line, int column, String value) {
            super(parent, key, index, line, column);
            this.value = value;
        }

        String value() {
            return value;
        }

        /** Where the string was written (the string is its own place). */
        Place at() {
            return this;
        }

        boolean isBlank() {
            return value.isBlank();
        }
    }

    /** A list of strings (ids, aliases, tags) and where the list was written. */
    static final class StrList extends Place {
        private List<Str> items = List.of();

        StrList(Place parent, String key, int line, int column) {
            super(parent, key, 0, line, column);
        }

        void items(List<Str> items) {
            this.items = List.copyOf(items);
        }

        List<Str> items() {
            return items;
        }

        /** Where the list was written. */
        Place at() {
            return this;
        }

        List<String> values() {
            return items.stream().map(Str::value).toList();
        }
    }

    record DatasetDto(Place at, Str schema, Str title, Str description, List<SourceDto> sources, List<ActorDto> actors,
                      List<RelationDto> relations, List<EventDto> events, List<DisputeDto> disputes) {
    }

    record SourceDto(Place at, Str id, Str title, Str publisher, Str author, Str date, Str url, Str note) {
    }

    record ActorDto(Place at, Str id, Str name, Str kind, StrList aliases, Str region, Str summary, Str start, Str end,
                    Str note, List<FigureDto> figures, StrList sources, Str shortName) {
    }

    record RelationDto(Place at, Str id, Str from, Str to, Str type, Str start, Str end, Str summary, Str certainty,
                       Str note, List<FigureDto> figures, StrList sources, Str knownBy) {
    }

    record EventDto(Place at, Str id, Str date, Str end, Str title, Str summary, StrList actors, StrList tags, Str note,
                    List<FigureDto> figures, StrList sources) {
    }

    /** {@code positionsAt} is where the list of positions was written, null when it is missing. */
    record DisputeDto(Place at, Str id, Str summary, StrList subjects, List<PositionDto> positions, Place positionsAt) {
    }

    record PositionDto(Place at, Str claim, StrList sources) {
    }

    /** {@code value} is null when missing or not a finite number. */
    record FigureDto(Place at, Str label, Double value, Str unit, Str when, StrList sources, Str qualifier) {
    }
}
