package org.entente.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.io.importer.Importers;
import org.entente.model.Dataset;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview as a teacher uses it: see the problem, choose the day order, Import; or Cancel and keep what was open. */
class ImportDialogTest extends FxRobot {

    @TempDir
    Path dir;

    private AppState state;
    private Stage stage;
    private ImportMenu menu;
    private final Dataset before = Dataset.empty();

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.setupStage(s -> {
            state = new AppState(new GraphFilter(), Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            state.datasetProperty().set(before);
            menu = new ImportMenu(state, new ImmediateExecutor(), Importers.standard(), () -> s);
            s.setScene(new Scene(new StackPane(), 400, 300));
            s.show();
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void ambiguousDatesAreShownThenTheChosenOrderImports() throws Exception {
        Path ties = dir.resolve("eu-ties.csv");
        Files.writeString(ties, "From,To,Type,Start\nFrance,EU,member,03/04/1952\nItaly,EU,member,05/06/1952\n");
        ImportDialog dialog = interactGet(() -> menu.preview(List.of(ties)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Format: csv", lookup("#import-format").queryAs(Label.class).getText());
        ListView<?> problems = lookup("#import-problems").queryListView();
        assertTrue(problems.getItems().get(0).toString().contains("could be day-first or month-first"), problems.getItems().toString());
        Node importButton = dialog.getDialogPane().lookupButton(ImportDialog.IMPORT);
        assertTrue(importButton.isDisabled(), "nothing is guessed: Import waits for a choice");

        clickOn("#import-day-order");
        clickOn("Day first: 03/04/2025 is 3 April");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(importButton.isDisabled());
        assertTrue(lookup("#import-summary").queryAs(Label.class).getText().startsWith("3 actors, 2 relations"));

        clickOn(importButton);
        WaitForAsyncUtils.waitForFxEvents();
        Dataset now = state.getDataset();
        assertEquals("eu-ties", now.title(), "titled after the file");
        assertNull(state.datasetFileProperty().get(), "a new, unsaved dataset");
        assertEquals("1952-04-03", now.relations().get(0).start().toString());
    }

    @Test
    void cancelKeepsWhatWasOpen() throws Exception {
        Path ties = dir.resolve("ties.csv");
        Files.writeString(ties, "From,To\nA,B\n");
        ImportDialog dialog = interactGet(() -> menu.preview(List.of(ties)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.getDialogPane().lookupButton(ImportDialog.IMPORT).isDisabled());
        clickOn(dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, state.getDataset());
    }

    @Test
    void bundledDatasetsSubmenuOpensTheWorldAlliances() throws Exception {
        javafx.scene.control.Menu file = new javafx.scene.control.Menu("File");
        javafx.scene.control.MenuItem japan = new javafx.scene.control.MenuItem("Japan");
        javafx.scene.control.Menu bundled = new javafx.scene.control.Menu("Open the bundled dataset", null, japan);
        bundled.setId("menu-bundled-datasets");
        file.getItems().addAll(new javafx.scene.control.MenuItem("Open…"), bundled);
        interactGet(() -> {
            StackPane root = new StackPane();
            menu.install(file, root);
            stage.getScene().setRoot(new javafx.scene.layout.VBox(new javafx.scene.control.MenuBar(file), root));
            return null;
        });
        assertEquals(List.of("Japan", "_EU membership, 1952 to today (EUMS)", "World _alliances since 1945 (ATOP v4)"),
                bundled.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList(), "beside the Japan–NATO dataset");
        interact(() -> bundled.getItems().get(2).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Dataset now = state.getDataset();
        assertTrue(now.title().startsWith("World alliances"), now.title());
        assertTrue(now.actor("atop-3180").isPresent(), "NATO is in it");
    }

    private <T> T interactGet(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
