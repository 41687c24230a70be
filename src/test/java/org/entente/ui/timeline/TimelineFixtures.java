package org.entente.ui.timeline;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;

/** Test datasets for the timeline: a small realistic fixture and a large synthetic one. */
public final class TimelineFixtures {

    private TimelineFixtures() {
    }

    /** The small fixture under src/test/resources/timeline. */
    public static Dataset fixture() {
        try (var in = new InputStreamReader(TimelineFixtures.class.getResourceAsStream("/timeline/fixture.json"), StandardCharsets.UTF_8)) {
            LoadResult r = new DatasetLoader().load("fixture.json", in);
            return r.dataset().orElseThrow(() -> new IllegalStateException(r.problems().toString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code events} events over 1990-2035 among 200 actors with 1,000 relations, all precisions mixed. */
    public static Dataset synthetic(int events, long seed) {
        Random rnd = new Random(seed);
        List<Actor> actors = new ArrayList<>();
        String[] kinds = {"state", "alliance", "organization", "initiative", "person", "place"};
        for (int i = 0; i < 200; i++) {
            actors.add(Actor.of("a" + i, "Actor " + i, kinds[i % kinds.length]));
        }
        long from = LocalDate.of(1990, 1, 1).toEpochDay();
        long days = LocalDate.of(2035, 1, 1).toEpochDay() - from;
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            LocalDate s = LocalDate.ofEpochDay(from + rnd.nextLong(days));
            PartialDate end = rnd.nextBoolean() ? null : PartialDate.ofYear(Math.min(2040, s.getYear() + 1 + rnd.nextInt(10)));
            relations.add(Relation.of("r" + i, "a" + rnd.nextInt(200), "a" + rnd.nextInt(200), "member-of",
                    PartialDate.ofMonth(s.getYear(), s.getMonthValue()), end));
        }
        List<Event> evs = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            LocalDate d = LocalDate.ofEpochDay(from + rnd.nextLong(days));
            PartialDate date = switch (i % 4) {
                case 0 -> PartialDate.ofYear(d.getYear());
                case 1 -> PartialDate.ofMonth(d.getYear(), d.getMonthValue());
                case 2 -> PartialDate.of(d).approximately();
                default -> PartialDate.of(d);
            };
            evs.add(Event.of("e" + i, date, "Synthetic event number " + i, List.of("a" + rnd.nextInt(200))));
        }
        return new Dataset("entente/1", "synthetic", "", List.of(), actors, relations, evs, List.of());
    }
}
