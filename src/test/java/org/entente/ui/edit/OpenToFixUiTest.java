package org.entente.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.logic.edit.Recovery;
import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.model.Dataset;
import org.entente.ui.app.AppComposer;
import org.entente.ui.state.Selection;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work saved with errors opens again: a file with dangling references and an unreadable date is offered
 * "Open to fix", opens with "3 errors remain", is fixed in the data window and a form, and is saved clean;
 * a recovery of edits that still had errors is offered at start and restored as unsaved edits to fix.
 */
class OpenToFixUiTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** A lesson saved with two errors: the tie's target 'natoo' is no actor, NATO's start '1949-13-45' is no date. */
    static final String LESSON = """
            {
              "schema": "entente/1",
              "title": "Pacts",
              "sources": [
                {"id": "notes", "title": "Notes"}
              ],
              "actors": [
                {"id": "japan", "name": "Japan", "kind": "state", "sources": ["notes"]},
                {"id": "nato", "name": "NATO", "kind": "alliance", "start": "1949-13-45", "sources": ["notes"]}
              ],
              "relations": [
                {"id": "japan-partner-of-nato", "from": "japan", "to": "natoo", "type": "partner-of", "start": "2014", "sources": ["notes"]}
              ],
              "events": [
                {"id": "talks", "date": "2025-04-09", "title": "Talks", "actors": ["japan", "natoo"], "sources": ["notes"]}
              ]
            }
            """;

    private static Path recoveryDir;
    private AppComposer.App app;

    @Override
    public void start(Stage stage) throws Exception {
        if (recoveryDir != null) System.setProperty("entente.recovery.dir", recoveryDir.toString());
        try {
            app = new AppComposer(org.entente.testing.TestSettings.fresh(), CLOCK, new ImmediateExecutor()).build();
        } finally {
            System.clearProperty("entente.recovery.dir");
        }
        app.window().show(stage);
        stage.requestFocus();
    }

    @AfterEach
    void closeWindows() throws Exception {
        recoveryDir = null;
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private Dataset dataset() {
        return app.state().getDataset();
    }

    private String errorsShown() {
        Hyperlink link = lookup("#status-errors").queryAs(Hyperlink.class);
        return link.isVisible() ? link.getText() : "(hidden)";
    }

    private MenuItem item(String id) {
        return app.window().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aFileSavedWithErrorsOpensToFixIsFixedAndSavesClean() throws Exception {
        Path file = Files.createTempDirectory("open-to-fix").resolve("lesson.json");
        Files.writeString(file, LESSON);
        interact(() -> app.shell().openBundled());
        interact(() -> app.shell().open(file));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane ask = lookup("#open-to-fix-dialog").queryAs(DialogPane.class);
        assertEquals("lesson.json has 3 errors. Open it to fix them?", ask.getHeaderText());
        @SuppressWarnings("unchecked")
        ListView<String> listed = (ListView<String>) ask.lookup("#problem-list");
        assertTrue(listed.getItems().get(0).startsWith(file + ":9:"), listed.getItems().toString());
        assertTrue(listed.getItems().stream().anyMatch(l -> l.contains("'1949-13-45'")), listed.getItems().toString());
        clickOn("#open-to-fix");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Pacts", dataset().title());
        assertEquals(file, app.state().datasetFileProperty().get());
        assertEquals("3 errors remain", errorsShown());
        assertFalse(app.editing().session().isDirty(), "opened as it is on disk");
        interact(() -> app.state().select(Selection.event("talks")));
        interact(() -> app.state().select(Selection.relation("japan-partner-of-nato")));
        WaitForAsyncUtils.waitForFxEvents();

        // the tie's target, in the data window
        interact(() -> item("menu-data-table").fire());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#data-tab-ties");
        @SuppressWarnings("unchecked")
        TableView<Object> ties = (TableView<Object>) lookup("#data-ties").queryAs(TableView.class);
        assertEquals("To", ties.getColumns().get(3).getText());
        interact(() -> ties.edit(0, ties.getColumns().get(3)));
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.CONTROL, KeyCode.A).write("nato").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("nato", dataset().relation("japan-partner-of-nato").orElseThrow().to());
        assertEquals("2 errors remain", errorsShown(), "checked again after the edit");

        // NATO's start, in its form: the date is shown as it was written, to be corrected
        interact(() -> app.state().select(Selection.actor("nato")));
        Platform.runLater(() -> app.editing().actions().editSelected());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1949-13-45", lookup("#form-start").queryTextInputControl().getText());
        clickOn("#form-start").push(KeyCode.CONTROL, KeyCode.A).write("1949-04-04");
        clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 error remains", errorsShown());
        // the event's unknown actor is the last error
        interact(() -> app.state().select(Selection.event("talks")));
        Platform.runLater(() -> app.editing().actions().editSelected());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#form-actors").push(KeyCode.CONTROL, KeyCode.A).write("japan, nato");
        clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No errors remain", errorsShown());

        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        LoadResult saved = new DatasetLoader().load(file);
        assertTrue(saved.problems().isEmpty(), saved.problems().toString());
        assertEquals("1949-04-04", saved.dataset().orElseThrow().actor("nato").orElseThrow().start().toString());
    }

    @Test
    void aFileWithErrorsStillSaysWhatRemainsAfterASave() throws Exception {
        Path file = Files.createTempDirectory("open-to-fix").resolve("lesson.json");
        Files.writeString(file, LESSON);
        interact(() -> app.shell().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#open-to-fix");
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> app.state().select(Selection.actor("japan")));
        Platform.runLater(() -> app.editing().actions().editSelected());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#form-name").push(KeyCode.CONTROL, KeyCode.A).write("Nippon");
        clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved lesson.json with 3 errors to fix", app.editing().session().messageProperty().get());
        assertEquals("3 errors remain", errorsShown());
        LoadResult reread = new DatasetLoader().load(file);
        assertEquals(3, reread.errors().size(), "the unreadable date is written back as it was: " + reread.problems());
        assertTrue(Files.readString(file).contains("\"start\": \"1949-13-45\""));
    }

    @Test
    void aRecoveryWithErrorsIsOfferedAndRestoredAsUnsavedEditsToFix() throws Exception {
        // set before the app is built: start() runs again for this test with the property
        recoveryDir = Files.createTempDirectory("recovery");
        // edits in progress with one error: the tie points at an actor not made yet
        String clean = LESSON.replace("1949-13-45", "1949-04-04").replace("natoo", "nato");
        Dataset base = new DatasetLoader().load("lesson.json", new java.io.StringReader(clean)).dataset().orElseThrow();
        org.entente.model.Relation tie = base.relations().get(0);
        Dataset edits = new Dataset(base.schema(), base.title(), base.description(), base.sources(), base.actors(),
                java.util.List.of(new org.entente.model.Relation(tie.id(), tie.from(), "natoo", tie.type(), tie.start(), tie.end(),
                        tie.summary(), tie.certainty(), tie.note(), tie.figures(), tie.sources(), tie.knownBy())),
                base.events(), base.disputes());
        new Recovery(recoveryDir).write(edits, null);
        interact(() -> {
            try {
                org.testfx.api.FxToolkit.cleanupStages();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Stage stage = org.testfx.api.FxToolkit.registerPrimaryStage();
        org.testfx.api.FxToolkit.setupStage(s -> { });
        interact(() -> {
            try {
                start(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String[] said = new String[1];
        app.editing().actions().setAsker(new EditActions.Asker() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Optional<T> ask(javafx.scene.control.Dialog<T> dialog) {
                said[0] = dialog.getDialogPane().getHeaderText() + " " + dialog.getDialogPane().getContentText();
                return Optional.of((T) RecoveryDialog.RESTORE);
            }
        });
        interact(() -> app.editing().offerRecovery(() -> null));
        interact(() -> app.shell().openBundled());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(said[0] != null && said[0].contains("They still had 1 error to fix"), said[0]);
        assertTrue(dataset().sameContent(edits), "the edits are restored");
        assertTrue(app.editing().session().isDirty(), "as unsaved edits");
        assertEquals("1 error remains", errorsShown());
        assertTrue(stage != null);
    }

    /** Everything the model can hold although it is wrong: the views must draw what they can and not fail. */
    static final String BROKEN = """
            {
              "schema": "entente/1",
              "title": "Broken",
              "sources": [
                {"id": "notes"},
                {"id": "notes", "title": "Twice"}
              ],
              "actors": [
                {"id": "a", "name": "", "kind": "", "sources": []},
                {"id": "b", "name": "Bee", "kind": "wizard", "start": "2030", "end": "2020", "sources": ["nowhere"]},
                {"name": "No id", "kind": "state", "sources": ["notes"]},
                {"id": "b", "name": "Bee again", "kind": "state", "short": "", "sources": ["notes"]},
                {"id": "c", "name": 5, "kind": "state", "sources": "notes", "figures": [{"label": "x"}]}
              ],
              "relations": [
                {"id": "r1", "from": "a", "to": "a", "type": "member-of", "sources": ["notes"]},
                {"id": "r2", "from": "", "to": "zz", "type": "", "start": "2020-02-30", "sources": ["notes"]},
                {"id": "r3", "from": "b", "to": "c", "type": "allied-with", "start": "2010", "knownBy": "2012", "sources": ["notes"]},
                {"id": "r4", "to": "b", "type": "allied-with", "sources": ["notes"]}
              ],
              "events": [
                {"id": "e1", "date": "2020", "title": "", "actors": [], "sources": ["notes"]},
                {"id": "e2", "date": "2021", "title": "Ghosts", "actors": ["zz", "yy"], "sources": []},
                {"id": "e3", "date": "later", "title": "Never", "actors": ["a"], "sources": ["notes"]}
              ],
              "disputes": [
                {"id": "d1", "summary": "", "subjects": ["nothing"], "positions": []}
              ]
            }
            """;

    @Test
    void aBadlyBrokenFileOpensToFixAndEveryViewDrawsWhatItCan() throws Exception {
        java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failures.add(e)));
        Path file = Files.createTempDirectory("open-to-fix").resolve("broken.json");
        Files.writeString(file, BROKEN);
        interact(() -> app.shell().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> notes = (ListView<String>) lookup("#to-fix-notes").queryAs(ListView.class);
        assertTrue(notes.getItems().stream().anyMatch(n -> n.contains("event 'e3' is not opened")), notes.getItems().toString());
        clickOn("#open-to-fix");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Broken", dataset().title());
        for (var a : dataset().actors()) interact(() -> app.state().select(Selection.actor(a.id())));
        for (var r : dataset().relations()) interact(() -> app.state().select(Selection.relation(r.id())));
        for (var e : dataset().events()) interact(() -> app.state().select(Selection.event(e.id())));
        interact(() -> item("menu-data-table").fire());
        WaitForAsyncUtils.waitForFxEvents();
        for (String tab : new String[] {"#data-tab-ties", "#data-tab-events", "#data-tab-sources"}) {
            clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();
        }
        interact(() -> app.state().select(Selection.actor("b")));
        Platform.runLater(() -> app.editing().actions().editSelected());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> app.editing().actions().deleteSelected());
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(failures.isEmpty(), () -> { failures.get(0).printStackTrace(); return failures.toString(); });
        assertTrue(errorsShown().endsWith("errors remain"), errorsShown());
    }
}
