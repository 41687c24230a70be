package org.entente.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as the app builds it: a bad file shows every problem and keeps the old data; reload
 * after the fix loads it; a file's warnings are a click away; the toolbar's as-of date edits the shared date.
 */
class MainWindowTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AppComposer.App app;
    private Path dir;
    private Path file;

    @Override
    public void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("entente-shell");
        file = Files.writeString(dir.resolve("world.json"), ShellViewModelTest.fixture("small.json"));
        Settings settings = new Settings(Preferences.userRoot().node("entente-test/shell"));
        app = new AppComposer(settings, CLOCK, new ImmediateExecutor()).build();
        app.window().show(stage);
        app.shell().open(file);
        stage.requestFocus();
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aBadFileShowsEveryProblemAndKeepsTheOldDataThenReloadAfterTheFixLoadsIt() throws Exception {
        assertEquals("Small test world", text("#status-title"));
        String counts = text("#status-counts");
        assertTrue(counts.startsWith("showing 6 of 6 actors, 4 of 5 relations"), counts);

        Files.writeString(file, ShellViewModelTest.fixture("small.json")
                .replace("\"to\": \"g7\", \"type\": \"member-of\", \"start\": \"1975\"", "\"to\": \"g8\", \"type\": \"member-of\", \"start\": \"1975-13\"")
                .replace("\"date\": \"2025-04-09\"", "\"date\": \"April 2025\""));
        LoadResult result = new DatasetLoader().load(file);
        List<String> expected = java.util.stream.Stream.concat(result.errors().stream(), result.warnings().stream())
                .map(Problem::format).toList();
        assertTrue(result.hasErrors());
        clickOn("#toolbar-reload");

        ListView<?> problems = lookup("#problem-list").queryAs(ListView.class);
        assertEquals(expected, problems.getItems());
        String header = lookup("#problems-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        assertTrue(header.contains("“Small test world” is still loaded"), header);
        assertEquals("Small test world", text("#status-title"));
        assertEquals(counts, text("#status-counts"));
        assertEquals("Small test world (world.json) — Entente", app.window().stage().getTitle());
        clickOn("Close");

        Files.writeString(file, ShellViewModelTest.fixture("small.json").replace("Small test world", "Fixed world"));
        push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Fixed world", text("#status-title"));
        assertEquals("Fixed world (world.json) — Entente", app.window().stage().getTitle());
        assertTrue(lookup("#problem-list").tryQuery().isEmpty(), "no problems dialog after a good reload");

        Files.writeString(file, ShellViewModelTest.fixture("small.json").replace("\"kind\": \"place\"", "\"kind\": \"spaceport\""));
        clickOn("#toolbar-reload");
        clickOn("#status-warnings");
        ListView<?> warnings = lookup("#warnings-dialog #problem-list").queryAs(ListView.class);
        assertEquals(1, warnings.getItems().size());
        assertTrue(warnings.getItems().get(0).toString().contains("spaceport"), warnings.getItems().get(0).toString());
    }

    @Test
    void theAsOfDateInTheToolbarSetsTheSharedDateAndTodayResetsIt() {
        javafx.scene.control.DatePicker picker = lookup("#as-of-picker").queryAs(javafx.scene.control.DatePicker.class);
        clickOn(picker.getEditor());
        interact(() -> picker.getEditor().setText("2010-03-15"));
        push(KeyCode.ENTER);
        assertEquals(LocalDate.of(2010, 3, 15), app.state().getAsOf());
        assertTrue(text("#status-counts").startsWith("showing 5 of 6 actors, 2 of 5 relations"), text("#status-counts"));

        clickOn("#as-of-today");
        assertEquals(LocalDate.of(2025, 6, 1), app.state().getAsOf());

        interact(() -> app.state().asOfProperty().set(LocalDate.of(1999, 1, 2)));
        assertEquals(LocalDate.of(1999, 1, 2), picker.getValue());
        assertEquals("1999-01-02", picker.getEditor().getText());
    }
}
