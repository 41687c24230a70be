package org.entente.ui.timeline;

import javafx.animation.AnimationTimer;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.entente.ui.render.Area;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.theme.Palette;

/**
 * The timeline's look and mouse and keyboard handling: the control row, a viewport-sized canvas painted by
 * {@link TimelinePainter}, and the {@link OverviewStrip}. Redraws at most once per pulse, only when something
 * changed (a dirty flag set by the view-model's listeners), and drives Play from the same timer.
 * <p>
 * Mouse: wheel zooms around the pointer (Shift+wheel scrolls the lanes), dragging pans, dragging on the
 * axis or on the as-of line moves the as-of date, clicking an event or tie selects it, clicking a lane
 * header collapses it. Keys: ← / → previous / next event, + / − zoom, 0 fit all, Space play / pause.
 */
final class TimelineViewSkin extends SkinBase<TimelineView> {

    /** How close (pixels) to the as-of line a press grabs the line rather than panning. */
    static final double CURSOR_GRAB = 7;
    /** Zoom per wheel notch. */
    static final double WHEEL_ZOOM = 1.2;
    /** Scroll units in one wheel notch on most platforms. */
    static final double NOTCH = 40;

    private enum Drag { NONE, PAN, CURSOR }

    private final TimelineViewModel vm;
    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas);
    private final OverviewStrip overview;
    private final AnimationTimer timer;
    private final TimelineTooltips tooltips;
    private TimelineStyle style;
    private Palette palette;
    private HitIndex hits = new HitIndex(1);
    private boolean dirty = true;
    private Drag drag = Drag.NONE;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private long lastPulse;

    TimelineViewSkin(TimelineView control) {
        super(control);
        this.vm = control.viewModel();
        this.overview = new OverviewStrip(vm);
        this.tooltips = new TimelineTooltips(canvas, vm.state());
        themeChanged();
        vm.state().themeProperty().addListener(obs -> themeChanged());
        canvas.setId("timeline-canvas");
        canvasPane.getStyleClass().add("timeline-canvas-pane");
        canvasPane.setMinHeight(80);
        canvas.widthProperty().bind(canvasPane.widthProperty());
        canvas.heightProperty().bind(canvasPane.heightProperty());
        canvas.heightProperty().addListener(obs -> dirty = true);
        vm.widthProperty().bind(canvas.widthProperty());
        vm.addRedrawListener(obs -> dirty = true);
        VBox.setVgrow(canvasPane, Priority.ALWAYS);
        VBox box = new VBox(new TimelineControls(vm).build(), canvasPane, overview.node());
        box.getStyleClass().add("timeline-box");
        getChildren().add(box);
        installMouse();
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        timer.start();
    }

    private void themeChanged() {
        palette = vm.state().themeProperty().get().palette();
        style = new TimelineStyle(palette, 1);
        vm.useLabelWidth(style.labelWidth(), style.gap);
        dirty = true;
    }

    private void pulse(long now) {
        if (vm.playingProperty().get() && lastPulse != 0) {
            vm.advance(Math.min(0.1, (now - lastPulse) / 1e9));
        }
        lastPulse = now;
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    /** Paints the canvas and the overview now. */
    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1 || vm.spanProperty().get() == null) return;
        HitIndex next = new HitIndex(w);
        CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D(), w, h);
        surface.clear(null);
        TimelinePainter.Result result = TimelinePainter.paint(surface, new Area(0, 0, w, h), vm.frame(), palette, style, false, next);
        hits = next;
        double lanesHeight = h - style.axisHeight;
        vm.setMaxScroll((result.contentHeight() - lanesHeight + 10) / style.unit);
        org.entente.model.DateRange reveal = vm.takeReveal();
        if (reveal != null && revealEvents(result.lanes(), reveal, h)) {
            dirty = true;
            return;
        }
        if (result.contentHeight() > lanesHeight) {
            // a thin thumb says there are more lanes below (drag up or Shift+wheel to see them)
            double thumb = Math.max(20, lanesHeight * lanesHeight / result.contentHeight());
            double max = Math.max(1, result.contentHeight() - lanesHeight + 10);
            double y = style.axisHeight + (lanesHeight - thumb) * Math.min(1, vm.scrollYProperty().get() * style.unit / max);
            surface.setFill(palette.mutedText().deriveColor(0, 1, 1, 0.45));
            surface.fillRoundRect(w - 6, y, 4, thumb, 4);
        }
        overview.paint(palette, style);
    }

    /**
     * Scrolls the lanes so the first lane with an event in {@code period} starts at the top, unless one of
     * those events is already in view; true when it scrolled.
     */
    private boolean revealEvents(java.util.List<LaneBox> lanes, org.entente.model.DateRange period, double h) {
        double lanesTop = style.axisHeight;
        double firstTop = Double.NaN;
        for (LaneBox box : lanes) {
            for (int k = 0; k < box.eventCount; k++) {
                if (box.eventRows[k] == org.entente.logic.timeline.RowPacker.OVERFLOW || !box.lane.event(box.events[k]).span().overlaps(period)) continue;
                double y = box.eventsTop(style) + box.eventRows[k] * style.eventRowHeight;
                if (y >= lanesTop && y + style.eventRowHeight <= h) return false;
                if (Double.isNaN(firstTop)) firstTop = box.top;
            }
        }
        if (Double.isNaN(firstTop)) return false;
        double before = vm.scrollYProperty().get();
        vm.scrollBy((firstTop - lanesTop) / style.unit);
        return vm.scrollYProperty().get() != before;
    }

    HitIndex hits() {
        return hits;
    }

    Canvas canvas() {
        return canvas;
    }

    private void installMouse() {
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> {
            canvas.setCursor(nearCursor(e.getX(), e.getY()) ? Cursor.H_RESIZE : Cursor.DEFAULT);
            tooltips.hover(hits.at(e.getX(), e.getY()));
        });
        canvas.setOnMouseExited(e -> tooltips.hover(null));
        canvas.setOnScroll(this::scrolled);
    }

    private boolean nearCursor(double x, double y) {
        if (y <= style.axisHeight) return true;
        var asOf = vm.state().getAsOf();
        return asOf != null && Math.abs(x - TimelinePainter.cursorX(vm.spanProperty().get(), asOf, 0, canvas.getWidth())) <= CURSOR_GRAB;
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) return;
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        if (nearCursor(e.getX(), e.getY())) {
            drag = Drag.CURSOR;
            vm.playingProperty().set(false);
            vm.cursorTo(e.getX());
        } else {
            drag = Drag.PAN;
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.CURSOR) {
            vm.cursorTo(Math.max(0, Math.min(canvas.getWidth(), e.getX())));
        } else if (drag == Drag.PAN) {
            canvas.setCursor(Cursor.CLOSED_HAND);
            vm.panBy(e.getX() - lastX);
            vm.scrollBy(-(e.getY() - lastY) / style.unit);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        boolean click = drag == Drag.PAN && Math.abs(e.getX() - pressX) < 4 && Math.abs(e.getY() - pressY) < 4;
        drag = Drag.NONE;
        canvas.setCursor(Cursor.DEFAULT);
        if (!click) return;
        HitIndex.Hit hit = hits.at(e.getX(), e.getY());
        if (hit == null) return;
        switch (hit.kind()) {
            case EVENT -> vm.selectEvent(hit.id());
            case RELATION -> vm.selectRelation(hit.id());
            case LANE_HEADER -> vm.toggleLane(hit.id());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShiftDown()) {
            double d = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            vm.scrollBy(-d / style.unit);
        } else if (e.getDeltaY() != 0) {
            // at least one notch per event: some platforms (and the headless robot) send tiny deltas
            boolean smooth = e.getTouchCount() > 0 || e.isInertia();
            double notches = smooth ? e.getDeltaY() / NOTCH : Math.signum(e.getDeltaY()) * Math.max(1, Math.abs(e.getDeltaY()) / NOTCH);
            vm.zoomAt(e.getX(), Math.pow(WHEEL_ZOOM, notches));
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double centre = canvas.getWidth() / 2;
        switch (e.getCode()) {
            case LEFT -> vm.stepPrevious();
            case RIGHT -> vm.stepNext();
            case PLUS, ADD, EQUALS -> vm.zoomAt(centre, 1.5);
            case MINUS, SUBTRACT -> vm.zoomAt(centre, 1 / 1.5);
            case DIGIT0, NUMPAD0, HOME -> vm.fitAll();
            case SPACE -> vm.togglePlay();
            default -> { return; }
        }
        e.consume();
    }

    @Override
    public void dispose() {
        timer.stop();
        super.dispose();
    }
}
