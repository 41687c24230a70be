package org.entente.logic.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;

/**
 * Finds actors and events by what a student would type: a name, a part of a name, an alias in any script
 * (日本 finds Japan), a word from a summary or an event's title. Results are ranked exact name, then
 * name prefix, then alias, then a word in the name, then summary or title text; ties go to actors before
 * events, then to shorter names. Built once per dataset; searching is a scan of pre-folded strings,
 * fast enough to run on every keystroke for thousands of items.
 */
public final class SearchIndex {

    private record Entry(SearchHit.Target target, String id, String label, String kindOrDate, String name,
                         List<String> rawAliases, List<String> aliases, String text, String rawText) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public SearchIndex(Dataset dataset) {
        for (Actor a : dataset.actors()) {
            entries.add(new Entry(SearchHit.Target.ACTOR, a.id(), a.name() == null ? a.id() : a.name(), a.kind(),
                    TextNormalizer.fold(a.name()), a.aliases(), a.aliases().stream().map(TextNormalizer::fold).toList(),
                    TextNormalizer.fold(a.summary()), a.summary() == null ? "" : a.summary()));
        }
        for (Event e : dataset.events()) {
            entries.add(new Entry(SearchHit.Target.EVENT, e.id(), e.title() == null ? e.id() : e.title(),
                    e.date().display(), TextNormalizer.fold(e.title()), List.of(), List.of(),
                    TextNormalizer.fold(e.summary()), e.summary() == null ? "" : e.summary()));
        }
    }

    /** Every match, best first, at most {@code limit}. A blank query finds nothing. */
    public List<SearchHit> search(String query, int limit) {
        return rank(query, false, limit);
    }

    /** Actors only, best first (for pickers such as the path finder's). */
    public List<SearchHit> searchActors(String query, int limit) {
        return rank(query, true, limit);
    }

    /** The best actor for a query, for the command line: an exact id first, then the best match. */
    public Optional<SearchHit> bestActor(String query) {
        String q = query == null ? "" : query.trim();
        for (Entry e : entries) {
            if (e.target() == SearchHit.Target.ACTOR && e.id().equalsIgnoreCase(q)) {
                return Optional.of(new SearchHit(e.target(), e.id(), e.label(), e.kindOrDate(), MatchKind.EXACT_NAME));
            }
        }
        return searchActors(q, 1).stream().filter(h -> h.match().compareTo(MatchKind.ALIAS) <= 0).findFirst();
    }

    private List<SearchHit> rank(String query, boolean actorsOnly, int limit) {
        String q = TextNormalizer.fold(query);
        if (q.isEmpty()) {
            return List.of();
        }
        record Scored(SearchHit hit, int subRank) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry e : entries) {
            if (actorsOnly && e.target() != SearchHit.Target.ACTOR) {
                continue;
            }
            Scored s = score(e, q, (hit, sub) -> new Scored(hit, sub));
            if (s != null) {
                found.add(s);
            }
        }
        found.sort(Comparator.<Scored, MatchKind>comparing(s -> s.hit().match())
                .thenComparingInt(Scored::subRank)
                .thenComparing(s -> s.hit().target())
                .thenComparingInt(s -> s.hit().label().length())
                .thenComparing(s -> s.hit().label()));
        return found.stream().limit(limit).map(Scored::hit).toList();
    }

    private interface Maker<T> {
        T make(SearchHit hit, int subRank);
    }

    private static <T> T score(Entry e, String q, Maker<T> make) {
        if (e.name().equals(q) || e.id().equalsIgnoreCase(q)) {
            return make.make(hit(e, e.kindOrDate(), MatchKind.EXACT_NAME), 0);
        }
        if (e.target() == SearchHit.Target.EVENT) {
            return scoreEventText(e, q, make);
        }
        if (e.name().startsWith(q)) {
            return make.make(hit(e, e.kindOrDate(), MatchKind.NAME_PREFIX), 0);
        }
        for (int i = 0; i < e.aliases().size(); i++) {
            String alias = e.aliases().get(i);
            int sub = alias.equals(q) ? 0 : alias.startsWith(q) ? 1 : alias.contains(q) ? 2 : -1;
            if (sub >= 0) {
                return make.make(hit(e, "alias: " + e.rawAliases().get(i), MatchKind.ALIAS), sub);
            }
        }
        if (TextNormalizer.hasWordStartingWith(e.name(), q)) {
            return make.make(hit(e, e.kindOrDate(), MatchKind.WORD_IN_NAME), 0);
        }
        if (e.name().contains(q)) {
            return make.make(hit(e, e.kindOrDate(), MatchKind.WORD_IN_NAME), 1);
        }
        if (e.text().contains(q)) {
            return make.make(hit(e, snippet(e, q), MatchKind.TEXT), TextNormalizer.hasWordStartingWith(e.text(), q) ? 2 : 3);
        }
        return null;
    }

    /** An event's title and summary rank as text, below every actor name and alias match. */
    private static <T> T scoreEventText(Entry e, String q, Maker<T> make) {
        if (e.name().contains(q)) {
            return make.make(hit(e, e.kindOrDate(), MatchKind.TEXT), TextNormalizer.hasWordStartingWith(e.name(), q) ? 0 : 1);
        }
        if (e.text().contains(q)) {
            return make.make(hit(e, snippet(e, q), MatchKind.TEXT), TextNormalizer.hasWordStartingWith(e.text(), q) ? 2 : 3);
        }
        return null;
    }

    private static SearchHit hit(Entry e, String detail, MatchKind match) {
        return new SearchHit(e.target(), e.id(), e.label(), detail, match);
    }

    /**
     * A few words around the match, so the user sees why a summary matched: from the original text when
     * the match can be found there, else from the folded text.
     */
    private static String snippet(Entry e, String q) {
        String raw = e.rawText();
        int at = raw.toLowerCase(java.util.Locale.ROOT).indexOf(q);
        String text = at >= 0 ? raw : e.text();
        if (at < 0) at = text.indexOf(q);
        int from = Math.max(0, at - 25);
        int to = Math.min(text.length(), at + q.length() + 25);
        return (from > 0 ? "…" : "") + text.substring(from, to).trim() + (to < text.length() ? "…" : "");
    }
}
