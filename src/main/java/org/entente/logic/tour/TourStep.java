package org.entente.logic.tour;

import java.time.LocalDate;
import java.util.List;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.quiz.Question;

/**
 * One slide of a lesson tour: what the class sees (the as-of date, filter, focus, highlights and camera)
 * and what is said about it (a title and caption for students, notes for the teacher only).
 *
 * @param compareDate reference date of "changes since" mode, or null
 * @param focus       actor whose neighbourhood is shown, or null for the whole graph
 * @param camera      graph framing, or null to let the view fit the graph
 * @param question    a question the class answers before the step is shown, or null
 */
public record TourStep(String title, String caption, String notes, LocalDate asOf, LocalDate compareDate,
                       FilterCriteria filter, String focus, int depth, List<String> highlighted, Camera camera,
                       Question question) {

    /** A step without a question (every tour written before steps could ask). */
    public TourStep(String title, String caption, String notes, LocalDate asOf, LocalDate compareDate,
                    FilterCriteria filter, String focus, int depth, List<String> highlighted, Camera camera) {
        this(title, caption, notes, asOf, compareDate, filter, focus, depth, highlighted, camera, null);
    }

    public TourStep {
        title = title == null ? "" : title;
        caption = caption == null ? "" : caption;
        notes = notes == null ? "" : notes;
        filter = filter == null ? FilterCriteria.NONE : filter;
        depth = Math.max(1, Math.min(3, depth));
        highlighted = highlighted == null ? List.of() : List.copyOf(highlighted);
    }

    /** A copy that asks {@code q} (or nothing, for null) before it shows. */
    public TourStep withQuestion(Question q) {
        return new TourStep(title, caption, notes, asOf, compareDate, filter, focus, depth, highlighted, camera, q);
    }

    public TourStep withTexts(String newTitle, String newCaption, String newNotes) {
        return new TourStep(newTitle, newCaption, newNotes, asOf, compareDate, filter, focus, depth, highlighted, camera, question);
    }
}
