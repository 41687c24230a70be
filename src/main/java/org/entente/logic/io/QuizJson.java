package org.entente.logic.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.entente.logic.load.Problem;
import org.entente.logic.load.Severity;
import org.entente.logic.quiz.Question;
import org.entente.logic.quiz.Quiz;

/**
 * Reads and writes quizzes ({@value #FORMAT}) and the question a tour step may carry. A quiz file holds its
 * questions in full, so a class gets the same quiz on every machine. Reading never throws for a user's
 * mistake: it returns every problem with the file, JSON path and value.
 */
public final class QuizJson {

    public static final String FORMAT = "entente-quiz/1";

    private QuizJson() {
    }

    /** Reads a quiz file like a tour: a small regular file only, strictly; never throws for what the file holds. */
    public static ReadResult<Quiz> read(Path file) {
        try {
            return parse(String.valueOf(file.getFileName()), SmallTextFile.read(file, SmallTextFile.MAX_BYTES, "a quiz"));
        } catch (SmallTextFile.Refused e) {
            JsonReading in = new JsonReading(file.toString());
            in.refused(e.getMessage());
            return new ReadResult<>(Optional.empty(), in.problems());
        }
    }

    /** Reads from {@code reader} (bounded like a file); {@code name} is used in problem messages. */
    public static ReadResult<Quiz> read(String name, Reader reader) {
        try {
            return parse(name, SmallTextFile.read(reader, SmallTextFile.MAX_BYTES, "a quiz"));
        } catch (SmallTextFile.Refused e) {
            JsonReading in = new JsonReading(name);
            in.refused(e.getMessage());
            return new ReadResult<>(Optional.empty(), in.problems());
        }
    }

    private static ReadResult<Quiz> parse(String name, String text) {
        JsonReading in = new JsonReading(name);
        JsonObject root = in.parse(text, "the quiz");
        if (root == null) return new ReadResult<>(Optional.empty(), in.problems());
        String format = in.string(root, "format", "$", true);
        if (format != null && !FORMAT.equals(format)) in.error("$.format", "expected '" + FORMAT + "', found '" + format + "'");
        String title = in.string(root, "title", "$", false);
        long seed = (long) in.number(root, "seed", "$", 0);
        var asOf = in.date(root, "asOf", "$", false);
        JsonArray qs = in.array(root, "questions", "$");
        List<Question> out = new ArrayList<>();
        if (qs == null) {
            if (!root.has("questions")) in.error("$.questions", "missing 'questions'");
        } else {
            for (int i = 0; i < qs.size(); i++) {
                JsonElement e = qs.get(i);
                String at = "$.questions[" + i + "]";
                if (!e.isJsonObject()) {
                    in.error(at, "expected a question object, found " + JsonReading.describe(e));
                    continue;
                }
                Question q = question(in, e.getAsJsonObject(), at);
                if (q != null) out.add(q);
            }
            if (qs.isEmpty()) in.error("$.questions", "a quiz needs at least one question");
        }
        Optional<Quiz> quiz = in.hasErrors() ? Optional.empty() : Optional.of(new Quiz(title, seed, asOf, out));
        return new ReadResult<>(quiz, in.problems());
    }

    /** Reads one question object (also used for a tour step's question); null after reporting a problem. */
    static Question question(JsonReading in, JsonObject o, String at) {
        String prompt = in.string(o, "prompt", at, true);
        List<String> choices = in.strings(o, "choices", at);
        String kindText = in.string(o, "kind", at, false);
        Question.Kind kind = Question.Kind.TIE;
        if (kindText != null) {
            try {
                kind = Question.Kind.valueOf(kindText.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                in.error(at + ".kind", "expected 'tie' or 'event-date', found '" + kindText + "'");
            }
        }
        int correct = in.integer(o, "answer", at, -1, 0, 3);
        if (!o.has("answer")) in.error(at + ".answer", "missing 'answer' (0 for A, 1 for B, ...)");
        if (prompt == null || choices == null) return null;
        if (choices.size() < 2 || choices.size() > 4) {
            in.error(at + ".choices", "expected 2 to 4 choices, found " + choices.size());
            return null;
        }
        if (correct >= choices.size()) {
            in.error(at + ".answer", "the answer " + correct + " is not one of the " + choices.size() + " choices");
            return null;
        }
        if (correct < 0) return null;
        if (choices.stream().distinct().count() != choices.size()) {
            in.error(at + ".choices", "two choices read the same");
            return null;
        }
        return new Question(kind, prompt, choices, correct, in.string(o, "subject", at, false),
                in.date(o, "revealDate", at, false), in.strings(o, "highlighted", at), in.string(o, "explanation", at, false),
                in.strings(o, "sources", at), in.string(o, "dispute", at, false));
    }

    /** The JSON object of one question. */
    static JsonObject question(Question q) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        o.addProperty("prompt", q.prompt());
        o.add("choices", JsonWriting.strings(q.choices(), false));
        o.addProperty("answer", q.correct());
        if (q.subject() != null) o.addProperty("subject", q.subject());
        JsonWriting.date(o, "revealDate", q.revealDate());
        if (!q.highlighted().isEmpty()) o.add("highlighted", JsonWriting.strings(q.highlighted(), false));
        if (!q.explanation().isEmpty()) o.addProperty("explanation", q.explanation());
        if (!q.sources().isEmpty()) o.add("sources", JsonWriting.strings(q.sources(), false));
        if (q.dispute() != null) o.addProperty("dispute", q.dispute());
        return o;
    }

    public static String toJson(Quiz quiz) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("title", quiz.title());
        root.addProperty("seed", quiz.seed());
        JsonWriting.date(root, "asOf", quiz.asOf());
        JsonArray qs = new JsonArray();
        quiz.questions().forEach(q -> qs.add(question(q)));
        root.add("questions", qs);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /** Writes {@code quiz} through {@link AtomicWrite}. */
    public static void write(Quiz quiz, Path file) throws IOException {
        AtomicWrite.writeString(file, toJson(quiz));
    }
}
