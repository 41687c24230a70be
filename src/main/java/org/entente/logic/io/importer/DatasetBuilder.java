package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * The mapping core every importer writes into: it turns names into stable readable ids, finds an actor again
 * by id, name or alias, maps kinds and tie types to Entente's vocabulary, creates a source for each imported
 * file (cited by every item that has no source of its own) and one per distinct citation or URL, and checks
 * what the loader would refuse (an end before a start) so that the result always loads.
 */
public final class DatasetBuilder {

    /** What an actor row or element says; null fields are unknown. */
    public static final class ActorDraft {
        final String id;
        String name;
        String kind;
        final Set<String> aliases = new LinkedHashSet<>();
        String region;
        String summary;
        PartialDate start;
        PartialDate end;
        String note;
        String shortName;
        final Set<String> sources = new LinkedHashSet<>();
        String file;
        String place;

        ActorDraft(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public String id() { return id; }
        public ActorDraft kind(String v) { if (kind == null) kind = v; return this; }
        public ActorDraft alias(String v) { if (v != null && !v.equals(name)) aliases.add(v); return this; }
        public ActorDraft region(String v) { if (region == null) region = v; return this; }
        public ActorDraft summary(String v) { if (summary == null) summary = v; return this; }
        public ActorDraft start(PartialDate v) { if (start == null) start = v; return this; }
        public ActorDraft end(PartialDate v) { if (end == null) end = v; return this; }
        public ActorDraft note(String v) { if (v != null) note = note == null ? v : note + "\n" + v; return this; }
        public ActorDraft source(String v) { if (v != null) sources.add(v); return this; }
        /** The short display name the graph writes for a long name ("NSATU"), kept only when the loader would accept it. */
        public ActorDraft shortName(String v) { if (shortName == null) shortName = v; return this; }
    }

    private final ImportReport report;
    private final VocabularyMapper vocabulary;
    private final IdMaker ids = new IdMaker();
    private final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    private final Map<String, String> actorByKey = new HashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, String> sourceByKey = new HashMap<>();
    private final Map<String, String> fileSources = new HashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<String, List<String>> createdFromTies = new LinkedHashMap<>();
    private final Map<String, PartialDate> knownBy = new HashMap<>();
    /** Per file: the actor made for its events that name none, and how many events it holds. */
    private final Map<String, String> topicActors = new LinkedHashMap<>();
    private final Map<String, Integer> eventsWithoutActors = new LinkedHashMap<>();
    private final Map<String, List<org.entente.model.Figure>> figures = new LinkedHashMap<>();
    private final Map<String, String> figurePlaces = new HashMap<>();

    public DatasetBuilder(ImportReport report) {
        this.report = report;
        this.vocabulary = new VocabularyMapper(report);
    }

    public ImportReport report() {
        return report;
    }

    public VocabularyMapper vocabulary() {
        return vocabulary;
    }

    /** The source standing for an imported file, made on first use. */
    public String fileSource(String file) {
        return fileSources.computeIfAbsent(file, f -> {
            String name = java.nio.file.Path.of(f).getFileName() == null ? f : java.nio.file.Path.of(f).getFileName().toString();
            String id = ids.make("src-import-", name, "file");
            sources.put(id, new Source(id, "Imported from " + name, null, null, null, null,
                    "Made by Entente's import from the file " + name + "; items that name no source of their own cite it."));
            return id;
        });
    }

    /** Adds a source the file defines itself (a sources sheet); its id is kept when free. */
    public String source(String id, String title, String publisher, String author, PartialDate date, String url, String note) {
        String key = id != null ? "id:" + id : "t:" + title;
        String existing = sourceByKey.get(key);
        if (existing != null) {
            return existing;
        }
        String made = id != null && !ids.isTaken(id) ? id : ids.make("src-", title, "source");
        ids.reserve(made);
        sources.put(made, new Source(made, title, publisher, author, date, url, note));
        sourceByKey.put(key, made);
        if (title != null) sourceByKey.putIfAbsent("t:" + title, made);
        if (url != null) sourceByKey.putIfAbsent("t:" + url, made);
        return made;
    }

    /**
     * The source a row names in a citation, source or URL column: an existing source's id, or a new
     * source made from the text (a URL becomes the source's address). Null when both are blank.
     */
    public String citation(String citation, String url) {
        if (citation == null && url == null) {
            return null;
        }
        String byId = citation == null ? null : sourceByKey.get("id:" + citation);
        if (byId != null) return byId;
        String key = citation != null ? citation : url;
        String existing = sourceByKey.get("t:" + key);
        if (existing != null) return existing;
        boolean citationIsUrl = citation != null && citation.matches("(?i)https?://\\S+");
        String title = citation != null ? citation : url;
        String address = url != null ? url : citationIsUrl ? citation : null;
        return source(null, title, null, null, null, address, null);
    }

    /** The actor with this id or name, made when new (with an id from its name when {@code id} is null). */
    public ActorDraft actor(String id, String name, String file, String place) {
        String found = id != null ? actorByKey.get(key(id)) : null;
        if (found == null && name != null) found = actorByKey.get(key(name));
        if (found != null) {
            ActorDraft a = actors.get(found);
            if (a.name == null) a.name = name;
            return a;
        }
        String made = id != null && !ids.isTaken(id) ? id : ids.make("", name != null ? name : id, "actor");
        ids.reserve(made);
        ActorDraft a = new ActorDraft(made, name != null ? name : id);
        a.file = file;
        a.place = place;
        actors.put(made, a);
        actorByKey.put(key(made), made);
        if (id != null) actorByKey.put(key(id), made);
        if (name != null) actorByKey.putIfAbsent(key(name), made);
        return a;
    }

    /** Lets an alias find the actor too ("USA" for "United States of America"). */
    public void alias(ActorDraft actor, String alias) {
        actor.alias(alias);
        actorByKey.putIfAbsent(key(alias), actor.id);
    }

    /** The id of the actor a tie or event names, making an actor (reported) when nothing else names it. */
    public String actorRef(String ref, String file, String place) {
        String found = actorByKey.get(key(ref));
        if (found != null) {
            return found;
        }
        ActorDraft a = actor(null, ref, file, place);
        createdFromTies.computeIfAbsent(file, f -> new ArrayList<>()).add(ref);
        return a.id;
    }

    /** Whether an actor with this id or name exists. */
    public boolean hasActor(String ref) {
        return actorByKey.containsKey(key(ref));
    }

    /** Adds a tie; one whose end comes before its start is skipped and reported. Returns its id (null when skipped). */
    public String relation(String id, String from, String to, String type, PartialDate start, PartialDate end, String summary,
                         String certainty, String note, List<String> sourceIds, String file, String place) {
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            report.skipped(file, place, "the tie ends (" + end + ") before it starts (" + start + ")");
            return null;
        }
        String rid = id != null && !ids.isTaken(id) ? id : ids.make("", from + "-" + type + "-" + to, "tie");
        ids.reserve(rid);
        relations.add(new Relation(rid, from, to, type, start, end, summary, certainty, note, List.of(),
                sourcesOr(sourceIds, file)));
        return rid;
    }

    /**
     * Gives the tie {@code relationId} an open start known only by {@code date} ("holds by 2025; start not
     * given"); ignored, with a warning, when the tie has a start or ends before that date.
     */
    public void knownBy(String relationId, PartialDate date, String file, String place) {
        if (relationId == null || date == null) return;
        Relation r = relations.get(relations.size() - 1).id().equals(relationId) ? relations.get(relations.size() - 1)
                : relations.stream().filter(x -> x.id().equals(relationId)).findFirst().orElse(null);
        if (r == null) return;
        if (r.start() != null) {
            report.warning(file, place, "the tie has a start, so its 'known by' date " + date + " was left out (a tie has one or the other)");
        } else if (r.end() != null && r.end().latest().isBefore(date.earliest())) {
            report.warning(file, place, "the tie ends (" + r.end() + ") before it is known to hold (" + date + "): the 'known by' date was left out");
        } else {
            knownBy.put(relationId, date);
        }
    }

    /** Adds a figure to the actor, tie or event with id {@code itemId}; one naming no known item is reported at build. */
    public void figure(String itemId, org.entente.model.Figure figure, String file, String place) {
        figures.computeIfAbsent(itemId, k -> new ArrayList<>()).add(figure);
        figurePlaces.putIfAbsent(itemId, file + "\u0000" + place);
    }

    /** Adds an event; one whose end comes before its date is skipped and reported. */
    public void event(String id, PartialDate date, PartialDate end, String title, String summary, List<String> actorIds,
                      List<String> tags, String note, List<String> sourceIds, String file, String place) {
        if (end != null && end.latest().isBefore(date.earliest())) {
            report.skipped(file, place, "the event ends (" + end + ") before it starts (" + date + ")");
            return;
        }
        String eid = id != null && !ids.isTaken(id) ? id : ids.make("ev-" + date.toString().replace("~", "") + "-", title, "event");
        ids.reserve(eid);
        List<String> involved = actorIds.isEmpty() ? List.of(topicActor(file)) : List.copyOf(new LinkedHashSet<>(actorIds));
        events.add(new Event(eid, date, end, title, summary, involved, tags, note,
                List.of(), sourcesOr(sourceIds, file)));
    }

    /**
     * The actor that holds a file's events that name no actor (a TimelineJS or Timeline file names none): an
     * entente/1 event involves at least one actor, so the import makes one topic per file, named after the
     * file, rather than writing a dataset that does not validate. Reported once per file at build.
     */
    private String topicActor(String file) {
        eventsWithoutActors.merge(file, 1, Integer::sum);
        return topicActors.computeIfAbsent(file, f -> {
            String base = f.substring(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            ActorDraft a = actor(null, base.isBlank() ? "Timeline" : base, f, "");
            a.kind = "topic";
            a.summary = "Made on import for the events of " + f + " that name no actor.";
            return a.id;
        });
    }

    /** The id an actor name, alias or id stands for; {@code ref} itself otherwise (a tie's or event's id). */
    public String itemId(String ref) {
        String found = actorByKey.get(key(ref));
        return found != null ? found : ref;
    }

    /** {@code own} when it has any source, else the imported file's source. */
    public List<String> sourcesOr(List<String> own, String file) {
        return own == null || own.isEmpty() ? List.of(fileSource(file)) : own;
    }

    public int actorCount() { return actors.size(); }
    public int relationCount() { return relations.size(); }
    public int eventCount() { return events.size(); }

    /** The dataset made so far, titled {@code title}; actors that came only from ties are reported once per file. */
    public Dataset build(String title, String description) {
        eventsWithoutActors.forEach((file, n) -> {
            report.warning(file, "", n + (n == 1 ? " event names" : " events name") + " no actor: "
                    + (n == 1 ? "it is" : "they are") + " attached to '" + actors.get(topicActors.get(file)).name
                    + "', an actor of kind 'topic' made for this file");
            report.keptAsIs("kind", "topic");
        });
        eventsWithoutActors.clear();
        createdFromTies.forEach((file, refs) -> {
            List<String> names = refs.stream().filter(r -> {
                ActorDraft a = actors.get(actorByKey.get(key(r)));
                return a != null && a.kind == null;
            }).toList();
            if (names.isEmpty()) return;
            String list = String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", …" : "");
            report.warning(file, "", names.size() + (names.size() == 1 ? " actor is" : " actors are")
                    + " named only in ties or events and were made with kind 'unknown': " + list);
        });
        createdFromTies.clear();
        List<Actor> list = new ArrayList<>(actors.size());
        for (ActorDraft a : actors.values()) {
            PartialDate end = a.end;
            if (a.start != null && end != null && end.latest().isBefore(a.start.earliest())) {
                report.warning(a.file, a.place, "the end " + end + " comes before the start " + a.start + " of '" + a.name + "': the end was left out");
                end = null;
            }
            String kind = a.kind != null ? a.kind : "unknown";
            if (a.kind == null) report.keptAsIs("kind", "unknown");
            List<String> src = a.sources.isEmpty() ? List.of(fileSource(a.file)) : List.copyOf(a.sources);
            String shortName = a.shortName;
            if (shortName != null && (shortName.length() > 16 || shortName.length() >= a.name.length())) {
                report.warning(a.file, a.place, "the short name " + Quote.of(shortName) + " of '" + a.name
                        + "' was left out: a short name has at most 16 characters and is shorter than the name");
                shortName = null;
            }
            list.add(new Actor(a.id, a.name, kind, List.copyOf(a.aliases), a.region, a.summary, a.start, end, a.note,
                    figuresOf(a.id), src, shortName));
        }
        List<Relation> ties = new ArrayList<>(relations.size());
        for (Relation r : relations) {
            List<org.entente.model.Figure> f = figuresOf(r.id());
            PartialDate kb = knownBy.get(r.id());
            ties.add(f.isEmpty() && kb == null ? r : new Relation(r.id(), r.from(), r.to(), r.type(), r.start(), r.end(), r.summary(),
                    r.certainty(), r.note(), f, r.sources(), kb));
        }
        List<Event> evs = new ArrayList<>(events.size());
        for (Event e : events) {
            List<org.entente.model.Figure> f = figuresOf(e.id());
            evs.add(f.isEmpty() ? e : new Event(e.id(), e.date(), e.end(), e.title(), e.summary(), e.actors(), e.tags(), e.note(), f, e.sources()));
        }
        figures.forEach((item, fs) -> {
            String[] at = figurePlaces.get(item).split("\u0000", 2);
            report.skipped(at[0], at[1], fs.size() + (fs.size() == 1 ? " figure names " : " figures name ") + Quote.of(item)
                    + ", which is no actor, tie or event of the import");
        });
        return new Dataset("entente/1", title, description == null ? "" : description, List.copyOf(sources.values()), list,
                ties, evs, List.of());
    }

    /** The figures given for {@code id}, taken out of the pending ones (what is left names nothing). */
    private List<org.entente.model.Figure> figuresOf(String id) {
        List<org.entente.model.Figure> f = figures.remove(id);
        return f == null ? List.of() : List.copyOf(f);
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
