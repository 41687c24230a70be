package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.model.PartialDate;

/**
 * Maps spreadsheet tables to Entente: finds each table's role (actors, ties, events, sources) from its
 * sheet or file name and headers, each column's field from header synonyms (or the user's choice), reads
 * dates column by column (a day-first or month-first choice applies to the whole column), splits Kumu's
 * pipe-separated multi-values, and turns every row into actors, ties, events or sources, reporting each
 * row it cannot use with its place.
 */
final class SheetMapper {

    private static final Map<String, Field> SYNONYMS = new HashMap<>();

    static {
        for (Field f : Field.values()) {
            for (String w : f.words()) SYNONYMS.putIfAbsent(w, f);
        }
    }

    private final ImportContext context;
    private final DatasetBuilder builder;
    private final ImportReport report;
    private final DateReader dates = new DateReader();

    SheetMapper(ImportContext context) {
        this.context = context;
        this.builder = context.builder();
        this.report = context.report();
    }

    /** Maps the tables, sources first, then actors, ties and events, so that rows can refer to earlier tables. */
    void map(List<Table> tables) {
        List<Mapped> mapped = new ArrayList<>();
        for (Table t : tables) {
            Map<Integer, Field> fields = fields(t);
            TableRole role = role(t, fields);
            mapped.add(new Mapped(t, role, fields));
            Map<String, Field> byHeader = new LinkedHashMap<>();
            fields.forEach((c, f) -> byHeader.put(t.header().get(c), f));
            context.mappings().add(new TableMapping(t.file(), t.sheet(), role, t.header(), byHeader, t.rows().size()));
        }
        mapped.sort(Comparator.comparing(m -> m.role == TableRole.SOURCES ? -1 : m.role == TableRole.FIGURES ? 99 : m.role.ordinal()));
        int done = 0;
        for (Mapped m : mapped) {
            switch (m.role) {
                case SOURCES -> sources(m);
                case ACTORS -> actors(m);
                case TIES -> ties(m);
                case EVENTS -> events(m);
                case FIGURES -> figures(m);
                case UNKNOWN -> report.skipped(m.table.file(), m.table.sheet() == null ? "row 1" : "sheet '" + m.table.sheet() + "'",
                        "the table's headers " + Quote.of(String.join(", ", m.table.header()))
                                + " name neither actors (Name), ties (From, To), events (Date, Title) nor sources (Title, URL)");
            }
            context.progress(0.5 + 0.5 * ++done / mapped.size());
        }
    }

    private record Mapped(Table table, TableRole role, Map<Integer, Field> fields) {
    }

    /** Each column's field: the user's choice, else the header's synonym; unknown headers are kept as notes. */
    private Map<Integer, Field> fields(Table t) {
        Map<Integer, Field> out = new LinkedHashMap<>();
        Map<String, Field> chosen = context.options().columns();
        boolean hasFromOrTo = false;
        boolean hasFrom = false;
        boolean hasTarget = false;
        for (String h : t.header()) {
            Field f = SYNONYMS.get(Texts.key(h));
            hasFromOrTo |= f == Field.FROM || f == Field.TO || Texts.key(h).equals("target");
            hasFrom |= f == Field.FROM;
            hasTarget |= Texts.key(h).equals("target");
        }
        for (int c = 0; c < t.header().size(); c++) {
            String h = t.header().get(c);
            Field f = chosen.get(h);
            if (f == null) {
                String k = Texts.key(h);
                f = SYNONYMS.get(k);
                if (k.equals("type")) f = hasFromOrTo ? Field.TYPE : Field.KIND;
                if (k.equals("source")) f = hasTarget && !hasFrom ? Field.FROM : Field.CITATION;
            }
            if (f != null && f != Field.IGNORE && !out.containsValue(f)) {
                out.put(c, f);
            }
        }
        return out;
    }

    private static TableRole role(Table t, Map<Integer, Field> fields) {
        String name = (t.sheet() != null ? t.sheet() : java.nio.file.Path.of(t.file()).getFileName().toString()).toLowerCase(Locale.ROOT);
        boolean ends = fields.containsValue(Field.FROM) || fields.containsValue(Field.TO)
                || t.header().stream().anyMatch(h -> Texts.key(h).equals("target"));
        if (fields.containsValue(Field.VALUE) && fields.containsValue(Field.ITEM)) return TableRole.FIGURES;
        if (name.matches(".*(tie|connection|relation|edge|link|network).*") && ends) return TableRole.TIES;
        if (name.matches(".*(event|timeline|chronolog).*")) return TableRole.EVENTS;
        if (name.matches(".*(source|reference|citation|bibliograph).*")) return TableRole.SOURCES;
        if (name.matches(".*(actor|element|node|people|vert|entit|member|countr|state).*")
                && (fields.containsValue(Field.NAME) || fields.containsValue(Field.ID))) return TableRole.ACTORS;
        if (ends) return TableRole.TIES;
        boolean dated = fields.containsValue(Field.DATE) || fields.containsValue(Field.START);
        if (dated && fields.containsValue(Field.TITLE) && !fields.containsValue(Field.NAME)) return TableRole.EVENTS;
        if (fields.containsValue(Field.NAME) || fields.containsValue(Field.ID)) return TableRole.ACTORS;
        if (fields.containsValue(Field.TITLE) && (fields.containsValue(Field.URL) || fields.containsValue(Field.PUBLISHER)
                || fields.containsValue(Field.AUTHOR))) return TableRole.SOURCES;
        if (dated && fields.containsValue(Field.DESCRIPTION)) return TableRole.EVENTS;
        return TableRole.UNKNOWN;
    }

    /** A row's cells by field, cleaned. */
    private final class RowView {
        final Mapped m;
        final Table.Row row;
        final Map<Field, Integer> columns;

        RowView(Mapped m, Table.Row row, Map<Field, Integer> columns) {
            this.m = m;
            this.row = row;
            this.columns = columns;
        }

        String get(Field f) {
            Integer c = columns.get(f);
            return c == null ? null : Texts.clean(row.cell(c));
        }

        List<String> many(Field f) {
            String v = get(f);
            if (v == null) return List.of();
            String sep = v.contains("|") ? "\\|" : v.contains(";") ? ";" : null;
            if (sep == null) return List.of(v);
            List<String> out = new ArrayList<>();
            for (String part : v.split(sep)) {
                String p = Texts.clean(part);
                if (p != null) out.add(p);
            }
            return out;
        }

        String place(Field f) {
            Integer c = columns.get(f);
            return m.table.place(row.number(), c == null ? -1 : c);
        }

        String place() {
            return m.table.place(row.number(), -1);
        }

        /** Cells of columns mapped to nothing, as "Header: value" lines, so nothing is lost. */
        String unmapped() {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < m.table.header().size(); c++) {
                if (m.fields.containsKey(c)) continue;
                String v = Texts.clean(row.cell(c));
                String h = m.table.header().get(c);
                if (v == null || h.isBlank() || context.options().columns().get(h) == Field.IGNORE) continue;
                if (sb.length() > 0) sb.append('\n');
                sb.append(h.strip()).append(": ").append(v);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        List<String> citations() {
            List<String> out = new ArrayList<>();
            List<String> cites = many(Field.CITATION);
            List<String> urls = many(Field.URL);
            if (cites.size() == 1 && urls.size() == 1) {
                out.add(builder.citation(cites.get(0), urls.get(0)));
                return out;
            }
            for (String c : cites) out.add(builder.citation(c, null));
            for (String u : urls) out.add(builder.citation(null, u));
            return out;
        }
    }

    private List<RowView> rows(Mapped m) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        m.fields.forEach((c, f) -> columns.put(f, c));
        List<RowView> out = new ArrayList<>(m.table.rows().size());
        for (Table.Row r : m.table.rows()) {
            boolean blank = r.cells().stream().allMatch(s -> s == null || s.isBlank());
            if (!blank) out.add(new RowView(m, r, columns));
        }
        return out;
    }

    /** Reads a date column, choosing one day order for all of it; a cell whose date cannot be read is reported. */
    private final class DateColumn {
        private final Map<Integer, DateReader.Ok> values = new HashMap<>();

        DateColumn(Mapped m, List<RowView> rows, Field field) {
            if (!m.fields.containsValue(field)) return;
            java.util.Set<String> texts = new java.util.LinkedHashSet<>();
            for (RowView r : rows) {
                String v = r.get(field);
                if (v != null) texts.add(v);
            }
            DayOrder order = context.options().dayOrder();
            if (order == DayOrder.UNSET) {
                order = DateReader.columnEvidence(texts);
                if (order != DayOrder.UNSET) {
                    String proof = texts.stream().filter(t -> DateReader.evidence(t) != DayOrder.UNSET).findFirst().orElse("");
                    report.warning(m.table.file(), where(m, field), "dates read " + (order == DayOrder.DAY_FIRST ? "day-first" : "month-first")
                            + " for the whole column, because " + Quote.of(proof) + " can only be read that way");
                }
            }
            List<RowView> ambiguous = new ArrayList<>();
            Map<String, DateReader.Result> seen = new HashMap<>();
            for (RowView r : rows) {
                String v = r.get(field);
                if (v == null) continue;
                DayOrder o = order;
                DateReader.Result res = seen.computeIfAbsent(v, t -> dates.read(t, o));
                if (res instanceof DateReader.Ok ok) {
                    values.put(r.row.number(), ok);
                    if (ok.note() != null && ok.note().startsWith("an Excel")) {
                        report.warning(m.table.file(), r.place(field), Quote.of(v) + " is " + ok.note());
                    }
                } else if (res instanceof DateReader.Ambiguous) {
                    ambiguous.add(r);
                } else if (res instanceof DateReader.Bad bad) {
                    report.warning(m.table.file(), r.place(field), Quote.of(v) + " is not a date, left out: " + bad.why());
                }
            }
            if (!ambiguous.isEmpty()) {
                RowView first = ambiguous.get(0);
                report.error(m.table.file(), first.place(field), ambiguous.size() + " date" + (ambiguous.size() == 1 ? "" : "s")
                        + " in this column, such as " + Quote.of(first.get(field))
                        + ", could be day-first or month-first: choose one for the column (--day-first or --month-first)");
            }
        }

        DateReader.Ok at(RowView r) {
            return values.get(r.row.number());
        }
    }

    private static String where(Mapped m, Field field) {
        int col = m.fields.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst().orElse(-1);
        String s = m.table.sheet() == null ? "" : "sheet '" + m.table.sheet() + "', ";
        return s + "column " + Table.letters(col) + " (" + m.table.header().get(col) + ")";
    }

    private void sources(Mapped m) {
        List<RowView> rows = rows(m);
        DateColumn date = new DateColumn(m, rows, Field.DATE);
        for (RowView r : rows) {
            String title = first(r.get(Field.TITLE), r.get(Field.NAME), r.get(Field.CITATION), r.get(Field.URL));
            if (title == null) {
                report.skipped(m.table.file(), r.place(), "a source needs a title or a URL");
                continue;
            }
            DateReader.Ok d = date.at(r);
            builder.source(r.get(Field.ID), title, r.get(Field.PUBLISHER), r.get(Field.AUTHOR), d == null ? null : d.start(),
                    r.get(Field.URL), join(r.get(Field.NOTE), r.get(Field.DESCRIPTION)));
        }
    }

    private void actors(Mapped m) {
        List<RowView> rows = rows(m);
        DateColumn start = new DateColumn(m, rows, Field.START);
        DateColumn end = new DateColumn(m, rows, Field.END);
        GexfImporter.Times times = new GexfImporter.Times("date", report, m.table.file());
        for (RowView r : rows) {
            String name = first(r.get(Field.NAME), r.get(Field.TITLE));
            String id = r.get(Field.ID);
            if (name == null && id == null) {
                report.skipped(m.table.file(), r.place(), "an actor needs a name (or an id)");
                continue;
            }
            DatasetBuilder.ActorDraft a = builder.actor(id, name, m.table.file(), r.place());
            String kind = r.get(Field.KIND);
            if (kind != null) a.kind(builder.vocabulary().kind(kind.contains("|") ? kind.split("\\|")[0] : kind));
            for (String alias : r.many(Field.ALIASES)) builder.alias(a, alias);
            a.region(r.get(Field.REGION)).summary(r.get(Field.DESCRIPTION)).shortName(r.get(Field.SHORT));
            DateReader.Ok s = start.at(r);
            DateReader.Ok e = end.at(r);
            if (s != null) a.start(s.start()).end(s.end());
            if (e != null) a.end(e.end() != null ? e.end() : e.start());
            List<PartialDate[]> spans = spells(m, r, times);
            if (spans != null) {
                a.start(spans.get(0)[0]).end(spans.get(spans.size() - 1)[1]);
                if (spans.size() > 1) a.note("present in " + spans.size() + " spells: " + r.get(Field.INTERVALS));
            }
            a.note(join(r.get(Field.NOTE), r.unmapped()));
            r.citations().forEach(a::source);
        }
    }

    private void ties(Mapped m) {
        List<RowView> rows = rows(m);
        DateColumn start = new DateColumn(m, rows, Field.START);
        DateColumn end = new DateColumn(m, rows, Field.END);
        DateColumn date = new DateColumn(m, rows, Field.DATE);
        GexfImporter.Times times = new GexfImporter.Times("date", report, m.table.file());
        DateColumn knownBy = new DateColumn(m, rows, Field.KNOWN_BY);
        int n = 0;
        for (RowView r : rows) {
            if ((++n & 0x3fff) == 0) context.checkCancelled();
            List<String> froms = r.many(Field.FROM);
            List<String> tos = r.many(Field.TO);
            if (froms.isEmpty() || tos.isEmpty()) {
                report.skipped(m.table.file(), r.place(froms.isEmpty() ? Field.FROM : Field.TO),
                        "a tie needs both ends (From and To)");
                continue;
            }
            String typeText = r.get(Field.TYPE);
            String type = typeText == null ? "related-to" : builder.vocabulary().type(typeText);
            if (typeText == null) report.keptAsIs("tie type", "related-to");
            DateReader.Ok s = start.at(r) != null ? start.at(r) : date.at(r);
            DateReader.Ok e = end.at(r);
            var from = s == null ? null : s.start();
            var to = e != null ? (e.end() != null ? e.end() : e.start()) : s == null ? null : s.end();
            List<String> cites = r.citations();
            String note = join(r.get(Field.NOTE), r.unmapped());
            List<PartialDate[]> spans = spells(m, r, times);
            if (spans == null) spans = List.<PartialDate[]>of(new PartialDate[] {from, to});
            for (String f : froms) {
                for (String t : tos) {
                    String fromId = builder.actorRef(f, m.table.file(), r.place(Field.FROM));
                    String toId = builder.actorRef(t, m.table.file(), r.place(Field.TO));
                    for (PartialDate[] span : spans) {
                        String made = builder.relation(spans.size() == 1 ? r.get(Field.ID) : null, fromId, toId, type, span[0], span[1],
                                r.get(Field.DESCRIPTION), certainty(r), note, cites, m.table.file(), r.place());
                        DateReader.Ok kb = knownBy.at(r);
                        if (kb != null) builder.knownBy(made, kb.start(), m.table.file(), r.place(Field.KNOWN_BY));
                    }
                }
            }
        }
    }

    /**
     * The spells of a row's Gephi interval cell ({@code [1990, 1995]; [2000, Infinity]}), each as {start, end}
     * with infinite ends left open; null when the row has none. A cell in another syntax is reported and left out.
     */
    private List<PartialDate[]> spells(Mapped m, RowView r, GexfImporter.Times times) {
        String cell = r.get(Field.INTERVALS);
        if (cell == null) return null;
        List<GephiIntervals.Spell> spells = GephiIntervals.parse(cell);
        if (spells == null) {
            report.warning(m.table.file(), r.place(Field.INTERVALS), Quote.of(cell)
                    + " is not in Gephi's interval syntax ([start, end]; [start, end], with -Infinity or Infinity for an open end): left out");
            return null;
        }
        List<PartialDate[]> out = new ArrayList<>();
        for (GephiIntervals.Spell s : spells) {
            PartialDate a = s.start() == null ? null : times.at(s.start(), r.place(Field.INTERVALS));
            PartialDate b = s.end() == null ? null : times.at(s.end(), r.place(Field.INTERVALS));
            out.add(new PartialDate[] {a, b});
        }
        return out;
    }

    /** A figures table: one number per row on the actor, tie or event its Item column names. */
    private void figures(Mapped m) {
        List<RowView> rows = rows(m);
        DateColumn when = new DateColumn(m, rows, Field.DATE);
        for (RowView r : rows) {
            String item = r.get(Field.ITEM);
            String label = first(r.get(Field.NAME), r.get(Field.TITLE));
            String value = r.get(Field.VALUE);
            if (item == null || label == null || value == null) {
                report.skipped(m.table.file(), r.place(), "a figure needs an item, a label and a value");
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(value.replace(",", ""));
            } catch (NumberFormatException e) {
                report.skipped(m.table.file(), r.place(Field.VALUE), Quote.of(value) + " is not a number");
                continue;
            }
            String qualifier = r.get(Field.QUALIFIER);
            if (qualifier != null) {
                String q = qualifier.toLowerCase(Locale.ROOT).replace(' ', '-');
                if (!org.entente.model.Figure.QUALIFIERS.contains(q)) {
                    report.warning(m.table.file(), r.place(Field.QUALIFIER), Quote.of(qualifier) + " is not a bound Entente knows ("
                            + String.join(", ", org.entente.model.Figure.QUALIFIERS) + "): left out");
                    q = null;
                }
                qualifier = q;
            }
            DateReader.Ok w = when.at(r);
            builder.figure(builder.itemId(item), new org.entente.model.Figure(label, v, r.get(Field.UNIT), w == null ? null : w.start(),
                    builder.sourcesOr(r.citations(), m.table.file()), qualifier), m.table.file(), r.place(Field.ITEM));
        }
    }

    private String certainty(RowView r) {
        String c = r.get(Field.CERTAINTY);
        if (c == null) return null;
        String k = c.toLowerCase(Locale.ROOT);
        if (List.of("confirmed", "reported", "planned", "disputed").contains(k)) return k;
        report.warning(r.m.table.file(), r.place(Field.CERTAINTY), "certainty " + Quote.of(c)
                + " is none of confirmed, reported, planned, disputed: kept in the note");
        return null;
    }

    private void events(Mapped m) {
        List<RowView> rows = rows(m);
        DateColumn date = new DateColumn(m, rows, m.fields.containsValue(Field.DATE) ? Field.DATE : Field.START);
        DateColumn end = new DateColumn(m, rows, Field.END);
        for (RowView r : rows) {
            DateReader.Ok d = date.at(r);
            String title = first(r.get(Field.TITLE), r.get(Field.NAME), shortened(r.get(Field.DESCRIPTION)));
            if (d == null) {
                if (r.get(m.fields.containsValue(Field.DATE) ? Field.DATE : Field.START) == null) {
                    report.skipped(m.table.file(), r.place(), "an event needs a date");
                }
                continue;
            }
            if (title == null) {
                report.skipped(m.table.file(), r.place(), "an event needs a title");
                continue;
            }
            DateReader.Ok e = end.at(r);
            PartialDate until = e != null ? (e.end() != null ? e.end() : e.start()) : d.end();
            List<String> actors = new ArrayList<>();
            for (String a : r.many(Field.ACTORS)) actors.add(builder.actorRef(a, m.table.file(), r.place(Field.ACTORS)));
            builder.event(r.get(Field.ID), d.start(), until, title, r.get(Field.DESCRIPTION), actors, r.many(Field.TAGS),
                    join(r.get(Field.NOTE), r.unmapped()), r.citations(), m.table.file(), r.place());
        }
    }

    private static String shortened(String s) {
        return s == null ? null : s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private static String first(String... values) {
        for (String v : values) if (v != null) return v;
        return null;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "\n" + b;
    }
}
