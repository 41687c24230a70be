package org.entente.logic.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.entente.logic.io.QuizJson;
import org.entente.logic.io.ReadResult;
import org.entente.logic.io.TourJson;
import org.entente.logic.tour.Tour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiz files and tour steps that ask: written and read back whole; every existing tour still opens. */
class QuizJsonTest {

    @TempDir
    Path dir;

    private static final Question Q = new Question(Question.Kind.TIE, "Who leads NATO as of 2025?",
            List.of("Mark Rutte", "Jens Stoltenberg", "Kim Jong Un", "Lin Jian"), 0, "rutte-leads-nato",
            LocalDate.of(2024, 10, 1), List.of("rutte", "nato"), "Rutte leads NATO.", List.of("src-news-2025-04"), null);

    @Test
    void aSavedQuizOpensWithTheSameQuestions() throws Exception {
        Quiz quiz = new Quiz("Class 9b", 42, LocalDate.of(2025, 6, 1), List.of(Q));
        Path file = dir.resolve("q.json");
        QuizJson.write(quiz, file);
        assertEquals(quiz, QuizJson.read(file).value().orElseThrow());
    }

    @Test
    void aWrongAnswerIndexIsReportedWithItsPlace() {
        String json = "{\"format\":\"entente-quiz/1\",\"questions\":[{\"prompt\":\"x?\",\"choices\":[\"a\",\"b\"],\"answer\":3}]}";
        ReadResult<Quiz> r = QuizJson.read("bad.json", new StringReader(json));
        assertTrue(r.value().isEmpty());
        assertTrue(r.describe().contains("$.questions[0].answer"), r.describe());
    }

    @Test
    void everyBundledTourStillOpensAndAStepCanCarryAQuestion() throws Exception {
        try (var files = Files.list(Path.of("seeds/tours"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Tour t = TourJson.read(f).value().orElseThrow(() -> new AssertionError(f + " no longer opens"));
                t.steps().forEach(s -> assertNull(s.question()));
                Tour asking = new Tour(t.title(), t.description(), List.of(t.steps().get(0).withQuestion(Q)));
                Tour back = TourJson.read("t.json", new StringReader(TourJson.toJson(asking))).value().orElseThrow();
                assertEquals(Q, back.steps().get(0).question());
                assertEquals(t.steps().get(0).title(), back.steps().get(0).title());
            }
        }
    }
}
