package org.entente.ui.present;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Point2D;

import org.entente.logic.tour.Camera;
import org.entente.logic.tour.Point;
import org.entente.logic.tour.SavedView;
import org.entente.logic.tour.TourStep;
import org.entente.logic.tour.ViewValue;
import org.entente.model.DateRange;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.state.ViewCamera;
import org.entente.ui.state.ViewState;
import org.entente.ui.theme.Theme;

/**
 * Turns the screen's view value ({@link ViewState}) into the file's ({@link ViewValue}) and back, field for
 * field: a tour step is that value plus its texts, a saved view is that value plus the theme. The one place
 * that knows both sides, so the tour player, the tour editor and saved views agree, and showing one is a
 * single {@link AppState#update} (one recompute, at most one layout).
 */
public final class ViewStates {

    private ViewStates() {
    }

    /** The screen's value as the file's. */
    public static ViewValue value(ViewState v) {
        Map<String, Point> pins = new LinkedHashMap<>();
        v.pinned().forEach((id, p) -> pins.put(id, new Point(p.getX(), p.getY())));
        return new ViewValue(v.asOf(), v.window().start(), v.window().end(), v.compareDate(), v.filter(),
                v.focusActor(), v.focusDepth(), v.selection().kind().name(), v.selection().id(), v.highlights(), pins,
                camera(v.camera()), v.timeline(), v.layout());
    }

    /**
     * {@code now} showing the file's value {@code f}: every part is the file's, except that a value without
     * a date, a camera, a timeline stretch or a layout (older files) keeps what is on screen.
     */
    public static ViewState onto(ViewValue f, ViewState now) {
        Map<String, Point2D> pins = new LinkedHashMap<>();
        f.pinned().forEach((id, p) -> pins.put(id, new Point2D(p.x(), p.y())));
        Selection.Kind kind = Selection.Kind.valueOf(f.selectionKind());
        DateRange window = f.windowStart() == null && f.windowEnd() == null ? DateRange.ALL : new DateRange(f.windowStart(), f.windowEnd());
        return new ViewState(f.asOf() != null ? f.asOf() : now.asOf(), window, f.compareDate(), f.filter(), f.focus(),
                f.depth(), kind == Selection.Kind.NONE ? Selection.NONE : new Selection(kind, f.selectionId()), f.highlights(),
                pins, f.layout() != null ? f.layout() : now.layout(), f.camera() != null ? camera(f.camera()) : now.camera(),
                f.timeline() != null ? f.timeline() : now.timeline());
    }

    /** The current view as a tour step with the given texts. */
    public static TourStep capture(AppState state, String title, String caption, String notes) {
        return new TourStep(title, caption, notes, value(state.view()), null);
    }

    /** Shows {@code step}: its whole view value, as one change. */
    public static void apply(TourStep step, AppState state) {
        state.update(v -> onto(step.view(), v));
    }

    /** Everything a saved view keeps: the view value and the theme. */
    public static SavedView capture(AppState state) {
        return new SavedView(value(state.view()), state.themeProperty().get().name().toLowerCase(Locale.ROOT));
    }

    /** Puts a saved view back: the same value (date, window, filter, focus, pins, cameras, layout, selection ...) and theme. */
    public static void apply(SavedView view, AppState state) {
        state.batch(() -> {
            state.themeProperty().set(Theme.parse(view.theme()));
            state.update(v -> onto(view.view(), v));
        });
    }

    static Camera camera(ViewCamera c) {
        return c == null ? null : new Camera(c.centreX(), c.centreY(), c.zoom());
    }

    static ViewCamera camera(Camera c) {
        return c == null ? null : new ViewCamera(c.centreX(), c.centreY(), c.zoom());
    }
}
