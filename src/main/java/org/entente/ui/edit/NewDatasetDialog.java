package org.entente.ui.edit;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialog of File → New dataset, bound to a {@link NewDatasetForm}. */
public final class NewDatasetDialog {

    private NewDatasetDialog() {
    }

    public static Dialog<NewDatasetForm> create(Window owner, NewDatasetForm form, List<String> stylesheets) {
        Dialog<NewDatasetForm> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("New dataset");
        dialog.setHeaderText("A new dataset: its title, what it is about, and the first source you use");
        ButtonType ok = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().setId("new-dataset");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("item-form-grid");
        TextField title = new TextField();
        title.setId("new-title");
        title.textProperty().bindBidirectional(form.titleProperty());
        TextArea description = new TextArea();
        description.setId("new-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(form.descriptionProperty());
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Description"), description);
        Label first = new Label("First source");
        first.getStyleClass().add("panel-title");
        grid.add(first, 0, 2, 2, 1);
        int row = 3;
        for (FormField f : form.source().fields()) {
            TextField text = new TextField();
            text.setId("new-source-" + f.key());
            text.textProperty().bindBidirectional(f.textProperty());
            grid.addRow(row++, new Label(f.label()), text);
        }
        VBox problems = new VBox();
        problems.getStyleClass().add("item-form-problems");
        Runnable show = () -> problems.getChildren().setAll(form.source().problems().stream().map(p -> {
            Label l = new Label("source: " + p);
            l.setWrapText(true);
            l.getStyleClass().add("form-error");
            return (Node) l;
        }).toList());
        form.source().problems().addListener((javafx.collections.ListChangeListener<String>) c -> show.run());
        dialog.getDialogPane().setContent(new VBox(grid, problems));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("new-create");
        okButton.disableProperty().bind(Bindings.not(form.validProperty()));
        dialog.setResultConverter(b -> b == ok ? form : null);
        dialog.setOnShown(e -> title.requestFocus());
        return dialog;
    }
}
