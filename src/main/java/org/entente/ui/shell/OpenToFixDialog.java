package org.entente.ui.shell;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;

/**
 * The question for a file that has errors but could be built (a dataset saved with errors is work in
 * progress, which must open again): "lesson.json has 3 errors", its problems listed as the problems dialog
 * lists them ({@code file:line:column}, values escaped and cut), what could not be opened as written, and
 * "Open to fix" or Cancel (the open dataset stays). Sized to fit a 1024×768 screen.
 */
public final class OpenToFixDialog {

    /** The answer that opens the file to fix it. */
    public static final ButtonType OPEN_TO_FIX = new ButtonType("Open to fix", ButtonBar.ButtonData.OK_DONE);

    private OpenToFixDialog() {
    }

    /**
     * @param stillOpen the title of the dataset that stays open on Cancel, or null when none is open yet
     */
    public static Alert create(Window owner, LoadResult result, String stillOpen) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", OPEN_TO_FIX, ProblemsDialog.copyButton(), ButtonType.CANCEL);
        String name = ProblemsDialog.fileName(result.file());
        int errors = result.errors().size();
        List<String> lines = ProblemsDialog.lines(result);
        List<String> notes = result.toFix().map(f -> f.notes().stream().map(Problem::format).toList()).orElse(List.of());
        ListView<String> list = ProblemsDialog.list(lines, notes.isEmpty() ? 380 : 250);
        Label intro = new Label("Open it to fix them here: the status bar counts the errors that remain and lists them,"
                + " and Save keeps your work while some remain. "
                + (stillOpen == null ? "Cancel opens nothing." : "Cancel keeps " + stillOpen + " open."));
        intro.setWrapText(true);
        intro.setMaxWidth(860);
        VBox box = new VBox(8, intro, list);
        if (!notes.isEmpty()) {
            Label notOpened = new Label("Not opened as written (" + notes.size() + "):");
            ListView<String> noteList = ProblemsDialog.list(notes, 120);
            noteList.setId("to-fix-notes");
            box.getChildren().addAll(notOpened, noteList);
        }
        List<String> copied = new ArrayList<>(lines);
        copied.addAll(notes);
        ProblemsDialog.fill(alert, owner, "Open " + name + " to fix it?",
                name + " has " + ProblemsDialog.count(errors, "error") + ". Open it to fix "
                        + (errors == 1 ? "it" : "them") + "?", box, copied);
        alert.getDialogPane().setId("open-to-fix-dialog");
        alert.getDialogPane().lookupButton(OPEN_TO_FIX).setId("open-to-fix");
        return alert;
    }
}
