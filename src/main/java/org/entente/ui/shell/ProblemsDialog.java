package org.entente.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;

/**
 * Lists every problem of a file that could not be loaded, each as {@code file:line:column: message}, and
 * says that the previous dataset is still open, so a user's mistake never costs their work. The same
 * dialog lists the warnings of a file that did load. "Copy all" puts the list on the clipboard for a
 * curator's editor or an e-mail.
 */
public final class ProblemsDialog {

    private static final ButtonType COPY = new ButtonType("Copy all", ButtonBar.ButtonData.LEFT);

    private ProblemsDialog() {
    }

    /** The dialog for a file that was not opened, when a dataset is open and stays open. */
    public static Alert create(Window owner, LoadResult result) {
        return create(owner, result, "the dataset you had open");
    }

    /**
     * The dialog for a file that was not opened.
     *
     * @param stillOpen the title of the dataset that stays open, or null when none is open yet
     */
    public static Alert create(Window owner, LoadResult result, String stillOpen) {
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        String counts = count(errors, "error") + (warnings == 0 ? "" : " and " + count(warnings, "warning"));
        String kept = stillOpen == null
                ? "No dataset is open yet: use File → Open… or File → Open the bundled dataset."
                : "Nothing was changed: " + stillOpen + " is still loaded.";
        Alert alert = build(owner, Alert.AlertType.ERROR, result,
                "Could not open " + fileName(result.file()),
                counts + " in " + fileName(result.file()) + ".\n" + kept,
                "Fix these in the file, then use File → Reload (Ctrl+R):");
        alert.getDialogPane().setId("problems-dialog");
        return alert;
    }

    /** The dialog for the warnings of a file that loaded. */
    public static Alert warnings(Window owner, LoadResult result) {
        Alert alert = build(owner, Alert.AlertType.WARNING, result,
                "Warnings in " + fileName(result.file()),
                fileName(result.file()) + " loaded with " + count(result.warnings().size(), "warning") + ".",
                "These did not stop the file from loading, but may show something wrong in it:");
        alert.getDialogPane().setId("warnings-dialog");
        return alert;
    }

    private static Alert build(Window owner, Alert.AlertType type, LoadResult result, String title, String header, String intro) {
        Alert alert = new Alert(type, "", COPY, ButtonType.CLOSE);
        List<String> lines = lines(result);
        ListView<String> list = list(lines, 440);
        fill(alert, owner, title, header, new VBox(8, new Label(intro), list), lines);
        return alert;
    }

    /** The list of problem lines, wrapping, at most {@code maxHeight} tall (it scrolls beyond). */
    static ListView<String> list(List<String> lines, double maxHeight) {
        ListView<String> list = new ListView<>();
        list.setId("problem-list");
        list.getStyleClass().add("problem-list");
        list.getItems().setAll(lines);
        list.setCellFactory(v -> new WrappingCell());
        list.setPrefSize(860, Math.min(maxHeight, 48 + 30 * lines.size()));
        return list;
    }

    /** Title, header and content of a problems alert, resizable, with "Copy all" copying {@code copied}. */
    static void fill(Alert alert, Window owner, String title, String header, javafx.scene.Node content, List<String> copied) {
        if (owner != null) alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        if (copy == null) return;
        copy.setId("problems-copy");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(String.join(System.lineSeparator(), copied));
            Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
    }

    /** The "Copy all" button type, for the other dialogs that list problems. */
    static ButtonType copyButton() {
        return COPY;
    }

    /** Every problem as {@code file:line:column: severity: message}, errors first. */
    static List<String> lines(LoadResult result) {
        List<String> lines = new ArrayList<>();
        for (Problem p : result.errors()) lines.add(p.format());
        for (Problem p : result.warnings()) lines.add(p.format());
        return lines;
    }

    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    static String fileName(String file) {
        try {
            Path name = Path.of(file).getFileName();
            return name == null ? file : name.toString();
        } catch (RuntimeException e) {
            return file;
        }
    }

    /** A list cell whose text wraps to the list's width, so long messages are read whole. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            prefWidthProperty().set(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
