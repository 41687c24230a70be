package org.entente.logic.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.model.Vocabulary;

/**
 * Generates a large, valid, realistic-looking dataset for benchmarks and stress tests: actors of every
 * default kind and region with invented names, ties whose type suits the two ends (states join alliances,
 * people lead organizations, companies are based in states), a few hubs as in real alliance networks,
 * partial dates of every precision and events with one to three actors. Every item cites a source, ids
 * are unique, there are no self-loops, and the same seed always gives the same dataset.
 */
public final class SyntheticDataset {

    private static final String[] KINDS = {"state", "organization", "alliance", "initiative", "agreement", "policy",
        "meeting", "person", "place", "company"};
    private static final double[] KIND_WEIGHTS = {34, 9, 4, 8, 8, 5, 5, 15, 7, 5};
    private static final String[] SYLLABLES = {"ka", "lo", "ri", "ve", "ta", "mon", "sa", "dor", "el", "ni", "ba",
        "qu", "zan", "to", "ur", "mi", "les", "gar", "an", "po", "shi", "ro", "vin", "ha"};
    private static final int FIRST_YEAR = 1950;
    private static final int LAST_YEAR = 2025;

    private final Random random;

    private SyntheticDataset(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param actors    number of actors (at least 2 when relations are asked for)
     * @param relations number of ties
     * @param events    number of events
     * @param seed      the same seed gives the same dataset
     */
    public static Dataset generate(int actors, int relations, int events, long seed) {
        if (actors < 0 || relations < 0 || events < 0) throw new IllegalArgumentException("counts must not be negative");
        if (actors < 2 && (relations > 0 || events > 0)) {
            throw new IllegalArgumentException("ties and events need at least 2 actors, got " + actors);
        }
        return new SyntheticDataset(seed).build(actors, relations, events);
    }

    private Dataset build(int actorCount, int relationCount, int eventCount) {
        List<Source> sources = new ArrayList<>();
        int sourceCount = Math.max(3, Math.min(200, actorCount / 40 + 3));
        for (int i = 0; i < sourceCount; i++) {
            sources.add(new Source(String.format(Locale.ROOT, "source-%03d", i + 1), "Synthetic report " + (i + 1),
                    "Entente generator", null, PartialDate.ofYear(2000 + i % 26), null, "generated, not a real work"));
        }
        List<Actor> actors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < actorCount; i++) {
            String kind = pick(KINDS, KIND_WEIGHTS);
            String name = uniqueName(kind, names);
            PartialDate start = switch (kind) {
                case "state", "place", "person" -> null;
                default -> random.nextInt(3) == 0 ? null : date(FIRST_YEAR, LAST_YEAR - 5);
            };
            String region = Vocabulary.DEFAULT_REGIONS.get(random.nextInt(Vocabulary.DEFAULT_REGIONS.size()));
            actors.add(new Actor(String.format(Locale.ROOT, "%s-%05d", kind, i + 1), name, kind, List.of(), region,
                    "A synthetic " + kind + " for testing.", start, null, null, List.of(), List.of(source(sources))));
        }
        List<Relation> relations = new ArrayList<>();
        int[] endpoints = new int[Math.max(1, 2 * relationCount + actorCount)];
        int filled = 0;
        for (int i = 0; i < actorCount; i++) endpoints[filled++] = i;
        for (int r = 0; r < relationCount; r++) {
            int from = random.nextInt(actorCount);
            int to = endpoints[random.nextInt(filled)];
            if (to == from) to = (from + 1 + random.nextInt(actorCount - 1)) % actorCount;
            Actor a = actors.get(from), b = actors.get(to);
            String type = typeFor(a.kind(), b.kind());
            PartialDate start = date(Math.max(FIRST_YEAR, b.start() == null ? FIRST_YEAR : b.start().year()), LAST_YEAR);
            PartialDate end = random.nextInt(5) == 0 ? date(Math.min(LAST_YEAR, start.year() + 1), LAST_YEAR) : null;
            if (end != null && end.earliest().isBefore(start.latest())) end = PartialDate.ofYear(Math.min(LAST_YEAR + 1, start.latest().getYear() + 1));
            relations.add(new Relation(String.format(Locale.ROOT, "rel-%06d", r + 1), a.id(), b.id(), type, start, end,
                    null, random.nextInt(10) == 0 ? "reported" : null, null, List.of(), List.of(source(sources))));
            endpoints[filled++] = to;
            endpoints[filled++] = from;
        }
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < eventCount; e++) {
            int n = 1 + random.nextInt(3);
            List<String> who = new ArrayList<>();
            while (who.size() < Math.min(n, actorCount)) {
                String id = actors.get(endpoints[random.nextInt(filled)]).id();
                if (!who.contains(id)) who.add(id);
            }
            String title = EVENT_TITLES[random.nextInt(EVENT_TITLES.length)] + " " + (e + 1);
            events.add(new Event(String.format(Locale.ROOT, "event-%06d", e + 1), date(FIRST_YEAR, LAST_YEAR + 1), null, title,
                    null, who, List.of("synthetic"), null, List.of(), List.of(source(sources))));
        }
        return new Dataset("entente/1", "Synthetic dataset (" + actorCount + " actors, " + relationCount + " ties, "
                + eventCount + " events)", "Generated for benchmarks; not real data.", sources, actors, relations, events, List.of());
    }

    private static final String[] EVENT_TITLES = {"Summit", "Joint exercise", "State visit", "Agreement signed",
        "Aid package announced", "Sanctions imposed", "Ministers meet", "Statement issued"};

    private String typeFor(String fromKind, String toKind) {
        if (fromKind.equals("person")) return pick(new String[] {"leads", "serves-in", "speaks-for"}, null);
        if (fromKind.equals("company") || fromKind.equals("place")) return pick(new String[] {"based-in", "located-in", "supplies"}, null);
        return switch (toKind) {
            case "alliance", "organization" -> pick(new String[] {"member-of", "observer-of", "participates-in", "funds"}, new double[] {6, 1, 2, 1});
            case "initiative", "meeting" -> pick(new String[] {"participates-in", "attends", "supports"}, null);
            case "agreement", "policy" -> pick(new String[] {"signatory-of", "develops", "criticizes"}, new double[] {5, 2, 1});
            case "person" -> pick(new String[] {"criticizes", "supports", "cooperates-with"}, null);
            case "place" -> pick(new String[] {"hosts", "claims", "attacks"}, new double[] {3, 1, 1});
            default -> pick(new String[] {"partner-of", "allied-with", "supports", "aids", "supplies", "opposes",
                "criticizes", "sanctions", "disputes-with"}, new double[] {5, 2, 3, 2, 2, 2, 2, 1, 1});
        };
    }

    /** Random names tried before a number is added: the syllables give only about 14,000 distinct bases. */
    private static final int NAME_TRIES = 8;

    private String uniqueName(String kind, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            StringBuilder sb = new StringBuilder();
            int parts = 2 + random.nextInt(2);
            for (int i = 0; i < parts; i++) sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            String base = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
            String name = switch (kind) {
                case "organization" -> base + " Organization";
                case "alliance" -> base + " Pact";
                case "initiative" -> base + " Initiative";
                case "agreement" -> base + " Accord";
                case "policy" -> base + " Doctrine";
                case "meeting" -> base + " Summit";
                case "person" -> base + " " + Character.toUpperCase(SYLLABLES[random.nextInt(SYLLABLES.length)].charAt(0))
                        + SYLLABLES[random.nextInt(SYLLABLES.length)].substring(1) + SYLLABLES[random.nextInt(SYLLABLES.length)];
                case "place" -> "Port " + base;
                case "company" -> base + " Industries";
                default -> base;
            };
            if (attempt >= NAME_TRIES) name = name + " " + numbered(taken.size() + 1);
            if (taken.add(name)) return name;
        }
    }

    /** A number as a name suffix ("Kalo Pact 12"); plain digits, as generated names need no style. */
    private static String numbered(int n) {
        return Integer.toString(n);
    }

    private PartialDate date(int fromYear, int toYear) {
        int year = fromYear + random.nextInt(Math.max(1, toYear - fromYear + 1));
        int precision = random.nextInt(10);
        PartialDate d;
        if (precision < 4) d = PartialDate.ofYear(year);
        else if (precision < 7) d = PartialDate.ofMonth(year, 1 + random.nextInt(12));
        else d = PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return random.nextInt(12) == 0 ? d.approximately() : d;
    }

    private String source(List<Source> sources) {
        return sources.get(random.nextInt(sources.size())).id();
    }

    private String pick(String[] options, double[] weights) {
        if (weights == null) return options[random.nextInt(options.length)];
        double total = 0;
        for (double w : weights) total += w;
        double r = random.nextDouble() * total;
        for (int i = 0; i < options.length; i++) {
            r -= weights[i];
            if (r < 0) return options[i];
        }
        return options[options.length - 1];
    }
}
