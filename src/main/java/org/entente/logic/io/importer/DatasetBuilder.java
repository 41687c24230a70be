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

    /** Adds a tie; one whose end comes before its start is skipped and reported. */
    public void relation(String id, String from, String to, String type, PartialDate start, PartialDate end, String summary,
                         String certainty, String note, List<String> sourceIds, String file, String place) {
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            report.skipped(file, place, "the tie ends (" + end + ") before it starts (" + start + ")");
            return;
        }
        String rid = id != null && !ids.isTaken(id) ? id : ids.make("", from + "-" + type + "-" + to, "tie");
        ids.reserve(rid);
        relations.add(new Relation(rid, from, to, type, start, end, summary, certainty, note, List.of(),
                sourcesOr(sourceIds, file)));
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
        events.add(new Event(eid, date, end, title, summary, List.copyOf(new LinkedHashSet<>(actorIds)), tags, note,
                List.of(), sourcesOr(sourceIds, file)));
    }

    private List<String> sourcesOr(List<String> own, String file) {
        return own == null || own.isEmpty() ? List.of(fileSource(file)) : own;
    }

    public int actorCount() { return actors.size(); }
    public int relationCount() { return relations.size(); }
    public int eventCount() { return events.size(); }

    /** The dataset made so far, titled {@code title}; actors that came only from ties are reported once per file. */
    public Dataset build(String title, String description) {
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
            list.add(new Actor(a.id, a.name, kind, List.copyOf(a.aliases), a.region, a.summary, a.start, end, a.note, List.of(), src));
        }
        return new Dataset("entente/1", title, description == null ? "" : description, List.copyOf(sources.values()), list,
                relations, events, List.of());
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
