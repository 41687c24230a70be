package org.entente.ui.analysis;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.entente.ui.controls.IsoDateConverter;

/** The Compare tab: two dates, the summary and the list of changes; clicking a change selects it. */
final class ComparePane extends VBox {

    /** A change, wrapped to the column's width instead of scrolling sideways. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<ChangeItem> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ChangeItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
        }
    }

    ComparePane(CompareViewModel vm) {
        getStyleClass().add("question-pane");
        DatePicker first = IsoDateConverter.iso(new DatePicker());
        first.setId("compare-first");
        first.setPromptText("Earlier date, YYYY-MM-DD");
        first.valueProperty().bindBidirectional(vm.firstDateProperty());
        DatePicker second = IsoDateConverter.iso(new DatePicker());
        second.setId("compare-second");
        second.valueProperty().bindBidirectional(vm.secondDateProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("question-grid");
        grid.addRow(0, new Label("From"), first);
        Label toLabel = new Label("To");
        toLabel.setTooltip(new javafx.scene.control.Tooltip("The as-of date: moving it moves the graph and the timeline's cursor"));
        grid.addRow(1, toLabel, second);
        Button stop = new Button("Stop comparing");
        stop.setId("compare-stop");
        stop.setOnAction(e -> vm.stop());
        stop.disableProperty().bind(vm.firstDateProperty().isNull());

        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add("question-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        ListView<ChangeItem> list = new ListView<>(vm.items());
        list.setId("compare-list");
        list.setPlaceholder(new Label("No changes to list."));
        list.setCellFactory(v -> new WrappingCell());
        // a click or Enter selects; not a selection listener, since recomputing the list moves its selection
        list.setOnMouseClicked(e -> vm.select(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) vm.select(list.getSelectionModel().getSelectedItem());
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(FocusPane.hint("What started, ended and happened between two dates? The graph marks new and gone ties."),
                grid, stop, summary, list);
    }
}
