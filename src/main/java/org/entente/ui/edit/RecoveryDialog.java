package org.entente.ui.edit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.entente.logic.edit.Recovery;

/**
 * The question at start after a crash: "Restore the unsaved edits of “Lesson” from 10:42?", saying how many
 * errors the edits still had (work in progress may have some; it is restored all the same).
 */
public final class RecoveryDialog {

    /** The answer that restores. */
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    /** The answer that discards the recovery. */
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private RecoveryDialog() {
    }

    /** What could not be restored as written: said, never lost silently (the first three, then how many more). */
    private static String notes(Recovery.Found found) {
        if (found.notes().isEmpty()) return "";
        StringBuilder text = new StringBuilder("\n\nNot restored as written:");
        found.notes().stream().limit(3).map(n -> n.format()).forEach(n -> text.append("\n• ")
                .append(n.length() > 200 ? n.substring(0, 200) + "…" : n));
        if (found.notes().size() > 3) text.append("\n… and ").append(found.notes().size() - 3).append(" more");
        return text.toString();
    }

    public static Dialog<ButtonType> create(Window owner, Recovery.Found found, List<String> stylesheets) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (owner != null) alert.initOwner(owner);
        alert.setTitle("Unsaved edits found");
        String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").format(found.savedAt().atZone(ZoneId.systemDefault()));
        alert.setHeaderText("Restore the unsaved edits of “" + found.dataset().title() + "” from " + when + "?");
        alert.setContentText("Entente closed before they were saved"
                + (found.origin() == null ? "." : " to " + found.origin().getFileName() + ".")
                + " Restore opens them as unsaved changes; Discard throws them away."
                + (found.errors() == 0 ? "" : "\n\nThey still had " + found.errors() + (found.errors() == 1 ? " error" : " errors")
                        + " to fix: after Restore the status bar counts and lists them.")
                + notes(found));
        alert.getButtonTypes().setAll(RESTORE, DISCARD);
        alert.getDialogPane().getStylesheets().setAll(stylesheets);
        alert.getDialogPane().setId("recovery-offer");
        return alert;
    }
}
