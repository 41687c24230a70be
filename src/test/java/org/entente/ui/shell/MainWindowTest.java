package org.entente.ui.shell;

import org.entente.ui.app.AppComposer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.entente.logic.load.DatasetLoader;
import org.entente.logic.load.LoadResult;
import org.entente.logic.load.Problem;
import org.entente.model.Dataset;
import org.entente.ui.task.FxBackgroundExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as the app builds it: a bad file shows every problem and keeps the old data; reload
 * after the fix loads it; a file's warnings are a click away; the toolbar's as-of date edits the shared date.
 */
class MainWindowTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    // One app for the class: building the whole window is the slow part, and each test starts from a
    // freshly opened file and date (see reset()).
    private static AppComposer.App app;
    private static Path dir;
    private static Path file;
    private static Path settingsFolder;

    @BeforeAll
    static void buildTheApp() throws Exception {
        dir = Files.createTempDirectory("entente-shell");
        file = dir.resolve("world.json");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            settingsFolder = dir.resolve("config");
            Settings settings = new Settings(settingsFolder.resolve(Settings.FILE_NAME));
            // The app's own executor: loading and graph layout run off the FX thread, as for users.
            app = new AppComposer(settings, CLOCK, new FxBackgroundExecutor()).build();
            app.window().show(stage);
            stage.requestFocus();
        });
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        Files.deleteIfExists(settingsFolder.resolve(Settings.FILE_NAME));
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @BeforeEach
    void reset() throws Exception {
        interact(() -> Window.getWindows().stream().filter(w -> w != app.window().stage()).toList().forEach(Window::hide));
        Files.writeString(file, ShellViewModelTest.fixture("small.json"));
        interact(() -> {
            app.state().asOfProperty().set(LocalDate.now(CLOCK));
            app.state().datasetProperty().set(Dataset.empty());
            app.shell().open(file);
        });
        waitForTitle("Small test world");
    }

    /** Waits until a load (or anything else running in the background) has had its effect. */
    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForTitle(String title) throws TimeoutException {
        waitUntil(() -> title.equals(app.state().getDataset().title()));
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void settingsThatCannotBeStoredAreToldOnceInTheStatusBar() throws Exception {
        Label notice = lookup("#status-notice").queryAs(Label.class);
        assertTrue(!notice.isVisible() && notice.getText().isEmpty(), notice.getText());
        Files.deleteIfExists(settingsFolder.resolve(Settings.FILE_NAME));
        Files.deleteIfExists(settingsFolder);
        Files.writeString(settingsFolder, "a file where the settings folder should be");
        try {
            interact(() -> app.state().themeProperty().set(org.entente.ui.theme.Theme.DARK));
            assertTrue(notice.isVisible(), "the status bar tells");
            assertEquals("Settings cannot be stored …", notice.getText());
            assertTrue(notice.getTooltip().getText().startsWith("Settings cannot be stored (" + settingsFolder
                    + " is a file, not a folder)"), notice.getTooltip().getText());
            interact(() -> app.shell().notice(""));
            interact(() -> app.state().themeProperty().set(org.entente.ui.theme.Theme.LIGHT));
            assertEquals("", notice.getText(), "told once, not at every change");
        } finally {
            Files.delete(settingsFolder);
            interact(() -> app.state().themeProperty().set(org.entente.ui.theme.Theme.LIGHT));
        }
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
        List<String> expected = Stream.concat(result.errors().stream(), result.warnings().stream())
                .map(Problem::format).toList();
        assertTrue(result.hasErrors());
        clickOn("#toolbar-reload");
        waitUntil(() -> lookup("#problem-list").tryQuery().isPresent());

        ListView<?> problems = lookup("#problem-list").queryAs(ListView.class);
        assertEquals(expected, problems.getItems());
        // the file is still a dataset: it is offered to be opened to fix; Cancel keeps the old data
        String header = lookup("#open-to-fix-dialog").queryAs(DialogPane.class).getHeaderText();
        assertEquals("world.json has " + result.errors().size() + " errors. Open it to fix them?", header);
        assertEquals("Small test world", text("#status-title"));
        assertEquals(counts, text("#status-counts"));
        assertEquals("Small test world (world.json) — Entente", app.window().stage().getTitle());
        clickOn("Cancel");
        assertEquals("Small test world", text("#status-title"));

        // a file that is not a dataset at all is refused, and says that the old data is still loaded
        Files.writeString(file, "{ \"schema\": ");
        clickOn("#toolbar-reload");
        waitUntil(() -> lookup("#problems-dialog").tryQuery().isPresent());
        String refused = lookup("#problems-dialog").queryAs(DialogPane.class).getHeaderText();
        assertTrue(refused.contains("“Small test world” is still loaded"), refused);
        clickOn("Close");

        Files.writeString(file, ShellViewModelTest.fixture("small.json").replace("Small test world", "Fixed world"));
        push(KeyCode.CONTROL, KeyCode.R);
        waitForTitle("Fixed world");
        assertEquals("Fixed world", text("#status-title"));
        assertEquals("Fixed world (world.json) — Entente", app.window().stage().getTitle());
        assertTrue(lookup("#problem-list").tryQuery().isEmpty(), "no problems dialog after a good reload");

        Files.writeString(file, ShellViewModelTest.fixture("small.json").replace("\"kind\": \"place\"", "\"kind\": \"spaceport\""));
        clickOn("#toolbar-reload");
        waitUntil(() -> app.shell().lastLoadProperty().get() != null && !app.shell().lastLoadProperty().get().warnings().isEmpty());
        clickOn("#status-warnings");
        ListView<?> warnings = lookup("#warnings-dialog #problem-list").queryAs(ListView.class);
        assertEquals(1, warnings.getItems().size());
        assertTrue(warnings.getItems().get(0).toString().contains("spaceport"), warnings.getItems().get(0).toString());
    }

    @Test
    void theAsOfDateInTheToolbarSetsTheSharedDateAndTodayResetsIt() throws Exception {
        DatePicker picker = lookup("#as-of-picker").queryAs(DatePicker.class);
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

    @Test
    void theAsOfDateStaysInSightOnA1024By768ProjectorInTheProjectorTheme() throws Exception {
        javafx.stage.Stage stage = app.window().stage();
        double w = stage.getWidth(), h = stage.getHeight();
        try {
            interact(() -> {
                app.state().themeProperty().set(org.entente.ui.theme.Theme.PROJECTOR);
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            WaitForAsyncUtils.waitForFxEvents();
            DatePicker picker = lookup("#as-of-picker").queryAs(DatePicker.class);
            assertTrue(picker.getScene() == stage.getScene(), "the date field is in the window, not in an overflow menu");
            for (javafx.scene.Node n = picker; n != null; n = n.getParent()) assertTrue(n.isVisible(), n + " is visible");
            javafx.geometry.Bounds b = picker.localToScene(picker.getBoundsInLocal());
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= stage.getScene().getWidth() + 0.5 && b.getWidth() > 40,
                    "the date field lies inside the 1024 px window: " + b);
            clickOn(picker.getEditor());
            interact(() -> picker.getEditor().setText("2025-04-09"));
            push(KeyCode.ENTER);
            assertEquals(LocalDate.of(2025, 4, 9), app.state().getAsOf(), "and it can be typed into");
        } finally {
            interact(() -> {
                app.state().themeProperty().set(org.entente.ui.theme.Theme.LIGHT);
                stage.setWidth(w);
                stage.setHeight(h);
            });
        }
    }

    @Test
    void theFilterPanelNeverHidesItsResetButtonHoweverNarrowItIsDragged() {
        withTheFilterPanelAtItsNarrowest(org.entente.ui.theme.Theme.LIGHT, () -> {
            javafx.scene.control.Button reset = lookup("#filter-reset").queryAs(javafx.scene.control.Button.class);
            javafx.scene.control.ScrollPane panel = lookup("#filter-panel").queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node viewport = panel.lookup(".viewport");
            javafx.geometry.Bounds seen = viewport.localToScene(viewport.getLayoutBounds());
            javafx.geometry.Bounds b = reset.localToScene(reset.getLayoutBounds());
            assertTrue(b.getMaxX() <= seen.getMaxX() + 0.5 && b.getMinX() >= seen.getMinX() - 0.5,
                    "Reset " + b + " lies inside the filter panel's visible area " + seen);
            assertTrue(reset.getWidth() >= reset.prefWidth(-1) - 0.5,
                    "Reset shows its whole word: width " + reset.getWidth() + " of " + reset.prefWidth(-1));
        });
    }

    /** At 1024×768 in the projector theme, dragged as narrow as it goes: no filter's name is broken mid-word. */
    @Test
    void theFilterChecksNeverBreakAWordOnA1024By768Projector() {
        withTheFilterPanelAtItsNarrowest(org.entente.ui.theme.Theme.PROJECTOR, () -> {
            List<String> broken = new java.util.ArrayList<>();
            for (javafx.scene.control.CheckBox box : lookup("#filter-panel .check-box").queryAllAs(javafx.scene.control.CheckBox.class)) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) box.lookup(".text");
                if (shown == null || !box.isVisible() || box.getScene() == null) continue;
                double room = shown.getWrappingWidth() > 0 ? shown.getWrappingWidth() : box.getWidth();
                for (String word : box.getText().split("\\s+")) {
                    javafx.scene.text.Text t = new javafx.scene.text.Text(word);
                    t.setFont(box.getFont());
                    if (t.getLayoutBounds().getWidth() > room + 0.5) broken.add(word + " in " + Math.round(room) + " px");
                }
            }
            assertEquals(List.of(), broken, "filter names broken mid-word");
        });
    }

    /** The window at 1024×768 in {@code theme}, the filter panel dragged as narrow as it goes; then back. */
    private void withTheFilterPanelAtItsNarrowest(org.entente.ui.theme.Theme theme, Runnable check) {
        javafx.stage.Stage stage = app.window().stage();
        double w = stage.getWidth(), h = stage.getHeight();
        double[] splits = app.window().main().getDividerPositions();
        try {
            interact(() -> {
                app.state().themeProperty().set(theme);
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            WaitForAsyncUtils.waitForFxEvents();
            interact(() -> app.window().main().setDividerPosition(0, 0));
            WaitForAsyncUtils.waitForFxEvents();
            check.run();
        } finally {
            interact(() -> {
                app.state().themeProperty().set(org.entente.ui.theme.Theme.LIGHT);
                stage.setWidth(w);
                stage.setHeight(h);
                app.window().main().setDividerPositions(splits);
            });
        }
    }

    @Test
    void whatChangedGetsMostOfTheLeftColumnForItsListAndGivesItBack() {
        javafx.stage.Stage stage = app.window().stage();
        double w = stage.getWidth(), h = stage.getHeight();
        javafx.scene.control.SplitPane sidebar = lookup("#sidebar").queryAs(javafx.scene.control.SplitPane.class);
        try {
            interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            WaitForAsyncUtils.waitForFxEvents();
            double filtersShare = sidebar.getDividerPositions()[0];
            clickOn("#question-compare .title");
            WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS); // the section opens with an animation
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> list = lookup("#compare-list").queryAs(ListView.class);
            double column = sidebar.getHeight();
            assertTrue(list.getHeight() >= 0.3 * column,
                    "the change list is " + list.getHeight() + " px tall in a " + column + " px column");
            clickOn("#question-path .title");
            WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(filtersShare, sidebar.getDividerPositions()[0], 0.01, "the filters get their share back");
        } finally {
            interact(() -> {
                stage.setWidth(w);
                stage.setHeight(h);
            });
        }
    }

    @Test
    void f1ListsEveryMenuShortcut() {
        List<String> listed = ShortcutsDialog.GROUPS.stream().flatMap(g -> g.shortcuts().stream()).map(ShortcutsDialog.Shortcut::keys).toList();
        List<String> accelerators = new ArrayList<>();
        for (Menu menu : app.window().menuBar().getMenus()) collectAccelerators(menu, accelerators);
        assertTrue(accelerators.contains("Ctrl+O"), accelerators.toString());
        for (String key : accelerators) {
            assertTrue(listed.contains(key), key + " is a menu shortcut but Help → Keyboard shortcuts does not list it");
        }
        clickOn("#status-title");
        push(KeyCode.F1);
        assertTrue(lookup("#shortcuts-dialog").tryQuery().isPresent());
    }

    private static void collectAccelerators(Menu menu, List<String> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) collectAccelerators(sub, out);
            else if (item.getAccelerator() != null) out.add(item.getAccelerator().getDisplayText());
        }
    }
}
