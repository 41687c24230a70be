package org.entente.ui.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.geometry.Point2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

/**
 * What the editing menus, the details panel's Edit, the graph's and the timeline's gestures do: open the
 * right form, apply the edit it makes through the {@link EditSession}, and ask before a delete that takes
 * other items with it. How a dialog is shown is injected, so that tests can answer the dialogs.
 */
public final class EditActions {

    /** Shows a dialog and waits for its answer (showAndWait in the app). */
    public interface Asker {
        <T> Optional<T> ask(Dialog<T> dialog);
    }

    private final EditSession session;
    private final Supplier<Window> owner;
    private Asker asker = new Asker() {
        @Override public <T> Optional<T> ask(Dialog<T> dialog) { return dialog.showAndWait(); }
    };

    public EditActions(EditSession session, Supplier<Window> owner) {
        this.session = session;
        this.owner = owner;
    }

    /** Replaces how dialogs are shown (tests answer them without waiting). */
    public void setAsker(Asker asker) { this.asker = asker; }

    public EditSession session() { return session; }

    /** Shows {@code dialog} the way this app's dialogs are shown (waiting, or answered by a test). */
    public <T> Optional<T> ask(Dialog<T> dialog) { return asker.ask(dialog); }

    private AppState state() { return session.state(); }

    private Dataset dataset() { return state().getDataset(); }

    private String source() { return session.defaultSource().orElse(null); }

    /** Opens {@code form}; OK applies its edit. Returns true when an edit was made. */
    public boolean open(ItemForm form) {
        Optional<Edit> edit = asker.ask(FormDialog.create(owner.get(), form, state().themeProperty().get().stylesheetUrls()));
        edit.ifPresent(session::apply);
        return edit.isPresent();
    }

    public boolean addActor() { return open(new ActorForm(dataset(), null, source())); }

    /** A new actor where the user double-clicked: the graph starts it at {@code world}. */
    public boolean addActorAt(Point2D world, java.util.function.BiConsumer<String, Point2D> place) {
        ActorForm form = new ActorForm(dataset(), null, source());
        Optional<Edit> edit = asker.ask(FormDialog.create(owner.get(), form, state().themeProperty().get().stylesheetUrls()));
        edit.ifPresent(e -> {
            place.accept(e.changes().get(0).id(), world);
            session.apply(e);
            state().select(Selection.actor(e.changes().get(0).id()));
        });
        return edit.isPresent();
    }

    public boolean addTie(String from, String to) { return open(new RelationForm(dataset(), null, from, to, source())); }

    public boolean addEvent(String date, List<String> actors) { return open(new EventForm(dataset(), null, date, actors, source())); }

    public boolean addSource() { return open(new SourceForm(dataset(), null)); }

    public boolean addDispute() {
        Selection s = state().getSelection();
        return open(new DisputeForm(dataset(), null, s.isNone() ? List.of() : List.of(s.id()), source()));
    }

    /** A new figure of the selected actor, tie or event. */
    public boolean addFigure() {
        Selection s = state().getSelection();
        if (s.isNone()) return false;
        return open(new FigureForm(dataset(), s.id(), -1, null, source()));
    }

    /** Edit on whatever is selected (the details panel shows it). */
    public boolean editSelected() {
        Selection s = state().getSelection();
        Dataset d = dataset();
        return switch (s.kind()) {
            case ACTOR -> d.actor(s.id()).map(a -> open(new ActorForm(d, a, source()))).orElse(false);
            case RELATION -> d.relation(s.id()).map(r -> open(new RelationForm(d, r, null, null, source()))).orElse(false);
            case EVENT -> d.event(s.id()).map(e -> open(new EventForm(d, e, null, null, source()))).orElse(false);
            case NONE -> false;
        };
    }

    /** Deletes what is selected, after saying what goes with it. */
    public boolean deleteSelected() {
        Selection s = state().getSelection();
        Dataset d = dataset();
        Edit edit = switch (s.kind()) {
            case ACTOR -> DatasetEdits.deleteActors(d, List.of(s.id()));
            case RELATION -> DatasetEdits.deleteRelations(d, List.of(s.id()));
            case EVENT -> DatasetEdits.deleteEvents(d, List.of(s.id()));
            case NONE -> null;
        };
        return edit != null && confirmAndApply(edit);
    }

    /**
     * Applies a deletion, first asking when it removes more than the item named ("deleting Japan also removes
     * 54 ties and its place in 31 events").
     */
    public boolean confirmAndApply(Edit edit) {
        if (!edit.consequence().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
            if (owner.get() != null) alert.initOwner(owner.get());
            alert.setTitle("Delete");
            alert.setHeaderText(capitalised(edit.name()) + "?");
            alert.setContentText(capitalised(edit.consequence()) + ". Edit → Undo brings everything back.");
            ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes().setAll(delete, ButtonType.CANCEL);
            alert.getDialogPane().getStylesheets().setAll(state().themeProperty().get().stylesheetUrls());
            alert.getDialogPane().setId("delete-confirm");
            if (asker.ask(alert).orElse(ButtonType.CANCEL) != delete) return false;
        }
        session.apply(edit);
        return true;
    }

    /** The tie forms name ties by their ends. */
    public String tieName(Relation r) { return DatasetEdits.tieName(dataset(), r); }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** For callers that build their own forms. */
    public <F extends ItemForm> boolean open(Function<Dataset, F> form) { return open(form.apply(dataset())); }
}
