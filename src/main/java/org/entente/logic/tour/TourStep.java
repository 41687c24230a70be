package org.entente.logic.tour;

import java.time.LocalDate;
import java.util.List;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.quiz.Question;

/**
 * One slide of a lesson tour: the view value the class sees (date, filter, focus, highlights, cameras ...,
 * the same value and the same JSON mapping as a saved view) and what is said about it (a title and caption
 * for students, notes for the teacher only, and optionally a question asked first).
 *
 * @param question a question the class answers before the step is shown, or null
 */
public record TourStep(String title, String caption, String notes, ViewValue view, Question question) {

    /** A step without a question (every tour written before steps could ask). */
    public TourStep(String title, String caption, String notes, LocalDate asOf, LocalDate compareDate,
                    FilterCriteria filter, String focus, int depth, List<String> highlighted, Camera camera) {
        this(title, caption, notes, asOf, compareDate, filter, focus, depth, highlighted, camera, null);
    }

    /** A step with the parts a tour file of the first release holds; its highlights belong to the tour. */
    public TourStep(String title, String caption, String notes, LocalDate asOf, LocalDate compareDate,
                    FilterCriteria filter, String focus, int depth, List<String> highlighted, Camera camera,
                    Question question) {
        this(title, caption, notes, new ViewValue(asOf, null, null, compareDate, filter, focus, depth, null, null,
                Highlights.of(Highlights.Owner.TOUR, highlighted == null ? List.of() : highlighted), null, camera, null, null),
                question);
    }

    public TourStep {
        title = title == null ? "" : title;
        caption = caption == null ? "" : caption;
        notes = notes == null ? "" : notes;
        view = view == null ? new ViewValue(null, null, null, null, null, null, 1, null, null, null, null, null, null, null) : view;
    }

    public LocalDate asOf() { return view.asOf(); }
    public LocalDate compareDate() { return view.compareDate(); }
    public FilterCriteria filter() { return view.filter(); }
    public String focus() { return view.focus(); }
    public int depth() { return view.depth(); }
    public Camera camera() { return view.camera(); }

    /** Everything the step highlights, whoever holds it, in order. */
    public List<String> highlighted() { return List.copyOf(view.highlights().all()); }

    /** A copy that asks {@code q} (or nothing, for null) before it shows. */
    public TourStep withQuestion(Question q) {
        return new TourStep(title, caption, notes, view, q);
    }

    public TourStep withTexts(String newTitle, String newCaption, String newNotes) {
        return new TourStep(newTitle, newCaption, newNotes, view, question);
    }

    /** A copy showing {@code v}, with the same texts and question. */
    public TourStep withView(ViewValue v) {
        return new TourStep(title, caption, notes, v, question);
    }
}
