package org.entente.ui.shell;

import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.entente.logic.load.Problem;

/**
 * The errors that remain in a dataset opened to fix, opened from the status bar: a window that stays open
 * beside the data window and the forms (not modal) and follows the count down as the user fixes things,
 * each problem as {@code file:line:column: message}.
 */
public final class RemainingErrorsDialog {

    private RemainingErrorsDialog() {
    }

    public static Alert create(Window owner, RemainingErrors remaining) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ProblemsDialog.copyButton(), ButtonType.CLOSE);
        alert.initModality(Modality.NONE);
        List<String> lines = lines(remaining.problemsProperty().get());
        ListView<String> list = ProblemsDialog.list(lines, 400);
        list.setPrefHeight(400);
        Label intro = new Label("Fix them in the data table (View → Data table) or with Edit on the details; the list follows"
                + " your edits. After an edit, lines are those of the file as Save will write it.");
        intro.setWrapText(true);
        intro.setMaxWidth(860);
        ProblemsDialog.fill(alert, owner, "Errors to fix", header(remaining), new VBox(8, intro, list), lines);
        InvalidationListener follow = obs -> {
            List<String> now = lines(remaining.problemsProperty().get());
            list.getItems().setAll(now);
            alert.setHeaderText(header(remaining));
        };
        remaining.problemsProperty().addListener(follow);
        alert.setOnHidden(e -> remaining.problemsProperty().removeListener(follow));
        alert.getDialogPane().setId("remaining-errors-dialog");
        return alert;
    }

    private static String header(RemainingErrors remaining) {
        int n = remaining.errorCount();
        return n == 0 ? "No errors remain" : ProblemsDialog.count(n, "error") + (n == 1 ? " remains" : " remain");
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().sorted((a, b) -> Boolean.compare(b.isError(), a.isError())).map(Problem::format).toList();
    }
}
