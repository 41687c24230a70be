package org.entente.ui.timeline;

import java.time.LocalDate;

import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.text.TextAlignment;

import org.entente.logic.timeline.AxisTicks;
import org.entente.logic.timeline.DensityBuckets;
import org.entente.logic.timeline.Tick;
import org.entente.logic.timeline.TickGenerator;
import org.entente.logic.timeline.TimeSpan;
import org.entente.model.DateRange;
import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.Surface;
import org.entente.ui.theme.Palette;

/**
 * The overview strip under the timeline: the dataset's whole time span with the density of events, the
 * part the main view shows, the as-of date, and a range brush. Dragging out a brush sets the shared time
 * window (the graph then shows what holds within it) and zooms the main view to it; dragging the brush
 * moves it, dragging its edges resizes it, a double-click clears it, a click centres the main view there.
 */
final class OverviewStrip {

    static final double HEIGHT = 52;
    private static final double EDGE = 6;

    private enum Drag { NONE, NEW, MOVE, START, END }

    private final TimelineViewModel vm;
    private final Canvas canvas = new Canvas();
    private final Pane pane = new Pane(canvas);
    private Drag drag = Drag.NONE;
    private double pressX;
    private double anchorDay;
    private DateRange pressWindow;
    private boolean moved;

    OverviewStrip(TimelineViewModel vm) {
        this.vm = vm;
        pane.getStyleClass().add("timeline-overview");
        pane.setId("timeline-overview");
        pane.setMinHeight(HEIGHT);
        pane.setPrefHeight(HEIGHT);
        pane.setMaxHeight(HEIGHT);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> canvas.setCursor(edgeAt(e.getX()) != Drag.NONE ? Cursor.H_RESIZE : Cursor.CROSSHAIR));
    }

    Pane node() {
        return pane;
    }

    Canvas canvas() {
        return canvas;
    }

    private TimeSpan extent() {
        return vm.indexProperty().get().extent();
    }

    private double dayAt(double x) {
        return extent().dayAt(x, 0, canvas.getWidth());
    }

    private double xOf(LocalDate d, boolean endOfDay) {
        return extent().x(d.toEpochDay() + (endOfDay ? 1.0 : 0.0), 0, canvas.getWidth());
    }

    private Drag edgeAt(double x) {
        DateRange w = vm.state().timeWindowProperty().get();
        if (w == null || !w.isBounded()) return Drag.NONE;
        if (Math.abs(x - xOf(w.start(), false)) <= EDGE) return Drag.START;
        if (Math.abs(x - xOf(w.end(), true)) <= EDGE) return Drag.END;
        return Drag.NONE;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        if (e.getClickCount() == 2) {
            vm.clearWindow();
            vm.fitAll();
            drag = Drag.NONE;
            return;
        }
        pressX = e.getX();
        moved = false;
        anchorDay = dayAt(e.getX());
        pressWindow = vm.state().timeWindowProperty().get();
        Drag edge = edgeAt(e.getX());
        if (edge != Drag.NONE) {
            drag = edge;
        } else if (pressWindow != null && pressWindow.isBounded() && pressWindow.contains(day(anchorDay))) {
            drag = Drag.MOVE;
        } else {
            drag = Drag.NEW;
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE) return;
        if (Math.abs(e.getX() - pressX) > 3) moved = true;
        if (!moved) return;
        double d = dayAt(Math.max(0, Math.min(canvas.getWidth(), e.getX())));
        switch (drag) {
            case NEW -> vm.setWindow(day(Math.min(anchorDay, d)), day(Math.max(anchorDay, d)));
            case MOVE -> {
                long shift = (long) Math.rint(d - anchorDay);
                vm.setWindow(pressWindow.start().plusDays(shift), pressWindow.end().plusDays(shift));
            }
            case START -> vm.setWindow(day(d), pressWindow.end());
            case END -> vm.setWindow(pressWindow.start(), day(d));
            default -> { }
        }
        vm.showWindow(vm.state().timeWindowProperty().get());
    }

    private void released(MouseEvent e) {
        if (drag != Drag.NONE && !moved) {
            TimeSpan s = vm.spanProperty().get();
            vm.spanProperty().set(s.shift(anchorDay - (s.start() + s.end()) / 2));
        }
        drag = Drag.NONE;
    }

    private static LocalDate day(double epochDay) {
        return TimeSpan.calendarDay(epochDay);
    }

    /** Redraws the strip. */
    void paint(Palette p, TimelineStyle st) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0 || vm.indexProperty().get() == null) return;
        Surface s = new CanvasSurface(canvas.getGraphicsContext2D(), w, h);
        TimeSpan extent = extent();
        s.clear(p.panel());
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.strokeLine(0, 0.5, w, 0.5);
        double labelBand = st.small.getSize() + 5;
        int[] counts = DensityBuckets.count(vm.indexProperty().get().eventDays(), extent, w, 3);
        int max = 1;
        for (int c : counts) max = Math.max(max, c);
        s.setFill(p.mutedText().deriveColor(0, 1, 1, 0.55));
        double barMax = h - labelBand - 6;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) continue;
            double bh = Math.max(2, barMax * Math.sqrt(counts[i] / (double) max));
            s.fillRect(i * 3, 4 + barMax - bh, 2, bh);
        }
        AxisTicks ticks = new TickGenerator(st.labelWidth(), 14).ticks(extent, w);
        s.setFont(st.small);
        s.setFill(p.mutedText());
        s.setTextBaseline(VPos.BASELINE);
        s.setTextAlign(TextAlignment.LEFT);
        s.setStroke(p.grid());
        for (Tick t : ticks.ticks()) {
            double x = extent.x(t.day(), 0, w);
            s.strokeLine(x, h - labelBand, x, h - labelBand + 4);
            s.fillText(t.label(), x + 2, h - 4);
        }
        TimeSpan view = vm.spanProperty().get();
        s.setStroke(p.text());
        s.setLineWidth(1);
        double vx0 = Math.max(0, extent.x(view.start(), 0, w));
        double vx1 = Math.min(w, extent.x(view.end(), 0, w));
        s.strokeRect(vx0, 2.5, Math.max(2, vx1 - vx0), h - labelBand - 3);
        DateRange window = vm.state().timeWindowProperty().get();
        if (window != null && window.isBounded()) {
            double a = xOf(window.start(), false);
            double b = xOf(window.end(), true);
            s.setFill(p.accent().deriveColor(0, 1, 1, 0.22));
            s.fillRect(a, 1, Math.max(2, b - a), h - 2);
            s.setStroke(p.accent());
            s.setLineWidth(2.5);
            s.strokeLine(a, 1, a, h - 1);
            s.strokeLine(b, 1, b, h - 1);
        }
        LocalDate asOf = vm.state().getAsOf();
        if (asOf != null) {
            double x = xOf(asOf, false);
            s.setStroke(p.accent());
            s.setLineWidth(2);
            s.strokeLine(x, 0, x, h);
        }
    }
}
