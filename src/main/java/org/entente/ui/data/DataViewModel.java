package org.entente.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.logic.edit.Ids;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * The data view without the toolkit, like Gephi's data laboratory: for each table, its columns, the rows a
 * filter keeps, the edit that a value typed in a cell makes, the deletion of selected rows (with what
 * depends on them), and rows pasted from a spreadsheet (tab-separated, one item a line; a first line of
 * headings is skipped).
 */
public final class DataViewModel {

    /** The tables of the data view. */
    public enum Table { ACTORS, TIES, EVENTS, SOURCES }

    /** A cell edit that could not be made, and why. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private DataViewModel() {
    }

    public static List<DataColumn<Actor>> actorColumns() { return DataTables.ACTORS; }

    public static List<DataColumn<Relation>> tieColumns() { return DataTables.TIES; }

    public static List<DataColumn<Event>> eventColumns() { return DataTables.EVENTS; }

    public static List<DataColumn<Source>> sourceColumns() { return DataTables.SOURCES; }

    /** Keeps rows where some column contains {@code text} (ignoring case); everything for a blank filter. */
    public static <T> Predicate<T> filter(List<DataColumn<T>> columns, String text) {
        if (text == null || text.isBlank()) return t -> true;
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return t -> columns.stream().anyMatch(c -> c.value().apply(t).toLowerCase(Locale.ROOT).contains(needle));
    }

    /** The edit a value typed in a cell makes, or {@link Refused} with the reason. */
    public static Edit cellEdit(Dataset d, Object row, DataColumn<?> column, String value) throws Refused {
        try {
            Object changed = apply(column, row, value);
            if (changed instanceof Actor a) {
                if (!d.actor(a.id()).map(a::sameValues).orElse(false)) return DatasetEdits.changeActor(d, a);
            } else if (changed instanceof Relation r) {
                if (d.actor(r.from()).isEmpty()) throw new Refused("no actor has the id '" + r.from() + "'");
                if (d.actor(r.to()).isEmpty()) throw new Refused("no actor has the id '" + r.to() + "'");
                return DatasetEdits.changeRelation(d, r);
            } else if (changed instanceof Event e) {
                return DatasetEdits.changeEvent(d, e);
            } else if (changed instanceof Source s) {
                return DatasetEdits.changeSource(d, s);
            }
            return null;
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Object apply(DataColumn<T> column, Object row, String value) {
        return column.set().apply((T) row, value);
    }

    /** Deletes the rows with {@code ids} from {@code table}; the edit names what goes with them. */
    public static Edit delete(Dataset d, Table table, List<String> ids) {
        return switch (table) {
            case ACTORS -> DatasetEdits.deleteActors(d, ids);
            case TIES -> DatasetEdits.deleteRelations(d, ids);
            case EVENTS -> DatasetEdits.deleteEvents(d, ids);
            case SOURCES -> DatasetEdits.deleteSources(d, ids);
        };
    }

    /**
     * Items made from rows copied from a spreadsheet: actors as {@code name, kind, region}; ties as
     * {@code from, type, to, start}; events as {@code date, title, actors (comma separated)}; sources as
     * {@code title, publisher, address}. Missing cells take defaults; every item cites {@code source}. One
     * step in the history.
     */
    public static Optional<Edit> paste(Dataset d, Table table, String tsv, String source) throws Refused {
        List<String> cite = source == null ? List.of() : List.of(source);
        List<Edit> edits = new ArrayList<>();
        Dataset now = d;
        int line = 0;
        for (String raw : tsv.split("\\R")) {
            line++;
            if (raw.isBlank()) continue;
            String[] c = raw.split("\t", -1);
            if (line == 1 && isHeading(c[0])) continue;
            Dataset at = now;
            Predicate<String> taken = id -> at.actor(id).isPresent() || at.relation(id).isPresent() || at.event(id).isPresent()
                    || at.source(id).isPresent();
            Edit e;
            try {
                e = switch (table) {
                    case ACTORS -> DatasetEdits.addActor(now, new Actor(Ids.fromName(cell(c, 0), taken), DataTables.required(cell(c, 0), "Name"),
                            cell(c, 1).isBlank() ? "state" : cell(c, 1).strip(), List.of(), DataTables.blankNull(cell(c, 2)), null, null, null, null,
                            List.of(), cite));
                    case TIES -> {
                        String from = actorId(now, cell(c, 0), line);
                        String to = actorId(now, cell(c, 2), line);
                        String type = cell(c, 1).isBlank() ? "partner-of" : cell(c, 1).strip();
                        yield DatasetEdits.addRelation(now, new Relation(Ids.fromName(from + " " + type + " " + to, taken), from, to, type,
                                DataTables.date(cell(c, 3), "Start"), null, null, null, null, List.of(), cite));
                    }
                    case EVENTS -> {
                        PartialDate date = DataTables.requiredDate(cell(c, 0));
                        List<String> actors = new ArrayList<>();
                        for (String a : cell(c, 2).split(",")) if (!a.isBlank()) actors.add(actorId(at, a, line));
                        yield DatasetEdits.addEvent(now, new Event(Ids.fromName(cell(c, 1), taken), date, null,
                                DataTables.required(cell(c, 1), "Title"), null, actors, List.of(), null, List.of(), cite));
                    }
                    case SOURCES -> DatasetEdits.addSource(now, new Source(Ids.fromName(cell(c, 0), taken), DataTables.required(cell(c, 0), "Title"),
                            DataTables.blankNull(cell(c, 1)), null, null, DataTables.blankNull(cell(c, 2)), null));
                };
            } catch (IllegalArgumentException ex) {
                throw new Refused("line " + line + ": " + ex.getMessage());
            }
            edits.add(e);
            now = e.applyTo(now);
        }
        if (edits.isEmpty()) return Optional.empty();
        String noun = switch (table) {
            case ACTORS -> "actor";
            case TIES -> "tie";
            case EVENTS -> "event";
            case SOURCES -> "source";
        };
        return Optional.of(Edit.sequence("paste " + edits.size() + " " + noun + (edits.size() == 1 ? "" : "s"), edits));
    }

    /** An actor named by id or by name (as a spreadsheet would); refused when there is none. */
    private static String actorId(Dataset d, String text, int line) {
        String t = text.strip();
        if (d.actor(t).isPresent()) return t;
        return d.actors().stream().filter(a -> a.name().equalsIgnoreCase(t) || a.displayName().equalsIgnoreCase(t)).map(Actor::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no actor is called '" + t + "'"));
    }

    private static boolean isHeading(String first) {
        String f = first.strip().toLowerCase(Locale.ROOT);
        return List.of("name", "from", "date", "title", "id").contains(f);
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i] : "";
    }
}
