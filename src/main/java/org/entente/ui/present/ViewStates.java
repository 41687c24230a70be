package org.entente.ui.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Point2D;

import org.entente.logic.tour.Camera;
import org.entente.logic.tour.Point;
import org.entente.logic.tour.SavedView;
import org.entente.logic.tour.TourStep;
import org.entente.model.DateRange;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.state.ViewCamera;
import org.entente.ui.theme.Theme;

/**
 * Copies what is on screen into tour steps and saved views, and puts them back into {@link AppState}.
 * The one place that knows both sides, so the tour player, the tour editor and saved views agree.
 */
public final class ViewStates {

    private ViewStates() {
    }

    /** The current view as a tour step with the given texts. */
    public static TourStep capture(AppState state, String title, String caption, String notes) {
        return new TourStep(title, caption, notes, state.getAsOf(), state.compareDateProperty().get(),
                state.filterProperty().get(), state.focusActorProperty().get(), state.focusDepthProperty().get(),
                new ArrayList<>(state.highlighted()), camera(state.graphCameraProperty().get()));
    }

    /** Shows {@code step}: date, compare date, filter, focus, highlights and camera. */
    public static void apply(TourStep step, AppState state) {
        state.batch(() -> applyParts(step, state));
    }

    private static void applyParts(TourStep step, AppState state) {
        if (step.asOf() != null) state.asOfProperty().set(step.asOf());
        state.compareDateProperty().set(step.compareDate());
        state.filterProperty().set(step.filter());
        state.focusDepthProperty().set(step.depth());
        state.focusActorProperty().set(step.focus());
        state.highlighted().clear();
        state.highlighted().addAll(step.highlighted());
        if (step.camera() != null) state.graphCameraProperty().set(camera(step.camera()));
    }

    /** Everything a saved view keeps. */
    public static SavedView capture(AppState state) {
        DateRange w = state.timeWindowProperty().get() == null ? DateRange.ALL : state.timeWindowProperty().get();
        Map<String, Point> pins = new LinkedHashMap<>();
        state.pinned().forEach((id, p) -> pins.put(id, new Point(p.getX(), p.getY())));
        Selection sel = state.getSelection();
        return new SavedView(state.getAsOf(), w.start(), w.end(), state.compareDateProperty().get(),
                state.filterProperty().get(), state.focusActorProperty().get(), state.focusDepthProperty().get(), pins,
                camera(state.graphCameraProperty().get()), state.themeProperty().get().name().toLowerCase(Locale.ROOT),
                sel.kind().name(), sel.id(), new LinkedHashSet<>(state.highlighted()));
    }

    /** Puts a saved view back: the same date, window, filter, focus, pins, camera, theme and selection. */
    public static void apply(SavedView view, AppState state) {
        state.batch(() -> applyParts(view, state));
    }

    private static void applyParts(SavedView view, AppState state) {
        state.asOfProperty().set(view.asOf());
        state.timeWindowProperty().set(view.windowStart() == null && view.windowEnd() == null
                ? DateRange.ALL : new DateRange(view.windowStart(), view.windowEnd()));
        state.compareDateProperty().set(view.compareDate());
        state.filterProperty().set(view.filter());
        state.focusDepthProperty().set(view.depth());
        state.focusActorProperty().set(view.focus());
        state.pinned().clear();
        view.pinned().forEach((id, p) -> state.pinned().put(id, new Point2D(p.x(), p.y())));
        state.graphCameraProperty().set(camera(view.camera()));
        state.themeProperty().set(Theme.parse(view.theme()));
        Selection.Kind kind = Selection.Kind.valueOf(view.selectionKind());
        state.select(kind == Selection.Kind.NONE ? Selection.NONE : new Selection(kind, view.selectionId()));
        state.highlighted().clear();
        state.highlighted().addAll(view.highlighted());
    }

    static Camera camera(ViewCamera c) {
        return c == null ? null : new Camera(c.centreX(), c.centreY(), c.zoom());
    }

    static ViewCamera camera(Camera c) {
        return c == null ? null : new ViewCamera(c.centreX(), c.centreY(), c.zoom());
    }
}
