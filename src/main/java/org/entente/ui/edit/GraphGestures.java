package org.entente.ui.edit;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.entente.ui.graph.GraphView;
import org.entente.ui.graph.GraphViewModel;

/**
 * Editing on the graph: a double-click on empty space makes a new actor there; a drag from one node to
 * another with Shift held makes a new tie between them (its type chosen in the form). Installed as event
 * filters on the graph view, so the graph's own gestures (dragging and pinning a node, double-click to
 * unpin) are untouched without Shift and on nodes.
 */
public final class GraphGestures {

    private final GraphView view;
    private final EditActions actions;
    private int tieFrom = -1;

    public GraphGestures(GraphView view, EditActions actions) {
        this.view = view;
        this.actions = actions;
    }

    public void install() {
        GraphViewModel vm = view.viewModel();
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            tieFrom = -1;
            if (e.getButton() == MouseButton.PRIMARY && e.isShiftDown()) {
                int node = vm.nodeAt(e.getX(), e.getY());
                if (node >= 0) {
                    tieFrom = node;
                    view.setCursor(Cursor.CROSSHAIR);
                    e.consume();
                }
            }
        });
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (tieFrom >= 0) e.consume();
        });
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (tieFrom < 0) return;
            int from = tieFrom;
            tieFrom = -1;
            view.setCursor(Cursor.DEFAULT);
            e.consume();
            int to = vm.nodeAt(e.getX(), e.getY());
            if (to >= 0 && to != from) {
                String a = vm.snapshot().actor(from).id();
                String b = vm.snapshot().actor(to).id();
                javafx.application.Platform.runLater(() -> actions.addTie(a, b));
            }
        });
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isShiftDown() && e.getButton() == MouseButton.PRIMARY) {
                e.consume();
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) return;
            if (vm.nodeAt(e.getX(), e.getY()) >= 0 || vm.edgeAt(e.getX(), e.getY()) >= 0) return;
            e.consume();
            var world = vm.worldAt(e.getX(), e.getY());
            javafx.application.Platform.runLater(() -> actions.addActorAt(world, vm::placeNew));
        });
    }
}
