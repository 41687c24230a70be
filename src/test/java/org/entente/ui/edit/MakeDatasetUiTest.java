package org.entente.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.ui.app.AppComposer;
import org.entente.ui.graph.GraphView;
import org.entente.ui.graph.GraphViewModel;
import org.entente.ui.shell.Settings;
import org.entente.ui.state.Selection;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Making a dataset as a teacher would: File → New dataset, three actors and two ties and an event through
 * the forms and the graph's gestures, undo and redo, save, open it again; then delete an actor with its ties
 * and undo that.
 */
class MakeDatasetUiTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private AppComposer.App app;

    @Override
    public void start(Stage stage) {
        Settings settings = org.entente.testing.TestSettings.fresh();
        app = new AppComposer(settings, CLOCK, new ImmediateExecutor()).build();
        app.window().show(stage);
        stage.requestFocus();
    }

    /** The data window and any dialog left open must not stay behind for the next test class. */
    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private MenuItem item(String id) {
        return app.window().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Fires a menu item whose dialog waits (showAndWait), without blocking the test. */
    private void menu(String id) {
        Platform.runLater(() -> item(id).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String field, String text) {
        clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private void ok() {
        clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Dataset dataset() {
        return app.state().getDataset();
    }

    private GraphViewModel graph() {
        return lookup("#graph-view").queryAs(GraphView.class).viewModel();
    }

    private Point2D onScreen(String id) {
        interact(() -> graph().settle());
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = graph().screenPosition(id);
        assertNotNull(local, id + " is drawn");
        return lookup("#graph-canvas").query().localToScreen(local);
    }

    @Test
    void makeThreeActorsTwoTiesAndAnEventUndoRedoSaveAndReopen() throws Exception {
        menu("menu-new-dataset");
        type("#new-title", "Pacts");
        type("#new-source-title", "Notes");
        clickOn("#new-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pacts", dataset().title());
        assertEquals("notes", dataset().sources().get(0).id());
        assertTrue(app.window().stage().getTitle().startsWith("• "), "a new dataset is unsaved: " + app.window().stage().getTitle());

        menu("menu-add-actor");
        type("#form-name", "Ys");
        ok();
        menu("menu-add-actor");
        type("#form-name", "Mu");
        ok();
        assertEquals(2, dataset().actors().size());
        assertEquals("notes", dataset().actor("ys").orElseThrow().sources().get(0), "cited by default");

        // the graph: a double-click on empty space makes a new actor there
        Node canvas = lookup("#graph-canvas").query();
        Point2D a = onScreen("ys");
        Point2D empty = canvas.localToScreen(canvas.getBoundsInLocal().getMinX() + 40, canvas.getBoundsInLocal().getMaxY() - 40);
        moveTo(empty);
        doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        type("#form-name", "Oz");
        ok();
        assertEquals(3, dataset().actors().size());
        assertEquals(Selection.actor("oz"), app.state().getSelection(), "the new actor is selected");

        // a tie by the form, one by Shift-dragging from node to node
        interact(() -> app.state().select(Selection.actor("ys")));
        menu("menu-add-tie");
        type("#form-to", "mu");
        type("#form-type", "allied-with");
        ok();
        interact(() -> graph().fit());
        Point2D oz = onScreen("oz");
        a = onScreen("ys");
        press(KeyCode.SHIFT);
        drag(oz, MouseButton.PRIMARY).moveTo(a).release(MouseButton.PRIMARY);
        release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#form-type").tryQuery().isPresent(), "Shift-drag from " + oz + " to " + a + " opens the tie form");
        type("#form-type", "partner-of");
        ok();
        assertEquals(2, dataset().relations().size(), dataset().relations().toString());
        assertTrue(dataset().relation("oz-partner-of-ys").isPresent(), dataset().relations().toString());

        menu("menu-add-event");
        type("#form-title", "Summit");
        type("#form-date", "2024-05");
        ok();
        assertEquals(1, dataset().events().size());
        assertEquals("Undo add event Summit", item("menu-undo").getText());
        Dataset made = dataset();

        // six edits, and the selections made on the way (they are steps of the same history)
        int undone = 0;
        while (!item("menu-undo").isDisable() && undone < 20) {
            push(KeyCode.CONTROL, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
            undone++;
        }
        assertEquals(0, dataset().actors().size());
        assertEquals(1, dataset().sources().size(), "back to the new dataset with its first source");
        for (int i = 0; i < undone; i++) {
            push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(dataset().sameContent(made), "redo makes the same dataset again");

        Path file = dir.resolve("lesson.json");
        app.editing().save().setFileAsker(name -> {
            assertEquals("pacts.json", name);
            return Optional.of(file);
        });
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(file));
        assertFalse(app.window().stage().getTitle().startsWith("•"), app.window().stage().getTitle());

        interact(() -> app.shell().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dataset().sameContent(made), "reopened: the same dataset");
        assertEquals(file, app.state().datasetFileProperty().get());
        assertTrue(new DatasetLoader().load(file).problems().isEmpty(), new DatasetLoader().load(file).problems().toString());
    }

    @Test
    void deletingAnActorSaysWhatGoesWithItAndUndoBringsItBack() {
        interact(() -> app.shell().openBundled());
        WaitForAsyncUtils.waitForFxEvents();
        Dataset before = dataset();
        int ties = before.relationsOf("japan").size();
        interact(() -> app.state().select(Selection.actor("japan")));
        clickOn("#details-delete");
        WaitForAsyncUtils.waitForFxEvents();
        Node confirm = lookup("#delete-confirm").query();
        String said = ((javafx.scene.control.DialogPane) confirm).getContentText();
        assertTrue(said.startsWith("Deleting Japan also removes " + ties + " ties and its place in"), said);
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) confirm;
        clickOn(pane.lookupButton(pane.getButtonTypes().stream().filter(t -> t.getText().equals("Delete")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dataset().actor("japan").isEmpty());
        assertTrue(dataset().relationsOf("japan").isEmpty());
        assertTrue(app.window().stage().getTitle().startsWith("• "));
        assertEquals("Undo delete actor Japan", item("menu-undo").getText());
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dataset().sameContent(before));
        assertFalse(app.window().stage().getTitle().startsWith("•"), "undone back to the opened file: clean again");

        // the data view: filter the ties, edit one's end in its row
        interact(() -> item("menu-data-table").fire());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#data-tab-ties");
        clickOn("#data-filter-ties").write("nsatu");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> tieTable = lookup("#data-ties").queryAs(javafx.scene.control.TableView.class);
        Relation first = (Relation) tieTable.getItems().get(0);
        assertTrue(first.from().equals("nsatu") || first.to().equals("nsatu") || first.id().contains("nsatu"), first.toString());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = (javafx.scene.control.TableView<Object>) tieTable;
        interact(() -> table.edit(0, table.getColumns().get(5)));
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.CONTROL, KeyCode.A).write("2031").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("End", table.getColumns().get(5).getText());
        assertEquals("2031", String.valueOf(dataset().relation(first.id()).orElseThrow().end()),
                lookup("#data-message").queryLabeled().getText());
        assertEquals("Undo change tie " + org.entente.logic.edit.DatasetEdits.tieName(dataset(), first), item("menu-undo").getText());
    }
}
