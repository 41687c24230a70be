package org.entente.logic.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.entente.logic.filter.VisibleGraph;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Dispute;
import org.entente.model.Event;
import org.entente.model.Relation;

/**
 * Draws quiz questions from whatever the window shows (the visible graph: filter, focus and time window
 * applied) of any dataset. Two kinds: hide one end of a tie ("Which organization does Japan take part in
 * since April 2025?", "Who leads NATO as of 2025?") or an event's date ("When did Russia annex Crimea?").
 *
 * <p>Rules that keep a question fair: distractors are of the same kind as the answer and drawn first from
 * the neighbours of the actors involved (plausible), never an actor for which the same tie also holds
 * (so exactly one choice is right); ties only reported or planned are not asked; a tie or event some
 * source disputes is asked only with the dispute named in the question. The same seed and scope always
 * give the same quiz.
 */
public final class QuizGenerator {

    /** Phrases per tie type: {@code %1$s} the kind word, {@code %2$s} the known actor, {@code %3$s} the time. */
    private static final Map<String, Template> TEMPLATES = Map.ofEntries(
            Map.entry("member-of", new Template(false, "Which %1$s is %2$s a member of %3$s?")),
            Map.entry("part-of", new Template(false, "Which %1$s is %2$s part of %3$s?")),
            Map.entry("participates-in", new Template(false, "Which %1$s does %2$s take part in %3$s?")),
            Map.entry("signatory-of", new Template(false, "Which %1$s has %2$s signed %3$s?")),
            Map.entry("supports", new Template(false, "Which %1$s does %2$s support %3$s?")),
            Map.entry("supplies", new Template(false, "Which %1$s does %2$s supply %3$s?")),
            Map.entry("aids", new Template(false, "Which %1$s does %2$s give aid to %3$s?")),
            Map.entry("sanctions", new Template(false, "Which %1$s does %2$s sanction %3$s?")),
            Map.entry("claims", new Template(false, "Which %1$s does %2$s claim %3$s?")),
            Map.entry("based-in", new Template(false, "Where is %2$s based %3$s?")),
            Map.entry("leads", new Template(true, "Who leads %2$s %3$s?")),
            Map.entry("serves-in", new Template(true, "Who serves in %2$s %3$s?")),
            Map.entry("speaks-for", new Template(true, "Who speaks for %2$s %3$s?")));

    /**
     * @param reverse true when the question names the tie's target and hides its source
     * @param text    the question's wording
     */
    private record Template(boolean reverse, String text) {
    }

    /**
     * Up to {@code count} questions about {@code scope} (the visible graph as of {@code asOf}) of
     * {@code dataset}, in a seeded order.
     */
    public Quiz generate(Dataset dataset, VisibleGraph scope, LocalDate asOf, long seed, int count, String title) {
        Random random = new Random(seed);
        List<Question> candidates = new ArrayList<>();
        List<Relation> ties = new ArrayList<>(scope.graph().edgeSet());
        ties.sort(Comparator.comparing(Relation::id));
        for (Relation r : ties) {
            Question q = tieQuestion(dataset, r, asOf, new Random(random.nextLong()));
            if (q != null) candidates.add(q);
        }
        List<Event> events = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(scope.eventIds())) dataset.event(id).ifPresent(events::add);
        for (Event e : events) {
            Question q = dateQuestion(dataset, e, new Random(random.nextLong()));
            if (q != null) candidates.add(q);
        }
        java.util.Collections.shuffle(candidates, random);
        // alternate kinds so a short quiz asks both
        List<Question> ties2 = candidates.stream().filter(q -> q.kind() == Question.Kind.TIE).toList();
        List<Question> dates = candidates.stream().filter(q -> q.kind() == Question.Kind.EVENT_DATE).toList();
        List<Question> out = new ArrayList<>();
        for (int i = 0; out.size() < count && (i < ties2.size() || i < dates.size()); i++) {
            if (i < ties2.size() && out.size() < count) out.add(ties2.get(i));
            if (i < dates.size() && out.size() < count && i % 2 == 0) out.add(dates.get(i));
        }
        for (Question q : dates) if (out.size() < count && !out.contains(q)) out.add(q);
        return new Quiz(title, seed, asOf, out);
    }

    private Question tieQuestion(Dataset data, Relation r, LocalDate asOf, Random random) {
        Template t = TEMPLATES.get(r.type());
        if (t == null) return null;
        String certainty = r.certainty();
        if ("reported".equals(certainty) || "planned".equals(certainty)) return null;
        Actor known = data.actor(t.reverse() ? r.to() : r.from()).orElse(null);
        Actor answer = data.actor(t.reverse() ? r.from() : r.to()).orElse(null);
        if (known == null || answer == null) return null;
        // every actor tied to the known actor by the same type at this date could also be right: exclude them
        Set<String> alsoRight = new HashSet<>();
        for (Relation o : data.relationsOf(known.id())) {
            if (!o.type().equals(r.type()) || !o.holdsAt(asOf)) continue;
            // either direction: "A part of B" and "B part of A" would both confuse a student
            alsoRight.add(o.from().equals(known.id()) ? o.to() : o.from());
        }
        alsoRight.add(answer.id());
        List<Actor> distractors = distractors(data, answer, known, a -> !alsoRight.contains(a.id()) && a.existsAt(asOf), random);
        if (distractors.size() < 3) return null;
        String when = r.start() != null && !r.start().earliest().isAfter(asOf) ? "since " + r.start().display()
                : "as of " + asOf.getYear();
        String prompt = String.format(t.text(), kindWord(answer.kind()), known.name(), when);
        String dispute = dispute(data, r.id(), "disputed".equals(certainty));
        if (dispute != null) prompt = "Disputed — " + prompt + " (sources disagree; see the dispute after answering)";
        List<String> names = new ArrayList<>();
        names.add(answer.name());
        distractors.subList(0, 3).forEach(a -> names.add(a.name()));
        if (names.stream().distinct().count() != names.size()) return null;
        return place(Question.Kind.TIE, prompt, names, r.id(),
                r.start() != null && !r.start().earliest().isAfter(asOf) ? r.start().earliest() : asOf,
                List.of(r.from(), r.to()), r.summary(), r.sources(), dispute, random);
    }

    private Question dateQuestion(Dataset data, Event e, Random random) {
        if (e.date() == null || e.title() == null || e.title().isBlank()) return null;
        String right = e.date().display();
        // plausible: dates of events that share an actor, then the rest; never the same wording
        Set<String> sharing = new HashSet<>(e.actors());
        List<Event> others = new ArrayList<>(data.events());
        others.sort(Comparator.comparing(Event::id));
        java.util.Collections.shuffle(others, random);
        others.sort(Comparator.comparing(o -> o.actors().stream().noneMatch(sharing::contains)));
        LinkedHashSet<String> wrong = new LinkedHashSet<>();
        for (Event o : others) {
            if (o.date() == null || o.date().display().equals(right) || o.date().longYear() == e.date().longYear()) continue;
            wrong.add(o.date().display());
            if (wrong.size() == 3) break;
        }
        if (wrong.size() < 3) return null;
        String dispute = dispute(data, e.id(), false);
        String prompt = "When did this happen: “" + e.title() + "”?";
        if (dispute != null) prompt = "Disputed — " + prompt + " (sources disagree; see the dispute after answering)";
        List<String> names = new ArrayList<>();
        names.add(right);
        names.addAll(wrong);
        return place(Question.Kind.EVENT_DATE, prompt, names, e.id(), e.date().earliest(), e.actors(), e.summary(),
                e.sources(), dispute, random);
    }

    /** Shuffles the right answer (first in {@code choices}) among the others. */
    private static Question place(Question.Kind kind, String prompt, List<String> choices, String subject, LocalDate reveal,
                                  List<String> lit, String explanation, List<String> sources, String dispute, Random random) {
        String right = choices.get(0);
        List<String> shuffled = new ArrayList<>(choices);
        java.util.Collections.shuffle(shuffled, random);
        return new Question(kind, prompt, shuffled, shuffled.indexOf(right), subject, reveal, lit, explanation, sources, dispute);
    }

    /** Same-kind actors, neighbours of the two actors involved first, each tier in seeded order. */
    private static List<Actor> distractors(Dataset data, Actor answer, Actor known, Predicate<Actor> allowed, Random random) {
        Set<String> near = new HashSet<>();
        for (String id : List.of(answer.id(), known.id())) {
            for (Relation r : data.relationsOf(id)) {
                near.add(r.from());
                near.add(r.to());
                for (Relation r2 : data.relationsOf(r.from().equals(id) ? r.to() : r.from())) {
                    near.add(r2.from());
                    near.add(r2.to());
                }
            }
        }
        List<Actor> pool = new ArrayList<>(data.actors().stream()
                .filter(a -> a.kind().equals(answer.kind()) && !a.id().equals(known.id()) && allowed.test(a)).toList());
        pool.sort(Comparator.comparing(Actor::id));
        java.util.Collections.shuffle(pool, random);
        pool.sort(Comparator.comparing(a -> !near.contains(a.id())));
        return pool;
    }

    /** The disputes about {@code id} in words, or a note when the item is only marked disputed; null when none. */
    private static String dispute(Dataset data, String id, boolean markedDisputed) {
        List<Dispute> ds = data.disputesAbout(id);
        if (!ds.isEmpty()) return String.join(" ", ds.stream().map(Dispute::summary).toList());
        return markedDisputed ? "The dataset marks this as disputed between its sources." : null;
    }

    private static String kindWord(String kind) {
        return switch (kind) {
            case "state" -> "country";
            case "person" -> "person";
            case "place" -> "place";
            default -> kind;
        };
    }
}
