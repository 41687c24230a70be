package org.entente.ui.edit;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.entente.logic.edit.Edit;

/**
 * The dialog of an {@link ItemForm}, built in code and bound to it: one row per field (a text field, a
 * text area, an editable list of suggestions, or a text with a "+" menu that adds known ids), the problems
 * of what is typed under them, and OK enabled only when there are no errors.
 */
public final class FormDialog {

    /** Suggestion menus longer than this would not fit on a screen; the field still takes any id typed. */
    static final int MAX_SUGGESTIONS = 60;

    private FormDialog() {
    }

    /** Builds the dialog; {@code stylesheets} are the theme's. */
    public static Dialog<Edit> create(Window owner, ItemForm form, List<String> stylesheets) {
        Dialog<Edit> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        dialog.setResizable(true);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getStyleClass().add("item-form");
        dialog.getDialogPane().setId("item-form");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("item-form-grid");
        int row = 0;
        Node first = null;
        for (FormField f : form.fields()) {
            Label label = new Label(f.label());
            Node control = control(f);
            label.setLabelFor(control);
            grid.addRow(row++, label, control);
            GridPane.setHgrow(control, Priority.ALWAYS);
            if (first == null) first = control;
        }
        VBox problems = new VBox();
        problems.getStyleClass().add("item-form-problems");
        problems.setId("form-problems");
        Runnable showProblems = () -> problems.getChildren().setAll(form.problems().stream().map(p -> {
            Label l = new Label(p);
            l.setWrapText(true);
            l.getStyleClass().add(p.startsWith("warning:") ? "form-warning" : "form-error");
            return l;
        }).toList());
        form.problems().addListener((ListChangeListener<String>) c -> showProblems.run());
        showProblems.run();
        VBox content = new VBox(grid, problems);
        content.getStyleClass().add("item-form-content");
        dialog.getDialogPane().setContent(content);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("form-ok");
        okButton.disableProperty().bind(Bindings.not(form.validProperty()));
        dialog.setResultConverter(b -> b == ok ? form.result().orElse(null) : null);
        Node focus = first;
        dialog.setOnShown(e -> {
            if (focus != null) focus.requestFocus();
        });
        return dialog;
    }

    /** Shows the dialog and waits: the edit to apply, or empty when cancelled. */
    public static Optional<Edit> ask(Window owner, ItemForm form, List<String> stylesheets) {
        return create(owner, form, stylesheets).showAndWait();
    }

    private static Node control(FormField f) {
        String id = "form-" + f.key();
        switch (f.shape()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(f.textProperty());
                area.setId(id);
                return area;
            }
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.setEditable(true);
                box.setMaxWidth(Double.MAX_VALUE);
                box.setOnShowing(e -> box.getItems().setAll(limit(f.suggestions())));
                box.getItems().setAll(limit(f.suggestions()));
                box.getEditor().textProperty().bindBidirectional(f.textProperty());
                box.valueProperty().addListener((obs, o, n) -> {
                    if (n != null && !n.equals(f.text())) f.setText(n);
                });
                box.setId(id);
                return box;
            }
            case LIST -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(f.textProperty());
                text.setId(id);
                HBox.setHgrow(text, Priority.ALWAYS);
                MenuButton add = new MenuButton("+");
                add.setId(id + "-add");
                add.setOnShowing(e -> add.getItems().setAll(limit(f.suggestions()).stream().map(s -> {
                    MenuItem item = new MenuItem(s);
                    item.setMnemonicParsing(false);
                    item.setOnAction(a -> f.pick(s));
                    return item;
                }).toList()));
                add.getItems().add(new MenuItem("…"));
                add.setVisible(!f.suggestions().isEmpty());
                add.setManaged(add.isVisible());
                HBox box = new HBox(4, text, add);
                return box;
            }
            default -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(f.textProperty());
                text.setId(id);
                return text;
            }
        }
    }

    private static List<String> limit(List<String> all) {
        return all.size() <= MAX_SUGGESTIONS ? all : all.subList(0, MAX_SUGGESTIONS);
    }
}
