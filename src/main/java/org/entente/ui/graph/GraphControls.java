package org.entente.ui.graph;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.entente.logic.layout.LayoutKind;
import org.entente.ui.controls.LazyTooltip;

/** The small bar over the graph's top-right corner: fit, layout choice, legend and hull toggles. */
final class GraphControls extends HBox {

    GraphControls(GraphViewModel vm) {
        getStyleClass().add("graph-controls");
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Button fit = new Button("Fit");
        fit.setId("graph-fit");
        LazyTooltip.set(fit, "Frame the whole graph (0)");
        fit.setOnAction(e -> vm.fit());
        fit.setFocusTraversable(false);
        ChoiceBox<LayoutKind> layout = new ChoiceBox<>();
        layout.setId("graph-layout");
        layout.getItems().addAll(LayoutKind.values());
        layout.setConverter(new StringConverter<>() {
            @Override public String toString(LayoutKind k) { return k == null ? "" : k.label(); }
            @Override public LayoutKind fromString(String s) { return null; }
        });
        layout.valueProperty().bindBidirectional(vm.layoutKindProperty());
        LazyTooltip.set(layout, "How to arrange the actors");
        layout.setFocusTraversable(false);
        ToggleButton legend = new ToggleButton("Legend");
        legend.setId("graph-legend");
        legend.selectedProperty().bindBidirectional(vm.legendVisibleProperty());
        LazyTooltip.set(legend, "Show or hide the legend (L)");
        legend.setFocusTraversable(false);
        ToggleButton hulls = new ToggleButton("Groupings");
        hulls.setId("graph-hulls");
        hulls.selectedProperty().bindBidirectional(vm.hullsVisibleProperty());
        LazyTooltip.set(hulls, "Shade the members of each grouping, such as the G7 or NATO (H)");
        hulls.setFocusTraversable(false);
        getChildren().addAll(fit, layout, legend, hulls);
    }
}
