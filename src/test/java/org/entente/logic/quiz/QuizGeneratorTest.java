package org.entente.logic.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.filter.Focus;
import org.entente.logic.filter.GraphFilter;
import org.entente.logic.filter.VisibleGraph;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quizzes drawn from the bundled dataset: repeatable per seed, one right answer each, disputes named. */
class QuizGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static Dataset data;
    private final QuizGenerator generator = new QuizGenerator();

    @BeforeAll
    static void load() {
        data = new DatasetLoader().load(Path.of("seeds/entente.json")).dataset().orElseThrow();
    }

    private static VisibleGraph scope(Focus focus) {
        return new GraphFilter().apply(data, AS_OF, DateRange.ALL, FilterCriteria.NONE, focus);
    }

    private Quiz quiz(long seed, int count) {
        return generator.generate(data, scope(new Focus(null, 1)), AS_OF, seed, count, "t");
    }

    @Test
    void theSameSeedGivesTheSameQuizAndAnotherSeedAnotherOne() {
        assertEquals(quiz(42, 10), quiz(42, 10));
        assertNotEquals(quiz(42, 10).questions(), quiz(43, 10).questions());
        assertEquals(10, quiz(42, 10).questions().size());
    }

    @Test
    void everyQuestionHasExactlyOneAnswerTheDatasetSupports() {
        List<Question> all = quiz(7, 400).questions();
        assertTrue(all.size() > 40, "many questions: " + all.size());
        assertTrue(all.stream().anyMatch(q -> q.kind() == Question.Kind.TIE));
        assertTrue(all.stream().anyMatch(q -> q.kind() == Question.Kind.EVENT_DATE));
        for (Question q : all) {
            assertEquals(4, q.choices().size(), q.prompt());
            assertEquals(4, new HashSet<>(q.choices()).size(), q.prompt());
            if (q.kind() == Question.Kind.EVENT_DATE) {
                Event e = data.event(q.subject()).orElseThrow();
                assertEquals(e.date().display(), q.answer(), q.prompt());
            } else {
                Relation r = data.relation(q.subject()).orElseThrow();
                assertTrue(r.holdsAt(AS_OF), q.prompt());
                Set<String> names = new HashSet<>(List.of(name(r.from()), name(r.to())));
                assertTrue(names.contains(q.answer()), q.prompt() + " → " + q.answer());
                String known = q.prompt().contains(name(r.from())) && !q.answer().equals(name(r.from())) ? r.from() : r.to();
                for (int i = 0; i < 4; i++) {
                    if (i == q.correct()) continue;
                    String wrong = q.choices().get(i);
                    boolean alsoTrue = data.relationsOf(known).stream().anyMatch(o -> o.type().equals(r.type()) && o.holdsAt(AS_OF)
                            && (name(o.from()).equals(wrong) || name(o.to()).equals(wrong)) && !o.id().equals(r.id()));
                    assertFalse(alsoTrue, "'" + wrong + "' would also be right for: " + q.prompt());
                    Actor a = data.actors().stream().filter(x -> x.name().equals(wrong)).findFirst().orElseThrow();
                    Actor right = data.actors().stream().filter(x -> x.name().equals(q.answer())).findFirst().orElseThrow();
                    assertEquals(right.kind(), a.kind(), "a distractor of another kind in: " + q.prompt());
                }
            }
        }
    }

    @Test
    void noDisputedFactIsAskedAsSettledAndNoOnlyReportedTieIsAsked() {
        List<Question> all = quiz(7, 400).questions();
        int disputed = 0;
        for (Question q : all) {
            boolean contested = !data.disputesAbout(q.subject()).isEmpty()
                    || data.relation(q.subject()).map(r -> "disputed".equals(r.certainty())).orElse(false);
            if (contested) {
                disputed++;
                assertTrue(q.isDisputed() && q.prompt().startsWith("Disputed"), "asked as settled: " + q.prompt());
            }
            data.relation(q.subject()).ifPresent(r -> assertFalse("reported".equals(r.certainty()) || "planned".equals(r.certainty()),
                    "only " + r.certainty() + ": " + q.prompt()));
        }
        assertTrue(disputed > 0, "the bundled data has disputed items in scope, so some question names a dispute");
    }

    @Test
    void aFocusScopesTheQuestionsToTheNeighbourhood() {
        VisibleGraph japan = scope(new Focus("japan", 1));
        Quiz q = generator.generate(data, japan, AS_OF, 3, 50, "t");
        assertFalse(q.questions().isEmpty());
        for (Question x : q.questions()) {
            if (x.kind() == Question.Kind.TIE) assertTrue(japan.showsRelation(x.subject()), x.prompt());
            else assertTrue(japan.eventIds().contains(x.subject()), x.prompt());
        }
    }

    private static String name(String id) {
        return data.actor(id).orElseThrow().name();
    }
}
