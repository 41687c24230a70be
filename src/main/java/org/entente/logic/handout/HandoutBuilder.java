package org.entente.logic.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.quiz.Quiz;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;

/**
 * Picks what a one-lesson handout holds from the visible graph: the events of the period in date order,
 * the most connected actors with the first sentence of their summary (and a name in its own script, such
 * as 日本, when the data has one), and every source the chosen items cite.
 */
public final class HandoutBuilder {

    /** Actors listed, most connected first. */
    public static final int KEY_ACTORS = 12;
    /** Events listed, latest kept when there are more. */
    public static final int EVENTS = 18;

    public Handout build(Dataset data, VisibleGraph scope, LocalDate from, LocalDate asOf, Quiz quiz) {
        Set<String> cited = new LinkedHashSet<>();
        List<Event> events = new ArrayList<>();
        for (String id : scope.eventIds()) {
            data.event(id).filter(e -> e.date() != null && !e.date().earliest().isBefore(from) && !e.date().earliest().isAfter(asOf))
                    .ifPresent(events::add);
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        if (events.size() > EVENTS) events = events.subList(events.size() - EVENTS, events.size());
        List<Handout.Line> eventLines = new ArrayList<>();
        for (Event e : events) {
            eventLines.add(new Handout.Line(e.date().display(), e.title()));
            cited.addAll(e.sources());
        }
        Map<String, Integer> degree = new HashMap<>();
        for (Relation r : scope.graph().edgeSet()) {
            degree.merge(r.from(), 1, Integer::sum);
            degree.merge(r.to(), 1, Integer::sum);
        }
        List<Actor> actors = new ArrayList<>(scope.graph().vertexSet());
        actors.sort(Comparator.comparing((Actor a) -> -degree.getOrDefault(a.id(), 0)).thenComparing(Actor::id));
        List<Handout.Line> actorLines = new ArrayList<>();
        for (Actor a : actors.subList(0, Math.min(KEY_ACTORS, actors.size()))) {
            actorLines.add(new Handout.Line(nameWithScript(a), firstSentence(a.summary())));
            cited.addAll(a.sources());
        }
        if (quiz != null) {
            quiz.questions().forEach(q -> cited.addAll(q.sources()));
        }
        List<String> sources = new ArrayList<>();
        for (String id : cited) data.source(id).map(s -> s.citation() + (s.url() == null ? "" : " " + s.url())).ifPresent(sources::add);
        String title = data.title() == null || data.title().isBlank() ? "Entente" : data.title();
        return new Handout(title, asOf, from, eventLines, actorLines, sources, quiz);
    }

    /** "Japan (日本)" when an alias is written in another script, else the name. */
    static String nameWithScript(Actor a) {
        for (String alias : a.aliases()) {
            if (alias.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                return a.name() + " (" + alias + ")";
            }
        }
        return a.name();
    }

    static String firstSentence(String text) {
        if (text == null || text.isBlank()) return "";
        String t = text.strip();
        int end = t.indexOf(". ");
        return end > 0 ? t.substring(0, end + 1) : t;
    }
}
