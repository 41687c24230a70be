package org.entente.logic.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

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

/**
 * Streams the JSON text straight into the {@code entente/1} DTOs with Gson's strict {@link JsonReader}:
 * which fields each item has, their types, which are required, where each value was written. No JSON
 * tree and no copy of the text is kept, so a file needs a few bytes of memory per byte (the README gives
 * the figure). Syntax errors become one problem in plain words (JSON cannot be read past its first
 * one), nesting is capped so that a hostile file cannot exhaust the stack, and a value repeated across
 * the file (an id that ties refer to, a type, a date) is kept once. Everything about meaning (ids,
 * dates, references) is the {@link DatasetValidator}'s job.
 */
final class DtoReader {

    /** Deepest nesting accepted; an entente file needs six levels. */
    static final int MAX_DEPTH = 64;

    static final Set<String> TOP_FIELDS = Set.of("schema", "title", "description", "sources", "actors", "relations", "events", "disputes");
    static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "publisher", "author", "date", "url", "note");
    static final Set<String> ACTOR_FIELDS = Set.of("id", "name", "kind", "aliases", "region", "summary", "start", "end", "note", "figures", "sources", "short");
    static final Set<String> RELATION_FIELDS = Set.of("id", "from", "to", "type", "start", "end", "summary", "certainty", "note", "figures", "sources", "knownBy");
    static final Set<String> EVENT_FIELDS = Set.of("id", "date", "end", "title", "summary", "actors", "tags", "note", "figures", "sources");
    static final Set<String> DISPUTE_FIELDS = Set.of("id", "summary", "subjects", "positions");
    static final Set<String> POSITION_FIELDS = Set.of("claim", "sources");
    static final Set<String> FIGURE_FIELDS = Set.of("label", "value", "unit", "when", "sources", "qualifier");

    private static final String EMPTY_FILE = "the file is empty: expected a JSON object { \"schema\": \"entente/1\", ... }";

    /** What a field holds; the shared kinds keep one copy of a value written many times. */
    private enum Kind { TEXT, SHARED, STRINGS, SHARED_STRINGS, NUMBER, OBJECTS }

    /** A field of an object: its kind, whether it is required, and for lists of objects their shape. */
    private record Field(String name, Kind kind, boolean required, boolean mayBeEmpty, Shape items, String whenMissing) {
    }

    private static Field text(String name) { return new Field(name, Kind.TEXT, false, false, null, null); }
    private static Field shared(String name) { return new Field(name, Kind.SHARED, false, false, null, null); }
    private static Field required(String name, Kind kind) { return new Field(name, kind, true, false, null, null); }
    private static Field objects(String name, Shape items, boolean required) { return new Field(name, Kind.OBJECTS, required, false, items, null); }

    /** The fields one kind of object may have, in the order their problems are listed, and how to make its DTO. */
    private static final class Shape {
        final String noun;
        final Set<String> known;
        final Map<String, Field> fields = new LinkedHashMap<>();
        final Function<Values, Object> build;

        Shape(String noun, Set<String> known, Function<Values, Object> build, Field... fields) {
            this.noun = noun;
            this.known = known;
            this.build = build;
            for (Field f : fields) this.fields.put(f.name(), f);
        }
    }

    private static final Field ID = new Field("id", Kind.TEXT, true, true, null, null);
    private static final Field SOURCES = required("sources", Kind.SHARED_STRINGS);

    private static final Shape FIGURE = new Shape("figure", FIGURE_FIELDS, v -> new FigureDto(v.at, v.str("label"), v.number("value"),
            v.str("unit"), v.str("when"), v.strs("sources"), v.str("qualifier")),
            required("label", Kind.TEXT), required("value", Kind.NUMBER), new Field("unit", Kind.SHARED, true, true, null, null),
            shared("when"), SOURCES, shared("qualifier"));
    private static final Field FIGURES = objects("figures", FIGURE, false);

    private static final Shape SOURCE = new Shape("source", SOURCE_FIELDS, v -> new SourceDto(v.at, v.str("id"), v.str("title"),
            v.str("publisher"), v.str("author"), v.str("date"), v.str("url"), v.str("note")),
            ID, required("title", Kind.TEXT), shared("publisher"), shared("author"), shared("date"), text("url"), text("note"));

    private static final Shape ACTOR = new Shape("actor", ACTOR_FIELDS, v -> new ActorDto(v.at, v.str("id"), v.str("name"), v.str("kind"),
            v.strs("aliases"), v.str("region"), v.str("summary"), v.str("start"), v.str("end"), v.str("note"), v.list("figures"),
            v.strs("sources"), v.str("short")),
            ID, required("name", Kind.TEXT), required("kind", Kind.SHARED), new Field("aliases", Kind.STRINGS, false, false, null, null),
            shared("region"), text("summary"), shared("start"), shared("end"), text("note"), FIGURES, SOURCES, text("short"));

    private static final Shape RELATION = new Shape("relation", RELATION_FIELDS, v -> new RelationDto(v.at, v.str("id"), v.str("from"),
            v.str("to"), v.str("type"), v.str("start"), v.str("end"), v.str("summary"), v.str("certainty"), v.str("note"),
            v.list("figures"), v.strs("sources"), v.str("knownBy")),
            ID, required("from", Kind.SHARED), required("to", Kind.SHARED), required("type", Kind.SHARED), shared("start"),
            shared("end"), text("summary"), shared("certainty"), text("note"), FIGURES, SOURCES, shared("knownBy"));

    /** An event happens to someone: it names at least one actor (an empty list is the validator's to report). */
    private static final Shape EVENT = new Shape("event", EVENT_FIELDS, v -> new EventDto(v.at, v.str("id"), v.str("date"), v.str("end"),
            v.str("title"), v.str("summary"), v.strs("actors"), v.strs("tags"), v.str("note"), v.list("figures"), v.strs("sources")),
            ID, required("date", Kind.SHARED), shared("end"), required("title", Kind.TEXT), text("summary"),
            new Field("actors", Kind.SHARED_STRINGS, true, false, null,
                    " has no 'actors' (it is required: list the ids of the actors the event is about)"),
            new Field("tags", Kind.SHARED_STRINGS, false, false, null, null), text("note"), FIGURES, SOURCES);

    private static final Shape POSITION = new Shape("position", POSITION_FIELDS, v -> new PositionDto(v.at, v.str("claim"), v.strs("sources")),
            required("claim", Kind.TEXT), SOURCES);

    private static final Shape DISPUTE = new Shape("dispute", DISPUTE_FIELDS, v -> new DisputeDto(v.at, v.str("id"), v.str("summary"),
            v.strs("subjects"), v.list("positions"), v.listPlaces.get("positions")),
            ID, required("summary", Kind.TEXT), required("subjects", Kind.SHARED_STRINGS), objects("positions", POSITION, true));

    private static final Shape DATASET = new Shape("the dataset", TOP_FIELDS, v -> new DatasetDto(v.at, v.str("schema"), v.str("title"),
            v.str("description"), v.list("sources"), v.list("actors"), v.list("relations"), v.list("events"), v.list("disputes")),
            required("schema", Kind.SHARED), required("title", Kind.TEXT), text("description"), objects("sources", SOURCE, false),
            objects("actors", ACTOR, false), objects("relations", RELATION, false), objects("events", EVENT, false),
            objects("disputes", DISPUTE, false));

    private final JsonReader reader;
    private final TextStream text;
    /** Problems that stand even when the file cannot be read to its end (duplicate fields, lone surrogates). */
    private final ProblemSink sink;
    /** Problems of content, which count only once the whole file was read as JSON. */
    private final ProblemSink content;
    private final Map<String, String> sharedValues = new HashMap<>();
    private boolean rootDone;

    private DtoReader(TextStream text, ProblemSink sink) {
        this.text = text;
        this.sink = sink;
        this.content = new ProblemSink(sink.file());
        this.reader = new JsonReader(text);
        this.reader.setStrictness(Strictness.STRICT);
    }

    /**
     * The dataset as read, or null after reporting why there is none: the text is not UTF-8 (then that is
     * the only problem), not JSON, nested too deep, or not one object.
     */
    /** While an unknown field is read past: where its JSON text is written (see {@link Place.Item#extras()}). */
    private com.google.gson.stream.JsonWriter capture;

    static DatasetDto read(TextStream text, ProblemSink sink) {
        return new DtoReader(text, sink).read();
    }

    private DatasetDto read() {
        try {
            DatasetDto dto = root();
            rootDone = true;
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedTextException("more");
            }
            sink.addAll(content);
            return dto;
        } catch (TextStream.BadText e) {
            notText(e);
        } catch (TooDeepException e) {
            TextStream.BadText bad = text.drain();
            if (bad != null) notText(bad);
            else sink.error(e.line, e.column, e.path, "the data is nested more than " + MAX_DEPTH
                    + " levels deep; an entente file needs at most 6 (lists of items holding figures), so the file is not read further");
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            int[] at = position();
            String message = JsonSyntax.explain(e, text.blankSoFar(), text.near(at[0], at[1]), rootDone, "the dataset", EMPTY_FILE);
            String path = reader.getPath();
            TextStream.BadText bad = text.drain();
            if (bad != null) notText(bad);
            else sink.error(at[0], at[1], path, message);
        }
        return null;
    }

    /** The text is not UTF-8 text: that is the file's only problem (nothing else in it can be trusted). */
    private void notText(TextStream.BadText e) {
        sink.clear();
        sink.error(e.line, e.column, "", e.getMessage());
    }

    private DatasetDto root() throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            Seen s = skip(null, null, 0, 1);
            content.error(s.place(), "the file must hold one JSON object { \"schema\": \"entente/1\", ... } but holds " + s.description());
            return null;
        }
        int[] at = position();
        return (DatasetDto) object(DATASET, null, null, 0, at[0], at[1] - 1, 1);
    }

    // ------------------------------------------------------------------ objects

    /** The values of one object's known fields as read, and the problems to report once its name is known. */
    private static final class Values {
        final Place.Item at;
        final Map<String, Object> values = new HashMap<>();
        final Set<String> given = new HashSet<>();
        final Map<String, Integer> firstLine = new HashMap<>();
        final Map<String, Place> listPlaces = new HashMap<>(2);
        final List<Later> later = new ArrayList<>(0);

        Values(Place.Item at) {
            this.at = at;
        }

        Str str(String name) { return (Str) values.get(name); }
        StrList strs(String name) { return (StrList) values.get(name); }
        Double number(String name) { return (Double) values.get(name); }

        @SuppressWarnings("unchecked")
        <T> List<T> list(String name) {
            Object v = values.get(name);
            return v == null ? List.of() : (List<T>) v;
        }
    }

    /** A problem whose message names the object ("actor 'japan': ..."), known only once the object is read. */
    private record Later(Severity severity, Place at, Function<String, String> message) {
    }

    private Object object(Shape shape, Place parent, String key, int index, int line, int column, int depth) throws IOException {
        Place.Item at = new Place.Item(parent, key, index, line, column);
        checkDepth(at, depth);
        Values v = new Values(at);
        reader.beginObject();
        while (reader.hasNext()) {
            reader.peek();
            int[] k = position();
            String name = reader.nextName();
            Integer first = v.firstLine.putIfAbsent(name, k[0]);
            if (first != null) {
                sink.error(k[0], k[1] - 1, at.path(), "the field '" + name + "' appears twice in this object (first at line "
                        + first + "); only the first is read");
                skip(at, name, 0, depth + 1);
                continue;
            }
            Field f = shape.fields.get(name);
            if (f == null) {
                Place member = new Place(at, name, 0, k[0], k[1] - 1);
                v.later.add(new Later(Severity.WARNING, member, what -> what + " has an unknown field '" + name + "'"
                        + Texts.didYouMean(name, shape.known) + "; it is ignored"));
                skipKept(at, name, depth + 1);
            } else {
                field(v, f, depth + 1);
            }
        }
        reader.endObject();
        return finish(shape, v);
    }

    /** Names the object, reports what was missing or wrong in it, and makes its DTO. */
    private Object finish(Shape shape, Values v) {
        for (String name : new String[] {"id", "label"}) {
            if (v.values.get(name) instanceof Str s && !s.isBlank()) {
                v.at.label(s.value());
                break;
            }
        }
        String what = null;
        for (Field f : shape.fields.values()) {
            if (f.required() && !v.given.contains(f.name())) {
                what = what == null ? describe(v.at, shape.noun) : what;
                content.error(v.at, what + (f.whenMissing() != null ? f.whenMissing() : " has no '" + f.name() + "' (it is required)"));
            } else if (f.required() && !f.mayBeEmpty() && v.values.get(f.name()) instanceof Str s && s.isBlank()) {
                what = what == null ? describe(v.at, shape.noun) : what;
                content.error(s, what + ": '" + f.name() + "' is empty");
            }
        }
        for (Later l : v.later) {
            what = what == null ? describe(v.at, shape.noun) : what;
            content.add(l.at().line(), l.at().column(), l.at().path(), l.severity(), l.message().apply(what));
        }
        return shape.build.apply(v);
    }

    private void field(Values v, Field f, int depth) throws IOException {
        JsonToken token = reader.peek();
        if (token == JsonToken.NULL) {
            reader.nextNull();
            return;
        }
        v.given.add(f.name());
        int[] p = position();
        String name = f.name();
        switch (f.kind()) {
            case TEXT, SHARED -> {
                if (token == JsonToken.STRING) {
                    v.values.put(name, string(v.at, name, 0, p[0], p[1] - 1, f.kind() == Kind.SHARED));
                } else {
                    wrong(v, skipKept(v.at, name, depth), s -> ": '" + name + "' must be a string but is " + s);
                }
            }
            case NUMBER -> {
                if (token == JsonToken.NUMBER) {
                    String literal = reader.nextString();
                    int[] end = position();
                    double d = Double.parseDouble(literal);
                    if (Double.isFinite(d)) {
                        v.values.put(name, d);
                    } else {
                        Place at = new Place(v.at, name, 0, end[0], end[1] - literal.length());
                        v.later.add(new Later(Severity.ERROR, at, what -> what + ": the number " + literal + " in '" + name + "' is too large"));
                    }
                } else {
                    boolean quoted = token == JsonToken.STRING;
                    wrong(v, skipKept(v.at, name, depth), s -> ": '" + name + "' must be a number but is " + s
                            + (quoted ? " (write it without quotes)" : ""));
                }
            }
            case STRINGS, SHARED_STRINGS -> {
                if (token == JsonToken.BEGIN_ARRAY) {
                    v.values.put(name, strings(v, name, f.kind() == Kind.SHARED_STRINGS, p, depth));
                } else {
                    wrong(v, skipKept(v.at, name, depth), s -> ": '" + name + "' must be a list [ ... ] of strings but is " + s);
                }
            }
            case OBJECTS -> {
                if (token == JsonToken.BEGIN_ARRAY) {
                    v.values.put(name, objects(v, f, p, depth));
                } else {
                    wrong(v, skipKept(v.at, name, depth), s -> ": '" + name + "' must be a list [ ... ] but is " + s);
                }
            }
        }
    }

    /**
     * Reads past a value and keeps it as JSON text among the object's unknown fields, so that saving writes
     * it back as it was ({@code Dataset.extras}): an unknown field, or a known one of the wrong type (which
     * a file opened to fix must not lose).
     */
    private Seen skipKept(Place.Item at, String name, int depth) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        com.google.gson.stream.JsonWriter outer = capture;
        capture = new com.google.gson.stream.JsonWriter(text);
        capture.setSerializeNulls(true);
        try {
            Seen seen = skip(at, name, 0, depth);
            capture.flush();
            at.extra(name, text.toString());
            return seen;
        } finally {
            capture = outer;
        }
    }

    private static void wrong(Values v, Seen seen, Function<String, String> message) {
        v.later.add(new Later(Severity.ERROR, seen.place(), what -> what + message.apply(seen.description())));
    }

    private StrList strings(Values v, String name, boolean share, int[] p, int depth) throws IOException {
        StrList list = new StrList(v.at, name, p[0], p[1] - 1);
        checkDepth(list, depth);
        List<Str> items = new ArrayList<>(2);
        reader.beginArray();
        for (int i = 0; reader.hasNext(); i++) {
            JsonToken token = reader.peek();
            int[] q = position();
            if (token == JsonToken.STRING) {
                items.add(string(list, null, i, q[0], q[1] - 1, share));
            } else {
                wrong(v, skip(list, null, i, depth + 1), s -> ": every entry of '" + name + "' must be a string but this one is " + s);
            }
        }
        reader.endArray();
        list.items(items);
        return list;
    }

    private List<Object> objects(Values v, Field f, int[] p, int depth) throws IOException {
        Place list = new Place(v.at, f.name(), 0, p[0], p[1] - 1);
        checkDepth(list, depth);
        v.listPlaces.put(f.name(), list);
        List<Object> out = new ArrayList<>();
        reader.beginArray();
        for (int i = 0; reader.hasNext(); i++) {
            JsonToken token = reader.peek();
            int[] q = position();
            if (token == JsonToken.BEGIN_OBJECT) {
                out.add(object(f.items(), list, null, i, q[0], q[1] - 1, depth + 1));
            } else {
                Seen s = skip(list, null, i, depth + 1);
                content.error(s.place(), "expected " + f.items().noun + " as an object { ... } but found " + s.description());
            }
        }
        reader.endArray();
        return out;
    }

    /** A string value; a lone surrogate in it is reported at once (it could never be saved or exported). */
    private Str string(Place parent, String key, int index, int line, int column, boolean share) throws IOException {
        String value = reader.nextString();
        if (share) {
            String known = sharedValues.putIfAbsent(value, value);
            if (known != null) value = known;
        }
        Str s = new Str(parent, key, index, line, column, value);
        int lone = Quoted.firstLoneSurrogate(value);
        if (lone >= 0) {
            sink.error(s, "the text " + Quoted.of(value, 40) + " holds a lone surrogate (\\u"
                    + String.format("%04X", (int) value.charAt(lone)) + ") at character " + (lone + 1)
                    + ": half of a character, which cannot be saved or exported; remove it or write the whole pair");
        }
        return s;
    }

    // ------------------------------------------------------------------ values not read into a DTO

    /** A value read past (unknown, repeated or of the wrong type): where it was and what it is, for the message. */
    private record Seen(Place place, String description) {
    }

    /** Reads past one value with the same checks as any other (nesting, repeated fields, lone surrogates). */
    private Seen skip(Place parent, String key, int index, int depth) throws IOException {
        JsonToken token = reader.peek();
        int[] p = position();
        switch (token) {
            case BEGIN_OBJECT -> {
                Place at = new Place(parent, key, index, p[0], p[1] - 1);
                checkDepth(at, depth);
                Map<String, Integer> seen = new HashMap<>();
                reader.beginObject();
                if (capture != null) capture.beginObject();
                while (reader.hasNext()) {
                    reader.peek();
                    int[] k = position();
                    String name = reader.nextName();
                    if (capture != null) capture.name(name);
                    Integer first = seen.putIfAbsent(name, k[0]);
                    if (first != null) {
                        sink.error(k[0], k[1] - 1, at.path(), "the field '" + name + "' appears twice in this object (first at line "
                                + first + "); only the first is read");
                    }
                    skip(at, name, 0, depth + 1);
                }
                reader.endObject();
                if (capture != null) capture.endObject();
                return new Seen(at, "an object");
            }
            case BEGIN_ARRAY -> {
                Place at = new Place(parent, key, index, p[0], p[1] - 1);
                checkDepth(at, depth);
                reader.beginArray();
                if (capture != null) capture.beginArray();
                for (int i = 0; reader.hasNext(); i++) {
                    skip(at, null, i, depth + 1);
                }
                reader.endArray();
                if (capture != null) capture.endArray();
                return new Seen(at, "a list");
            }
            case STRING -> {
                Str s = string(parent, key, index, p[0], p[1] - 1, false);
                if (capture != null) capture.value(s.value());
                return new Seen(s, "a string (" + Quoted.of(s.value(), 40) + ")");
            }
            case NUMBER, BOOLEAN, NULL -> {
                // Gson's peek() leaves the position before or after a literal depending on its kind, so
                // take it after consuming the literal (never multi-line) and step back over its text.
                String literal = token == JsonToken.NUMBER ? reader.nextString()
                        : token == JsonToken.BOOLEAN ? Boolean.toString(reader.nextBoolean()) : nullLiteral();
                if (capture != null) {
                    if (token == JsonToken.NULL) capture.nullValue();
                    else capture.jsonValue(literal);
                }
                int[] end = position();
                Place at = new Place(parent, key, index, end[0], end[1] - literal.length());
                String type = token == JsonToken.NUMBER ? "a number" : token == JsonToken.BOOLEAN ? "true/false" : "null";
                return new Seen(at, token == JsonToken.NULL ? type : type + " (" + Texts.shorten(literal, 40) + ")");
            }
            default -> throw new MalformedTextException("unexpected " + token);
        }
    }

    private String nullLiteral() throws IOException {
        reader.nextNull();
        return "null";
    }

    // ------------------------------------------------------------------ helpers

    /**
     * "actor 'japan'" when the object has a usable id (or a label, for figures), else "actor #3" (1-based,
     * as people count).
     */
    static String describe(Place object, String noun) {
        String label = object.label();
        if (label != null && !label.isBlank()) {
            return noun + " '" + Texts.shorten(label, 60) + "'";
        }
        return object.isElement() ? noun + " #" + (object.index() + 1) : noun;
    }

    private static void checkDepth(Place at, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TooDeepException(at.line(), at.column(), at.path());
        }
    }

    /** The reader's current line and column (1-based), see {@link ReaderPosition}. */
    private int[] position() {
        return ReaderPosition.of(reader);
    }

    /** The text is not JSON where the reader stands. */
    private static final class MalformedTextException extends IOException {
        MalformedTextException(String message) {
            super(message);
        }
    }

    /** Nesting went past {@link #MAX_DEPTH}. */
    private static final class TooDeepException extends RuntimeException {
        final int line;
        final int column;
        final String path;

        TooDeepException(int line, int column, String path) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
            this.path = path;
        }
    }
}
