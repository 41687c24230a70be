package org.entente.ui.graph;

import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.entente.ui.render.CanvasSurface;
import org.entente.ui.render.SceneItem;
import org.entente.ui.state.Selection;
import org.entente.ui.theme.Palette;

/**
 * Draws a {@link GraphView} on a canvas the size of the view (never the size of the world: pan and zoom
 * are a transform), repainting from an animation timer only when something changed, and turns mouse and
 * keyboard input into view-model commands.
 */
final class GraphViewSkin extends SkinBase<GraphView> {

    private static final double DRAG_THRESHOLD = 3;

    private final GraphViewModel vm;
    private final Canvas canvas = new Canvas();
    /**
     * The legend on a canvas of its own, just its size, over the graph: it is drawn again only when its
     * content, place, size or theme change, not on every frame of a pan or zoom (it cost about 1.6 ms of a
     * 20 ms frame in the software pipeline, for the same pixels each time).
     */
    private final Canvas legendCanvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas, legendCanvas);
    /** What the legend canvas shows: the legend key with its box; empty when it shows nothing. */
    private String legendDrawn = "";
    /** The {width, height} of the legend the layer shows. */
    private double[] legendSize = {0, 0};
    private final GraphPainter painter = new GraphPainter();
    private final LegendPainter legendPainter = new LegendPainter();
    private String legendKey = "";
    private LegendFit.Choice legendFit;
    private double[] legendBox;
    private double[] buttonsBox;
    private final GraphControls controls;
    private double[] legendColumn;
    private final Tooltip tooltip = new Tooltip();
    private final Label empty = new Label();
    private final AnimationTimer timer;
    private boolean sizeChanged = true;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private int pressedNode = -1;
    private boolean moved;
    private String tooltipShown;
    private java.util.List<SceneItem> lastFrame = java.util.List.of();

    GraphViewSkin(GraphView view) {
        super(view);
        this.vm = view.viewModel();
        canvas.setId("graph-canvas");
        legendCanvas.setId("graph-legend");
        legendCanvas.setMouseTransparent(true);
        empty.getStyleClass().add("graph-empty");
        empty.setMouseTransparent(true);
        empty.setWrapText(true);
        controls = new GraphControls(vm);
        StackPane root = new StackPane(canvasPane, empty, controls);
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);
        StackPane.setAlignment(empty, Pos.CENTER);
        getChildren().add(root);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        installMouse();
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean repaint = vm.tick();
                if (repaint || sizeChanged) {
                    sizeChanged = false;
                    paint();
                }
            }
        };
        timer.start();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            vm.setViewport(w, h);
            sizeChanged = true;
        }
    }

    /** What the last frame showed, in view pixels (nodes, labels, ties, the legend's box). */
    java.util.List<SceneItem> lastFrame() {
        return lastFrame;
    }

    @Override
    public void dispose() {
        timer.stop();
        super.dispose();
    }

    private void paint() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w <= 0 || h <= 0) return;
        Palette p = vm.state().themeProperty().get().palette();
        java.util.List<SceneItem> frame = new java.util.ArrayList<>();
        CanvasSurface s = new CanvasSurface(canvas.getGraphicsContext2D(), w, h, frame::add);
        s.note(SceneItem.area(SceneItem.Kind.GRAPH, 0, 0, w, h));
        s.clear(p.background());
        GraphSnapshot g = vm.snapshot();
        painter.paint(s, g, vm.camera(), vm.paintState(true), p, 1);
        if (vm.legendVisibleProperty().get()) {
            java.util.List<org.entente.ui.render.LegendItem> items = GraphLegend.items(g, painter.visibleNodes(),
                    painter.visibleEdges(), vm.state().compareDateProperty().get());
            StringBuilder key = new StringBuilder().append(w).append('x').append(h).append(':').append(p.fontScale())
                    .append(':').append(vm.state().themeProperty().get());
            for (org.entente.ui.render.LegendItem item : items) key.append('|').append(item.group()).append(':').append(item.label());
            if (!key.toString().equals(legendKey)) {
                // measured only when the view, the legend's content or the type size change, not every frame
                legendKey = key.toString();
                legendFit = LegendFit.choose(items, w, h, (set, max) -> legendPainter.measure(set, max, p, 1));
                legendColumn = legendFit.mode() == LegendFit.Mode.COLUMN
                        ? legendPainter.measure(legendFit.items(), legendFit.width(), p, 1) : null;
            }
            switch (legendFit.mode()) {
                case COLUMN -> {
                    // a wide view with a tall strip (large type): the legend stands as a column on the right
                    double[] column = drawLegend(legendFit.items(), w - 8 - legendColumn[0], h - 8, legendFit.width(), p);
                    vm.setLegendReserve(0, column[0] + 16);
                    legendBox(new double[] {w - 8 - legendColumn[0], h - 8 - column[1], column[0], column[1]});
                }
                case STRIP -> {
                    double[] size = drawLegend(legendFit.items(), 8, h - 8, legendFit.width(), p);
                    vm.setLegendReserve(size[1] + 8, 0);
                    legendBox(new double[] {8, h - 8 - size[1], size[0], size[1]});
                }
                default -> {
                    hideLegend();
                    vm.setLegendReserve(0, 0);
                    legendBox(null);
                }
            }
        } else {
            hideLegend();
            vm.setLegendReserve(0, 0);
            legendBox(null);
        }
        if (legendBox != null) s.note(SceneItem.area(SceneItem.Kind.LEGEND, legendBox[0], legendBox[1], legendBox[2], legendBox[3]));
        lastFrame = java.util.List.copyOf(frame);
        updateEmptyMessage(g);
        vm.painted(g);
    }

    /**
     * Puts the legend, bottom-left corner at (left, bottom) in view pixels, on its own canvas, drawing it only
     * when it differs from what that canvas shows; returns its {width, height}.
     */
    private double[] drawLegend(java.util.List<org.entente.ui.render.LegendItem> items, double left, double bottom, double maxWidth, Palette p) {
        String drawn = legendKey + '@' + left + ',' + bottom + ',' + maxWidth;
        if (!drawn.equals(legendDrawn)) {
            legendDrawn = drawn;
            double[] size = legendPainter.measure(items, maxWidth, p, 1);
            legendSize = size;
            // a pixel of room on each side for the anti-aliased border
            double cw = Math.ceil(size[0]) + 2, ch = Math.ceil(size[1]) + 2;
            legendCanvas.setWidth(cw);
            legendCanvas.setHeight(ch);
            legendCanvas.relocate(Math.floor(left) - 1, Math.floor(bottom - size[1]) - 1);
            double ox = left - (Math.floor(left) - 1), oy = bottom - size[1] - (Math.floor(bottom - size[1]) - 1);
            CanvasSurface ls = new CanvasSurface(legendCanvas.getGraphicsContext2D(), cw, ch);
            ls.clear(null);
            legendPainter.paint(ls, items, ox, oy + size[1], maxWidth, p, 1);
            legendCanvas.setVisible(true);
        }
        return legendSize;
    }

    private void hideLegend() {
        legendDrawn = "";
        legendCanvas.setVisible(false);
    }

    /** Names keep clear of the legend; when its box moves, one more frame places them again. */
    private void legendBox(double[] box) {
        javafx.geometry.Bounds b = controls.getBoundsInParent();
        double[] buttons = b.isEmpty() ? null : new double[] {b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()};
        if (java.util.Arrays.equals(box, legendBox) && java.util.Arrays.equals(buttons, buttonsBox)) return;
        legendBox = box;
        buttonsBox = buttons;
        painter.keepClear(box, buttons);
        sizeChanged = true;
    }

    private void updateEmptyMessage(GraphSnapshot g) {
        String text = "";
        if (vm.state().getDataset().actors().isEmpty()) text = "No dataset is open.";
        else if (g.nodeCount() == 0) text = "Nothing to show as of " + vm.state().getAsOf()
                + ". Move the date or clear the filters.";
        empty.setText(text);
        empty.setVisible(!text.isEmpty());
    }

    private void installMouse() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            getSkinnable().requestFocus();
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            moved = false;
            pressedNode = e.getButton() == MouseButton.PRIMARY ? vm.nodeAt(e.getX(), e.getY()) : -1;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > DRAG_THRESHOLD) moved = true;
            if (!moved) return;
            if (pressedNode >= 0) {
                vm.dragNode(pressedNode, e.getX(), e.getY());
                canvas.setCursor(Cursor.CLOSED_HAND);
            } else {
                vm.pan(e.getX() - lastX, e.getY() - lastY);
                canvas.setCursor(Cursor.MOVE);
            }
            lastX = e.getX();
            lastY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedNode >= 0 && moved) vm.dropNode(pressedNode);
            pressedNode = -1;
            canvas.setCursor(Cursor.DEFAULT);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (moved || e.getButton() != MouseButton.PRIMARY) return;
            if (e.getClickCount() == 2) vm.unpinAt(e.getX(), e.getY());
            else vm.click(e.getX(), e.getY());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            vm.hover(e.getX(), e.getY());
            canvas.setCursor(vm.hoveredNode() >= 0 ? Cursor.HAND : Cursor.DEFAULT);
            updateTooltip();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            vm.hover(Double.NaN, Double.NaN);
            updateTooltip();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0) return;
            vm.zoomAt(e.getX(), e.getY(), Math.pow(1.0025, e.getDeltaY()));
            e.consume();
        });
    }

    private void updateTooltip() {
        String text = vm.tooltipText();
        if (java.util.Objects.equals(text, tooltipShown)) return;
        tooltipShown = text;
        if (text == null) {
            Tooltip.uninstall(canvas, tooltip);
            tooltip.hide();
        } else {
            tooltip.setText(text);
            Tooltip.install(canvas, tooltip);
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        switch (code) {
            case TAB -> vm.cursorStep(!e.isShiftDown());
            case LEFT -> vm.cursorMove(-1, 0);
            case RIGHT -> vm.cursorMove(1, 0);
            case UP -> vm.cursorMove(0, -1);
            case DOWN -> vm.cursorMove(0, 1);
            case ENTER -> vm.selectCursor();
            case PLUS, ADD, EQUALS -> vm.zoomBy(1.25);
            case MINUS, SUBTRACT -> vm.zoomBy(0.8);
            case DIGIT0, NUMPAD0 -> vm.fit();
            case ESCAPE -> vm.clearSelection();
            case L -> vm.legendVisibleProperty().set(!vm.legendVisibleProperty().get());
            case H -> vm.hullsVisibleProperty().set(!vm.hullsVisibleProperty().get());
            default -> handled = false;
        }
        if (handled && !e.isShortcutDown()) e.consume();
    }
}
