package org.entente.ui.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.entente.logic.edit.Ids;

/**
 * Save, Save As and "Save changes to …?": Save writes the open file (the bundled dataset and a new one
 * have none, so Save asks where, and the bundled copy is never changed); a failed save says why and leaves
 * the old file; replacing or closing a dataset with unsaved edits asks first.
 */
public final class SaveFlow {

    /** Picks the file to save to; empty when the user cancels. */
    public interface FileAsker {
        Optional<Path> ask(String suggestedName);
    }

    private final EditSession session;
    private final EditActions actions;
    private final Supplier<Window> owner;
    private FileAsker fileAsker;

    public SaveFlow(EditSession session, EditActions actions, Supplier<Window> owner) {
        this.session = session;
        this.actions = actions;
        this.owner = owner;
        this.fileAsker = this::chooseFile;
    }

    /** Replaces the file chooser (tests name the file). */
    public void setFileAsker(FileAsker asker) { this.fileAsker = asker; }

    /** Saves to the open file, or asks for one. True when saved. */
    public boolean save() {
        Optional<Path> file = session.file();
        return file.isPresent() ? saveTo(file.get()) : saveAs();
    }

    /** Asks for a file and saves there; it becomes the open file. */
    public boolean saveAs() {
        String name = Ids.slug(session.state().getDataset().title()) + ".json";
        Optional<Path> file = fileAsker.ask(name);
        return file.isPresent() && saveTo(file.get());
    }

    private boolean saveTo(Path file) {
        try {
            session.save(file);
            return true;
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            if (owner.get() != null) alert.initOwner(owner.get());
            alert.setTitle("Not saved");
            alert.setHeaderText("The dataset was not saved");
            alert.setContentText(e.getMessage() + (e.getMessage() != null && e.getMessage().contains("unchanged") ? ""
                    : ". The previous file is unchanged.") + " Your edits are still open: try Save As in another folder.");
            alert.getDialogPane().getStylesheets().setAll(session.state().themeProperty().get().stylesheetUrls());
            alert.getDialogPane().setId("save-failed");
            actions.ask(alert);
            return false;
        }
    }

    /**
     * True when the open dataset may be replaced or closed: there are no unsaved edits, or the user saved
     * them or chose not to. "Save changes to “Lesson”?" with Save, Don't save and Cancel.
     */
    public boolean mayDiscard() {
        if (!session.isDirty()) return true;
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        if (owner.get() != null) alert.initOwner(owner.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to “" + session.state().getDataset().title() + "”?");
        alert.setContentText("Your edits are lost if you don't save them.");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        alert.getDialogPane().getStylesheets().setAll(session.state().themeProperty().get().stylesheetUrls());
        alert.getDialogPane().setId("save-changes");
        ButtonType answer = actions.ask(alert).orElse(ButtonType.CANCEL);
        if (answer == save) return save();
        return answer == discard;
    }

    private Optional<Path> chooseFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save dataset");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Entente datasets", "*.json", "*.entente"));
        session.file().map(Path::getParent).filter(p -> p.toFile().isDirectory()).ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }
}
