package org.entente.logic.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.logic.load.Dto.DatasetDto;
import org.entente.logic.load.Dto.EventDto;
import org.entente.logic.load.Dto.FigureDto;
import org.entente.logic.load.Dto.Str;
import org.entente.logic.load.Dto.StrList;
import org.entente.model.Event;
import org.entente.model.Figure;
import org.entente.model.PartialDate;

/**
 * Builds the model of a file that has errors, so that it can be opened and fixed in the app. What the
 * model can hold is kept as it is, errors included: a dangling reference, a missing source, an unknown
 * type, dates out of order, a duplicate id across kinds. The file's other errors are held so that nothing
 * is lost:
 * <ul>
 * <li>a date that cannot be read, or an end before the start (the views' date ranges cannot run
 *     backwards), is kept as written among the item's unknown fields, so Save writes it back (and
 *     {@code validate} still reports it) and the form shows it, until the user types a good one;</li>
 * <li>a value of the wrong type is kept the same way (the reader keeps it);</li>
 * <li>a missing required text is opened empty, which the checks still report;</li>
 * <li>an item without an id, or repeating the id of one of its kind, is given a new id, since edits and the
 *     data window find items by id.</li>
 * </ul>
 * What cannot be held is dropped and listed in {@link ToFix#notes()}: an event whose date cannot be read
 * (every view places events by date), a figure without a number, a value of the wrong type where Save
 * writes its own, and the halves of characters (lone surrogates), which cannot be saved and become U+FFFD.
 */
final class LenientMapper extends DatasetMapper {

    /** Fields the writer always writes, so that a wrongly typed value kept under the same name is not written back. */
    private static final Map<String, Set<String>> ALWAYS_WRITTEN = Map.of(
            "", Set.of("schema", "title", "description", "sources", "actors", "relations", "events", "disputes"),
            "sources", Set.of("id", "title"),
            "actors", Set.of("id", "name", "kind", "sources"),
            "relations", Set.of("id", "from", "to", "type", "sources"),
            "events", Set.of("id", "date", "title", "actors", "sources"),
            "disputes", Set.of("id", "summary", "subjects", "positions"));

    private final String file;
    private final List<Problem> notes = new ArrayList<>();
    private final Map<String, Set<String>> idsByNoun = new HashMap<>();

    private LenientMapper(String file) {
        this.file = file;
    }

    /** The dataset of a file with errors, and what of it could not be opened as written. */
    static ToFix map(DatasetDto d, String file) {
        LenientMapper m = new LenientMapper(file);
        var dataset = m.build(d);
        m.notes.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new ToFix(dataset, m.notes);
    }

    private void note(Place at, String message) {
        notes.add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), at == null ? "" : at.path(),
                Severity.WARNING, message));
    }

    @Override
    String id(String noun, Str id, Place at) {
        Set<String> taken = idsByNoun.computeIfAbsent(noun, k -> new HashSet<>());
        String given = id == null ? "" : text(id);
        if (!given.isBlank() && taken.add(given)) return given;
        String base = given.isBlank() ? noun + "-line-" + at.line() : given;
        String made = base;
        for (int n = 2; !taken.add(made); n++) made = base + "-" + n;
        note(at, given.isBlank()
                ? DtoReader.describe(at, noun) + " has no id: it is opened as '" + made + "'"
                : noun + " " + Quoted.of(given) + " at line " + at.line() + " repeats the id of an earlier " + noun
                        + ": it is opened as '" + made + "'");
        return made;
    }

    @Override
    String required(Str s) {
        return s == null ? "" : text(s);
    }

    @Override
    String text(Str s) {
        if (s == null) return null;
        String v = s.value();
        if (Quoted.firstLoneSurrogate(v) < 0) return v;
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                out.append(c).append(v.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        note(s, "the text " + Quoted.of(v, 40) + " holds half of a character, which cannot be saved: it is opened with \uFFFD in its place");
        return out.toString();
    }

    @Override
    List<String> list(StrList l) {
        return l == null ? List.of() : l.items().stream().map(this::text).toList();
    }

    @Override
    PartialDate date(String key, String field, Str s, Place at) {
        if (s == null) return null;
        PartialDate d = DatasetValidator.parsed(s);
        if (d != null) return d;
        if (key != null) {
            keepField(key, field, new com.google.gson.JsonPrimitive(s.value()).toString());
        } else {
            note(s, "the date " + Quoted.of(s.value()) + " in '" + field + "' cannot be read and is not kept");
        }
        return null;
    }

    @Override
    PartialDate end(String key, Str s, PartialDate from, Place at) {
        PartialDate end = super.end(key, s, from, at);
        if (end == null || from == null || !end.latest().isBefore(from.earliest())) return end;
        keepField(key, "end", new com.google.gson.JsonPrimitive(s.value()).toString());
        return null;
    }

    @Override
    Event event(Event e, EventDto dto) {
        if (e.date() != null) return e;
        note(dto.at(), DtoReader.describe(dto.at(), "event") + " is not opened: "
                + (dto.date() == null ? "it has no date" : "its date " + Quoted.of(dto.date().value()) + " cannot be read")
                + ", so it cannot be placed; fix the date in the file, or it is not saved");
        return null;
    }

    @Override
    Figure figure(FigureDto f, String owner) {
        if (f.value() == null) {
            note(f.at(), DtoReader.describe(f.at(), "figure") + " is not opened: it has no number");
            return null;
        }
        Map<String, String> extras = new LinkedHashMap<>(extrasOf(f.at()));
        PartialDate when = f.when() == null ? null : DatasetValidator.parsed(f.when());
        if (f.when() != null && when == null) extras.putIfAbsent("when", new com.google.gson.JsonPrimitive(f.when().value()).toString());
        for (String shadowed : List.of("label", "sources")) {
            if (extras.containsKey(shadowed)) {
                note(f.at(), DtoReader.describe(f.at(), "figure") + ": '" + shadowed + "' is " + Texts.shorten(extras.get(shadowed), 40)
                        + ", not what it must be; it is not kept");
            }
        }
        return new Figure(required(f.label()), f.value(), text(f.unit()), when, list(f.sources()), text(f.qualifier()), extras);
    }

    @Override
    void keep(String key, Place at) {
        super.keep(key, at);
        if (!(at instanceof Place.Item item)) return;
        int slash = key.indexOf('/');
        Set<String> written = ALWAYS_WRITTEN.getOrDefault(slash < 0 ? key : key.substring(0, slash), Set.of());
        for (Map.Entry<String, String> e : item.extras().entrySet()) {
            if (written.contains(e.getKey())) {
                note(at, (slash < 0 ? "the dataset" : DtoReader.describe(at, key.substring(0, slash - 1))) + ": '" + e.getKey() + "' is "
                        + Texts.shorten(e.getValue(), 40) + ", not what it must be; it is not kept");
            }
        }
    }
}
