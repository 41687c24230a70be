package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.entente.logic.analysis.ConnectionPath;
import org.entente.logic.analysis.PathFinder;
import org.entente.logic.analysis.PathSentence;
import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.logic.search.SearchHit;
import org.entente.logic.search.SearchIndex;
import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;

/**
 * {@code path FROM TO [FILE] [--as-of DATE]}: prints how two actors are connected, one plain sentence per
 * shortest path, exactly as the app's path finder says it. For a teacher preparing a lesson, or a script
 * checking that a dataset still tells the story it should.
 */
public final class PathCommand implements Command {

    private final DatasetLoader loader;
    private final Clock clock;

    public PathCommand(DatasetLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "path";
    }

    @Override
    public String summary() {
        return "explain how two actors are connected, in plain sentences";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar entente.jar path FROM TO [FILE] [--as-of DATE]

                Prints the shortest chains of ties between two actors, one sentence per chain
                (several when there are ties), following each tie's direction:
                  Japan takes part in NSATU, which is part of NATO, which Mark Rutte leads.

                  FROM, TO       an actor's id (japan), name ("Mark Rutte") or alias (日本)
                  FILE           an entente/1 dataset (default: the bundled dataset)
                  --as-of DATE   use the ties that hold on DATE (YYYY, YYYY-MM or YYYY-MM-DD;
                                 a year or month means its first day); default: today

                Exit codes: 0 connected, 1 not connected, 2 unknown actor, bad date or unreadable file.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        LocalDate asOf = LocalDate.now(clock);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--as-of") || a.startsWith("--as-of=")) {
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(++i) : null;
                try {
                    asOf = PartialDate.parse(value).earliest();
                } catch (IllegalArgumentException e) {
                    err.println("entente path: --as-of: " + e.getMessage());
                    return USAGE;
                }
            } else if (a.startsWith("--")) {
                err.println("entente path: unknown option '" + a + "'");
                err.print(help());
                return USAGE;
            } else {
                positional.add(a);
            }
        }
        if (positional.size() < 2 || positional.size() > 3) {
            err.println("entente path: expected FROM and TO (and optionally a FILE), got " + positional.size() + " argument(s)");
            err.print(help());
            return USAGE;
        }
        LoadResult loaded = positional.size() == 3 ? loader.load(Path.of(positional.get(2))) : loader.loadBundled();
        if (loaded.hasErrors() || loaded.dataset().isEmpty()) {
            loaded.problems().stream().map(Problem::format).forEach(err::println);
            return USAGE;
        }
        Dataset dataset = loaded.dataset().get();
        SearchIndex index = new SearchIndex(dataset);
        Optional<Actor> from = resolve(dataset, index, positional.get(0), loaded.file(), err);
        Optional<Actor> to = resolve(dataset, index, positional.get(1), loaded.file(), err);
        if (from.isEmpty() || to.isEmpty()) {
            return USAGE;
        }
        return explain(dataset, from.get(), to.get(), asOf, out, err);
    }

    private static Optional<Actor> resolve(Dataset dataset, SearchIndex index, String query, String file, PrintStream err) {
        Optional<Actor> actor = index.bestActor(query).map(SearchHit::id).flatMap(dataset::actor);
        if (actor.isEmpty()) {
            err.println("entente path: no actor called '" + query + "' in " + file
                    + " (give an id such as '" + dataset.actors().stream().findFirst().map(Actor::id).orElse("japan")
                    + "', a name or an alias)");
        }
        return actor;
    }

    private static int explain(Dataset dataset, Actor from, Actor to, LocalDate asOf, PrintStream out, PrintStream err) {
        String when = PartialDate.of(asOf).display();
        if (from.equals(to)) {
            err.println("entente path: FROM and TO are both " + from.name() + "; name two different actors");
            return USAGE;
        }
        VisibleGraph visible = new GraphFilter().apply(dataset, asOf, DateRange.ALL, FilterCriteria.NONE);
        for (Actor a : List.of(from, to)) {
            if (!visible.graph().containsVertex(a)) {
                err.println(a.name() + " does not exist as of " + when + ", so it has no ties then (try --as-of)");
                return FAILED;
            }
        }
        List<ConnectionPath> paths = new PathFinder(10).shortestPaths(visible.graph(), from, to);
        if (paths.isEmpty()) {
            err.println("No chain of ties connects " + from.name() + " and " + to.name() + " as of " + when + ".");
            return FAILED;
        }
        paths.stream().map(PathSentence::of).forEach(out::println);
        return OK;
    }
}
