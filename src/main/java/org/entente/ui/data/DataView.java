package org.entente.ui.data;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.entente.logic.edit.Edit;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.ui.edit.EditActions;
import org.entente.ui.state.AppState;

/**
 * The data view: sortable, filterable tables of the actors, ties, events and sources, edited in place
 * (Enter applies a cell, as one undoable step), with Delete for the selected rows (first saying what
 * depends on them) and Paste for rows copied from a spreadsheet. Follows the dataset as edits change it.
 */
public final class DataView {

    private final AppState state;
    private final EditActions actions;
    private final TabPane tabs = new TabPane();
    private final Label message = new Label();
    private final BorderPane root = new BorderPane();

    public DataView(AppState state, EditActions actions) {
        this.state = state;
        this.actions = actions;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Actors", DataViewModel.Table.ACTORS, DataViewModel.actorColumns(), Dataset::actors, Actor::id),
                tab("Ties", DataViewModel.Table.TIES, DataViewModel.tieColumns(), Dataset::relations, Relation::id),
                tab("Events", DataViewModel.Table.EVENTS, DataViewModel.eventColumns(), Dataset::events, Event::id),
                tab("Sources", DataViewModel.Table.SOURCES, DataViewModel.sourceColumns(), Dataset::sources, Source::id));
        message.setId("data-message");
        message.getStyleClass().add("edit-message");
        message.setWrapText(true);
        root.setCenter(tabs);
        root.setBottom(message);
        root.getStyleClass().add("data-view");
        root.setId("data-view");
    }

    public BorderPane root() { return root; }

    private <T> Tab tab(String title, DataViewModel.Table table, List<DataColumn<T>> columns, Function<Dataset, List<T>> rows,
                        Function<T, String> id) {
        ObservableList<T> all = FXCollections.observableArrayList(rows.apply(state.getDataset()));
        state.datasetProperty().addListener((obs, o, d) -> all.setAll(rows.apply(d)));
        FilteredList<T> filtered = new FilteredList<>(all);
        SortedList<T> sorted = new SortedList<>(filtered);
        TableView<T> view = new TableView<>(sorted);
        sorted.comparatorProperty().bind(view.comparatorProperty());
        view.setId("data-" + table.name().toLowerCase(java.util.Locale.ROOT));
        view.setEditable(true);
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (DataColumn<T> c : columns) {
            TableColumn<T, String> col = new TableColumn<>(c.heading());
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(c.value().apply(cell.getValue())));
            col.setEditable(c.editable());
            if (c.editable()) {
                col.setCellFactory(TextFieldTableCell.forTableColumn());
                col.setOnEditCommit(e -> commit(e.getRowValue(), c, e.getNewValue(), view));
            }
            col.setPrefWidth(c.heading().equals("Id") || c.heading().equals("Sources") ? 150 : 130);
            view.getColumns().add(col);
        }
        TextField filter = new TextField();
        filter.setPromptText("Filter " + title.toLowerCase(java.util.Locale.ROOT));
        filter.setId("data-filter-" + table.name().toLowerCase(java.util.Locale.ROOT));
        filter.textProperty().addListener((obs, o, n) -> filtered.setPredicate(DataViewModel.filter(columns, n)));
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button delete = new Button("Delete selected");
        delete.setId("data-delete-" + table.name().toLowerCase(java.util.Locale.ROOT));
        delete.disableProperty().bind(view.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(table, view.getSelectionModel().getSelectedItems().stream().map(id).toList()));
        Button paste = new Button("Paste rows");
        paste.setId("data-paste-" + table.name().toLowerCase(java.util.Locale.ROOT));
        paste.setOnAction(e -> paste(table));
        view.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && view.getEditingCell() == null && !view.getSelectionModel().isEmpty()) {
                delete(table, view.getSelectionModel().getSelectedItems().stream().map(id).toList());
            } else if (KeyCombination.keyCombination("Shortcut+V").match(e)) {
                paste(table);
            }
        });
        HBox bar = new HBox(6, filter, delete, paste);
        bar.getStyleClass().add("data-bar");
        BorderPane pane = new BorderPane(view);
        pane.setTop(bar);
        Tab tab = new Tab(title, pane);
        tab.setId("data-tab-" + table.name().toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    private <T> void commit(T row, DataColumn<T> column, String value, TableView<T> view) {
        try {
            Edit edit = DataViewModel.cellEdit(state.getDataset(), row, column, value);
            if (edit != null) {
                actions.session().apply(edit);
                message.setText(edit.name());
            }
        } catch (DataViewModel.Refused e) {
            message.setText("Not changed: " + e.getMessage());
            view.refresh();
        }
    }

    private void delete(DataViewModel.Table table, List<String> ids) {
        if (ids.isEmpty()) return;
        Edit edit = DataViewModel.delete(state.getDataset(), table, ids);
        if (actions.confirmAndApply(edit)) message.setText(edit.name());
    }

    private void paste(DataViewModel.Table table) {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            message.setText("Nothing to paste: copy rows from a spreadsheet first (columns as in the table)");
            return;
        }
        try {
            DataViewModel.paste(state.getDataset(), table, text, actions.session().defaultSource().orElse(null)).ifPresent(e -> {
                actions.session().apply(e);
                message.setText(e.name());
            });
        } catch (DataViewModel.Refused e) {
            message.setText("Nothing pasted: " + e.getMessage());
        }
    }
}
