package org.entente.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import javafx.stage.Window;

import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;

/**
 * Lists every problem of a file that could not be loaded, each with its file, line, column and message,
 * and says that the previous dataset is still open, so a user's mistake never costs their work.
 */
public final class ProblemsDialog {

    private ProblemsDialog() {
    }

    public static Alert create(Window owner, LoadResult result) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Could not open " + result.file());
        int errors = result.errors().size();
        alert.setHeaderText(errors + (errors == 1 ? " problem" : " problems") + " in " + result.file()
                + ". The dataset you had open is still loaded.");
        ListView<String> list = new ListView<>();
        list.setId("problem-list");
        list.getStyleClass().add("problem-list");
        for (Problem p : result.problems()) {
            list.getItems().add(p.format());
        }
        list.setPrefSize(820, Math.min(420, 40 + 26 * list.getItems().size()));
        VBox box = new VBox(8, new Label("Fix these in the file, then use File → Reload:"), list);
        alert.getDialogPane().setContent(box);
        alert.setResizable(true);
        return alert;
    }
}
