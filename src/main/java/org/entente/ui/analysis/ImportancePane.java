package org.entente.ui.analysis;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.entente.logic.analysis.ActorScore;
import org.entente.logic.analysis.Measure;

/** The Importance tab: measure chooser, size and colour switches, and the ranked table. */
final class ImportancePane extends VBox {

    ImportancePane(ImportanceViewModel vm) {
        getStyleClass().add("question-pane");
        ChoiceBox<Measure> measure = new ChoiceBox<>();
        measure.setId("importance-measure");
        measure.getItems().setAll(Measure.values());
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        CheckBox size = new CheckBox("Size nodes by this measure");
        size.setId("importance-size");
        size.selectedProperty().bindBidirectional(vm.sizeNodesProperty());
        CheckBox colour = new CheckBox("Colour by community");
        colour.setId("importance-communities");
        colour.selectedProperty().bindBidirectional(vm.colourByCommunityProperty());

        TableView<ActorScore> table = new TableView<>(vm.rows());
        table.setId("importance-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Open a dataset to rank its actors."));
        TableColumn<ActorScore, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.rows().indexOf(c.getValue()) + 1));
        rank.setSortable(false);
        rank.setPrefWidth(34);
        rank.setMaxWidth(44);
        TableColumn<ActorScore, String> name = new TableColumn<>("Actor");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().actor().name()));
        name.setSortable(false);
        name.setPrefWidth(180);
        TableColumn<ActorScore, String> value = new TableColumn<>("Score");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.valueText(c.getValue())));
        value.setSortable(false);
        value.setPrefWidth(64);
        value.setMaxWidth(80);
        table.getColumns().setAll(java.util.List.of(rank, name, value));
        // a click or Enter selects; not a selection listener, since refreshing the rows moves the table's selection
        table.setOnMouseClicked(e -> vm.select(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) vm.select(table.getSelectionModel().getSelectedItem());
        });
        vm.measureProperty().addListener(obs -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.setId("importance-status");
        status.getStyleClass().add("question-hint");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(new Label("Rank by"), measure, size, colour, status, table);
    }
}
